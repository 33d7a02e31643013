package org.favornet.detection.leads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.favornet.graph.CypherRunner;
import org.favornet.security.PersonRefs;
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

    public LeadViews.Page find(LeadFilter filter) {
        Map<String, Object> params = filter.params();
        List<LeadViews.Summary> items = cypher.read("detection/leads/find_leads.cypher", params,
                r -> summary(r.get("lead")));
        long total = cypher.read("detection/leads/count_leads.cypher", params, r -> r.get("total").asLong()).get(0);
        return new LeadViews.Page(items, total, filter.page(), filter.size());
    }

    /** The lead's region code ("" when it has none), or empty when there is no such lead. */
    public Optional<String> region(String id) {
        return cypher.read("detection/leads/lead_region.cypher", Map.of("id", id),
                r -> r.get("regionCode").isNull() ? "" : r.get("regionCode").asString()).stream().findFirst();
    }

    public Optional<LeadViews.Detail> detail(String id) {
        return cypher.read("detection/leads/get_lead.cypher", Map.of("id", id), r -> {
            Value lead = r.get("lead");
            Evidence evidence = read(str(lead, "evidence"));
            List<LeadViews.PersonEntry> persons = r.get("persons").asList(p -> new LeadViews.PersonEntry(str(p, "id"),
                    ref(str(p, "id")), str(p, "name"), str(p, "role"), str(p, "regionCode"), str(p, "deathDate")));
            return new LeadViews.Detail(summary(lead), str(lead, "createdAt"), view(evidence), persons,
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
                            pid(str(t, "subjectId")))));
        }).stream().findFirst();
    }

    /** Person ids the evidence of a lead names (for the audit record). */
    public List<String> personIds(LeadViews.Detail detail) {
        return detail.persons().stream().map(LeadViews.PersonEntry::id).distinct().toList();
    }

    public boolean review(String id, ReviewStatus status, String reason, String reviewer) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", id);
        params.put("status", status.name());
        params.put("reason", reason);
        params.put("reviewer", reviewer);
        return !cypher.writeReturning("detection/leads/review_lead.cypher", params, r -> r.get("id").asString()).isEmpty();
    }

    private LeadViews.EvidenceView view(Evidence e) {
        if (e == null) {
            return null;
        }
        Function<List<String>, List<LeadViews.PersonId>> ids = l -> l == null ? List.of() : l.stream().map(this::pid).toList();
        List<LeadViews.PathView> paths = e.paths() == null ? List.of()
                : e.paths().stream().map(p -> new LeadViews.PathView(ids.apply(p.personIds()), p.terms(), p.chain())).toList();
        return new LeadViews.EvidenceView(ids.apply(e.personIds()), e.grantIds(), e.paymentIds(), e.transferIds(),
                e.assetIds(), paths, e.kinship(), e.sentence(), e.dataSources(), e.statistics());
    }

    private LeadViews.Summary summary(Value l) {
        String official = str(l, "officialId");
        return new LeadViews.Summary(str(l, "id"), str(l, "ruleId"),
                l.get("ruleVersion").isNull() ? null : l.get("ruleVersion").asInt(), str(l, "title"), str(l, "severity"),
                str(l, "scope"), dbl(l, "score"), dbl(l, "priority"), str(l, "status"), str(l, "sentence"), str(l, "kinshipTerm"), official,
                official == null ? null : refs.ref(official), str(l, "regionCode"), str(l, "reviewer"),
                str(l, "reviewReason"), str(l, "reviewedAt"), str(l, "updatedAt"));
    }

    private LeadViews.PersonId pid(String id) {
        return id == null ? null : new LeadViews.PersonId(id, refs.ref(id));
    }

    private String ref(String id) {
        return id == null ? null : refs.ref(id);
    }

    private static String str(Value v, String key) {
        Value x = v.get(key);
        return x == null || x.isNull() ? null : x.asObject().toString();
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
