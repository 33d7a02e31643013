package org.favornet.detection.leads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.favornet.detection.rules.RuleParameters;
import org.favornet.graph.CypherRunner;
import org.favornet.security.PersonRefs;
import org.favornet.security.Viewer;
import org.favornet.web.Languages;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Leads in Neo4j: written in batches with MERGE on the key (re-runs update, never duplicate, never
 * touch a review), listed by filter, shown in full, reviewed.
 */
@Component
public class LeadStore {

    private static final int BATCH = 1000;

    private final CypherRunner cypher;
    private final ObjectMapper json;
    private final PersonRefs refs;

    LeadStore(CypherRunner cypher, ObjectMapper json, PersonRefs refs) {
        this.cypher = cypher;
        this.json = json;
        this.refs = refs;
    }

    /** Folds drafts with one key together, then writes them; returns the number of leads written. */
    public int save(List<LeadDraft> drafts, String analysisId) {
        Map<String, LeadDraft> byKey = new LinkedHashMap<>();
        for (LeadDraft d : drafts) {
            byKey.merge(d.key(), d, LeadDraft::merge);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LeadDraft d : byKey.values()) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("key", d.key());
            row.put("id", d.id());
            row.put("ruleId", d.ruleId());
            row.put("ruleVersion", d.ruleVersion());
            row.put("title", d.title());
            row.put("severity", d.severity());
            row.put("scope", d.scope());
            row.put("score", d.score());
            row.put("evidence", write(d.evidence()));
            row.put("sentence", d.evidence().sentence());
            row.put("sentenceZh", d.evidence().sentenceZh());
            Evidence.Kinship k = d.evidence().kinship();
            row.put("kinshipTerm", k == null ? null : k.termEn() + " (" + k.termZh() + ")");
            row.put("officialId", d.officialId());
            row.put("regionCode", d.regionCode());
            row.put("analysisId", analysisId);
            row.put("persons", d.persons());
            row.put("grantIds", d.evidence().grantIds());
            row.put("paymentIds", d.evidence().paymentIds());
            row.put("transferIds", d.evidence().transferIds());
            row.put("accountIds", d.evidence().accountIds());
            row.put("assetIds", d.evidence().assetIds());
            rows.add(row);
        }
        for (int i = 0; i < rows.size(); i += BATCH) {
            cypher.write("detection/leads/merge_leads.cypher", Map.of("rows", rows.subList(i, Math.min(rows.size(), i + BATCH))));
        }
        return rows.size();
    }

    /** One page of leads; persons outside the filter's viewer regions are cut ({@link RegionRedaction}). */
    public LeadViews.Page find(LeadFilter filter) {
        Map<String, Object> params = filter.params();
        Locale language = Languages.current(); // here: the rows may be mapped on a driver thread
        List<LeadViews.Summary> items = cypher.read("detection/leads/find_leads.cypher", params, r -> {
            Value lead = r.get("lead");
            Map<String, String> outside = new LinkedHashMap<>();
            lead.get("outside").asList(p -> p).forEach(p -> outside.put(str(p, "id"), str(p, "name")));
            return RegionRedaction.of(outside, language).summary(summary(lead, language));
        });
        long total = cypher.read("detection/leads/count_leads.cypher", params, r -> r.get("total").asLong()).get(0);
        return new LeadViews.Page(items, total, filter.page(), filter.size());
    }

    /**
     * The leads inside these regions that involve a person (in any role), best first, at most
     * {@code limit} of them with how many there are; persons outside the regions are cut as in
     * {@link #find}. For a person's profile.
     */
    public LeadViews.Page involving(String personId, List<String> viewerRegions, int limit, Locale language) {
        Map<String, Object> params = new HashMap<>();
        params.put("person", personId);
        params.put("regions", viewerRegions.isEmpty() ? List.of("\u0000none") : RuleParameters.normalise(viewerRegions));
        params.put("limit", (long) limit);
        long[] total = {0};
        List<LeadViews.Summary> items = cypher.lookup("detection/leads/person_leads.cypher", params, r -> {
            total[0] = r.get("total").asLong();
            Value lead = r.get("lead");
            Map<String, String> outside = new LinkedHashMap<>();
            lead.get("outside").asList(p -> p).forEach(p -> outside.put(str(p, "id"), str(p, "name")));
            return RegionRedaction.of(outside, language).summary(summary(lead, language));
        });
        return new LeadViews.Page(items, total[0], 0, limit);
    }

    /** The lead's region code ("" when it has none), or empty when there is no such lead. */
    public Optional<String> region(String id) {
        return cypher.read("detection/leads/lead_region.cypher", Map.of("id", id),
                r -> r.get("regionCode").isNull() ? "" : r.get("regionCode").asString()).stream().findFirst();
    }

    /**
     * One lead in full as this viewer may see it: every person it names who lies outside his regions
     * (in the persons list, the evidence and its paths, as beneficiary, approver, owner or tip
     * subject, as the official) is cut, as the person endpoints would answer 404 for him.
     */
    public Optional<LeadViews.Detail> detail(String id, Viewer viewer) {
        return detail(id).map(d -> redact(d, viewer));
    }

    private LeadViews.Detail redact(LeadViews.Detail d, Viewer viewer) {
        Map<String, String> regions = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (LeadViews.PersonEntry p : d.persons()) {
            regions.put(p.id(), p.regionCode());
            names.put(p.id(), p.name());
        }
        Set<String> named = new LinkedHashSet<>();
        Consumer<LeadViews.PersonId> add = p -> {
            if (p != null && p.id() != null) {
                named.add(p.id());
            }
        };
        if (d.lead().officialId() != null) {
            named.add(d.lead().officialId());
        }
        if (d.evidence() != null) {
            d.evidence().persons().forEach(add);
            d.evidence().paths().forEach(p -> p.persons().forEach(add));
        }
        d.grants().forEach(g -> {
            add.accept(g.beneficiary());
            add.accept(g.handledBy());
            add.accept(g.approvedBy());
        });
        d.accounts().forEach(a -> add.accept(a.owner()));
        d.assets().forEach(a -> add.accept(a.owner()));
        d.tips().forEach(t -> add.accept(t.subject()));
        named.removeAll(regions.keySet());
        Set<String> found = new HashSet<>();
        if (!named.isEmpty()) {
            cypher.read("detection/leads/person_regions.cypher", Map.of("ids", List.copyOf(named)), r -> {
                String pid = r.get("id").asString();
                found.add(pid);
                regions.put(pid, str(r, "regionCode"));
                names.put(pid, str(r, "name"));
                return pid;
            });
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        for (LeadViews.PersonEntry p : d.persons()) {
            found.add(p.id());
        }
        regions.forEach((pid, region) -> {
            if (!viewer.sees(region)) {
                hidden.put(pid, names.get(pid));
            }
        });
        named.stream().filter(n -> !found.contains(n)).forEach(n -> hidden.put(n, null)); // no such person: nothing to show
        if (hidden.isEmpty()) {
            return d;
        }
        RegionRedaction cut = RegionRedaction.of(hidden);
        LeadViews.EvidenceView e = d.evidence();
        LeadViews.EvidenceView evidence = e == null ? null : new LeadViews.EvidenceView(cut.persons(e.persons()),
                e.grantIds(), e.paymentIds(), e.transferIds(), e.assetIds(),
                e.paths().stream().map(p -> new LeadViews.PathView(cut.persons(p.persons()), p.terms(), p.chain())).toList(),
                e.kinship(), cut.text(e.sentence()), e.dataSources(), e.statistics());
        return new LeadViews.Detail(cut.summary(d.lead()), d.createdAt(), evidence,
                d.persons().stream().map(cut::entry).toList(),
                d.grants().stream().map(g -> new LeadViews.GrantEntry(g.id(), g.program(), g.amount(), g.appliedDate(),
                        g.approvedDate(), g.endDate(), g.regionCode(), g.declaredRelative(), cut.person(g.beneficiary()),
                        cut.person(g.handledBy()), cut.person(g.approvedBy()))).toList(),
                d.payments(), d.transfers(),
                d.accounts().stream().map(a -> new LeadViews.AccountEntry(a.id(), a.bank(), cut.person(a.owner()))).toList(),
                d.assets().stream().map(a -> new LeadViews.AssetEntry(a.id(), a.kind(), a.value(), a.registeredDate(),
                        cut.person(a.owner()))).toList(),
                d.tips().stream().map(t -> new LeadViews.TipEntry(t.id(), t.date(), t.channel(), cut.person(t.subject())))
                        .toList(), d.reviews());
    }

    /** One lead in full, as stored (no region rule: for internal use and the evidence export). */
    Optional<LeadViews.Detail> detail(String id) {
        Locale language = Languages.current(); // here: the rows may be mapped on a driver thread
        return cypher.read("detection/leads/get_lead.cypher", Map.of("id", id), r -> {
            Value lead = r.get("lead");
            Evidence evidence = read(str(lead, "evidence"));
            List<LeadViews.PersonEntry> persons = r.get("persons").asList(p -> new LeadViews.PersonEntry(str(p, "id"),
                    ref(str(p, "id")), str(p, "name"), str(p, "role"), str(p, "regionCode"), str(p, "deathDate")));
            return new LeadViews.Detail(summary(lead, language), str(lead, "createdAt"), view(evidence, language), persons,
                    r.get("grants").asList(g -> new LeadViews.GrantEntry(str(g, "id"), str(g, "program"), dbl(g, "amount"),
                            str(g, "appliedDate"), str(g, "approvedDate"), str(g, "endDate"), str(g, "regionCode"),
                            g.get("declaredRelative").isNull() ? null : g.get("declaredRelative").asBoolean(),
                            pid(str(g, "beneficiaryId")), pid(str(g, "handledBy")), pid(str(g, "approvedBy")))),
                    r.get("payments").asList(p -> new LeadViews.PaymentEntry(str(p, "id"), dbl(p, "amount"),
                            str(p, "paidDate"), str(p, "accountId"))),
                    r.get("transfers").asList(t -> new LeadViews.TransferEntry(str(t, "id"), dbl(t, "amount"),
                            str(t, "date"), str(t, "fromAccount"), str(t, "toAccount"))),
                    r.get("accounts").asList(a -> new LeadViews.AccountEntry(str(a, "id"), str(a, "bank"),
                            pid(str(a, "ownerId")))),
                    r.get("assets").asList(a -> new LeadViews.AssetEntry(str(a, "id"), str(a, "kind"), dbl(a, "value"),
                            str(a, "registeredDate"), pid(str(a, "ownerId")))),
                    r.get("tips").asList(t -> new LeadViews.TipEntry(str(t, "id"), str(t, "date"), str(t, "channel"),
                            pid(str(t, "subjectId")))),
                    reviews(r.get("reviews")));
        }).stream().findFirst();
    }

    /** A lead's review history, oldest first. */
    private static List<LeadViews.ReviewEntry> reviews(Value list) {
        return list.asList(v -> v).stream()
                .sorted(java.util.Comparator.comparing(v -> v.get("at").asZonedDateTime()))
                .map(v -> new LeadViews.ReviewEntry(str(v, "status"), str(v, "reason"), str(v, "reviewer"),
                        v.get("at").asZonedDateTime().toOffsetDateTime().toString()))
                .toList();
    }

    /** Person ids the evidence of a lead names (for the audit record). */
    public List<String> personIds(LeadViews.Detail detail) {
        return detail.persons().stream().map(LeadViews.PersonEntry::id).filter(java.util.Objects::nonNull).distinct().toList();
    }

    public boolean review(String id, ReviewStatus status, String reason, String reviewer) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", id);
        params.put("status", status.name());
        params.put("reason", reason);
        params.put("reviewer", reviewer);
        return !cypher.writeReturning("detection/leads/review_lead.cypher", params, r -> r.get("id").asString()).isEmpty();
    }

    private LeadViews.EvidenceView view(Evidence e, Locale language) {
        if (e == null) {
            return null;
        }
        Function<List<String>, List<LeadViews.PersonId>> ids = l -> l == null ? List.of() : l.stream().map(this::pid).toList();
        List<LeadViews.PathView> paths = e.paths() == null ? List.of()
                : e.paths().stream().map(p -> new LeadViews.PathView(ids.apply(p.personIds()), p.terms(), p.chain())).toList();
        return new LeadViews.EvidenceView(ids.apply(e.personIds()), e.grantIds(), e.paymentIds(), e.transferIds(),
                e.assetIds(), paths, e.kinship(), e.sentence(language), e.dataSources(), e.statistics());
    }

    private LeadViews.Summary summary(Value l, Locale language) {
        String official = str(l, "officialId");
        return new LeadViews.Summary(str(l, "id"), str(l, "ruleId"),
                integer(l.get("ruleVersion")),
                LeadTexts.title(language, str(l, "ruleId"), str(l, "title")), str(l, "severity"),
                str(l, "scope"), dbl(l, "score"), dbl(l, "priority"), str(l, "status"),
                LeadTexts.sentence(language, str(l, "sentence"), str(l, "sentenceZh")),
                LeadTexts.kinshipTerm(language, str(l, "kinshipTerm")), official,
                official == null ? null : refs.ref(official), str(l, "regionCode"), str(l, "reviewer"),
                str(l, "reviewReason"), str(l, "reviewedAt"), str(l, "updatedAt"));
    }

    private LeadViews.PersonId pid(String id) {
        return id == null ? null : new LeadViews.PersonId(id, refs.ref(id));
    }

    private String ref(String id) {
        return id == null ? null : refs.ref(id);
    }

    private static String str(org.neo4j.driver.Record r, String key) {
        Value x = r.get(key);
        return x == null || x.isNull() ? null : x.asObject().toString();
    }

    private static String str(Value v, String key) {
        Value x = v.get(key);
        return x == null || x.isNull() ? null : x.asObject().toString();
    }

    /** An integer property; also one stored as its digits (a lead written by hand or by an older version). */
    private static Integer integer(Value x) {
        if (x == null || x.isNull()) {
            return null;
        }
        if (x.type().name().equals("STRING")) {
            try {
                return Integer.valueOf(x.asString().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return x.asNumber().intValue();
    }

    private static Double dbl(Value v, String key) {
        Value x = v.get(key);
        return x == null || x.isNull() ? null : x.asNumber().doubleValue();
    }

    private String write(Evidence e) {
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Evidence read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, Evidence.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Unreadable evidence on a lead", ex);
        }
    }
}
