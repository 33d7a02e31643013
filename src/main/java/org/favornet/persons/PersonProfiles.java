package org.favornet.persons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.detection.leads.LeadStore;
import org.favornet.detection.leads.LeadViews;
import org.favornet.graph.CypherRunner;
import org.favornet.kinship.KinshipQueries;
import org.favornet.kinship.Relation;
import org.favornet.persons.PersonViews.Counts;
import org.favornet.persons.PersonViews.Grant;
import org.favornet.persons.PersonViews.HouseholdMember;
import org.favornet.persons.PersonViews.Lead;
import org.favornet.persons.PersonViews.Payments;
import org.favornet.persons.PersonViews.PersonLite;
import org.favornet.persons.PersonViews.Post;
import org.favornet.persons.PersonViews.Profile;
import org.favornet.persons.PersonViews.Relative;
import org.favornet.security.PersonRefs;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.neo4j.driver.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A person's profile: identity, household, posts, grants received and handled or approved, payments,
 * relatives within every configured legal scope (the kinship engine of {@code /api/persons/{id}/relatives}) and
 * the leads that involve him (the lead store). Persons outside the viewer's regions are left out of lists and cut
 * from grants; the person himself outside them is a 404, as unknown persons are.
 */
@Service
class PersonProfiles {

    /** Longest list of grants, of each kind, and of leads; {@link Counts} says how many there are. */
    static final int LIST_LIMIT = 200;

    private final CypherRunner cypher;
    private final PersonRefs refs;
    private final PersonCards cards;
    private final KinshipQueries kinship;
    private final LeadStore leads;

    PersonProfiles(CypherRunner cypher, PersonRefs refs, PersonCards cards, KinshipQueries kinship, LeadStore leads) {
        this.cypher = cypher;
        this.refs = refs;
        this.cards = cards;
        this.kinship = kinship;
        this.leads = leads;
    }

    /** The profile and every person id it shows (for the audit record). */
    record Result(Profile profile, Set<String> subjects) {}

    Result profile(String refOrId, Viewer viewer) {
        String id = refs.resolve(refOrId, viewer);
        PersonCards.Found me = cards.one(id, viewer).filter(f -> viewer.sees(f.regionCode()))
                .orElseThrow(() -> ApiProblem.notFound("No person " + refOrId));
        boolean english = PersonTexts.english();
        Set<String> subjects = new LinkedHashSet<>(List.of(id));
        Map<String, Object> params = Map.of("id", id, "limit", (long) LIST_LIMIT);

        // Household
        record Membership(String householdId, String personId, String relation) {}
        List<Membership> rows = cypher.lookup("persons/household.cypher", params, r -> new Membership(
                text(r.get("householdId")), r.get("id").asString(), text(r.get("relation"))));
        Map<String, PersonCards.Found> memberCards = byId(rows.stream().map(Membership::personId).distinct().toList(),
                viewer);
        List<HouseholdMember> household = new ArrayList<>();
        Set<String> outside = new LinkedHashSet<>();
        for (Membership m : rows) {
            PersonCards.Found f = memberCards.get(m.personId());
            if (f == null || !viewer.sees(f.regionCode())) {
                outside.add(m.personId());
                continue;
            }
            subjects.add(m.personId());
            household.add(new HouseholdMember(f.card(), m.householdId(), m.relation(),
                    PersonTexts.relation(m.relation(), english)));
        }

        // Posts
        List<Post> posts = cypher.lookup("persons/posts.cypher", params, r -> new Post(text(r.get("title")),
                text(r.get("organisation")), text(r.get("regionCode")), date(r.get("startDate")),
                date(r.get("endDate")), r.get("programs").isNull() ? List.of() : r.get("programs").asList(Value::asString)));

        // Grants
        List<Grant> received = new ArrayList<>();
        List<Grant> handled = new ArrayList<>();
        long[] totals = {0, 0};
        cypher.lookup("persons/grants.cypher", params, r -> {
            boolean isReceived = r.get("how").asString().equals("RECEIVED");
            totals[isReceived ? 0 : 1] = r.get("total").asLong();
            String program = text(r.get("program"));
            Grant g = new Grant(text(r.get("id")), program, PersonTexts.program(program, english),
                    r.get("amount").isNull() ? null : r.get("amount").asNumber().doubleValue(),
                    date(r.get("appliedDate")), date(r.get("approvedDate")), date(r.get("endDate")),
                    lite(r.get("beneficiary"), viewer, subjects), lite(r.get("handledBy"), viewer, subjects),
                    lite(r.get("approvedBy"), viewer, subjects));
            (isReceived ? received : handled).add(g);
            return g;
        });

        // Payments
        Payments[] payments = new Payments[2];
        cypher.lookup("persons/payments.cypher", params, r -> {
            payments[0] = new Payments(r.get("count").asLong(), number(r.get("total")), date(r.get("first")),
                    date(r.get("last")));
            payments[1] = new Payments(r.get("intoCount").asLong(), number(r.get("intoTotal")),
                    date(r.get("intoFirst")), date(r.get("intoLast")));
            return null;
        });

        // Relatives
        List<Relation> relations = relations(id);
        Map<String, List<Relation>> byRelative = new LinkedHashMap<>();
        for (Relation r : relations) {
            if (!r.toId().equals(id)) {
                byRelative.computeIfAbsent(r.toId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, PersonCards.Found> relativeCards = byId(List.copyOf(byRelative.keySet()), viewer);
        List<Relative> relatives = new ArrayList<>();
        int relativesOutside = 0;
        for (Map.Entry<String, List<Relation>> e : byRelative.entrySet()) {
            PersonCards.Found f = relativeCards.get(e.getKey());
            if (f == null || !viewer.sees(f.regionCode())) {
                relativesOutside++;
                continue;
            }
            subjects.add(e.getKey());
            List<Relation> ways = new ArrayList<>(e.getValue());
            ways.sort(Comparator.comparingInt(Relation::degree).thenComparingInt(r -> r.chain().length()));
            Relation closest = ways.get(0);
            Set<String> codes = new LinkedHashSet<>();
            for (String scope : kinship.scopes()) { // in configured order
                if (ways.stream().anyMatch(r -> r.scopes().contains(scope))) {
                    codes.add(scope);
                }
            }
            relatives.add(new Relative(f.card(), english ? closest.termEn() : closest.termZh(),
                    codes.stream().map(c -> PersonTexts.scope(c, english)).toList(), List.copyOf(codes),
                    closest.chain(), closest.degree()));
        }
        relatives.sort(Comparator.comparingInt(Relative::degree).thenComparing(r -> r.person().name(),
                Comparator.nullsLast(Comparator.naturalOrder())));

        // Leads
        LeadViews.Page page = leads.involving(id, viewer.regions(), LIST_LIMIT,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        List<Lead> leadList = page.items().stream().map(l -> new Lead(l.id(), l.title(), l.ruleId(), l.severity(),
                l.status(), l.score())).toList();
        page.items().forEach(l -> subjects.add(l.id()));

        Counts counts = new Counts(totals[0], totals[1], page.total(), outside.size(), relativesOutside);
        return new Result(new Profile(me.card(), household, posts, received, handled, payments[0], payments[1],
                relatives, leadList, counts), subjects);
    }

    /** Every relation within any configured scope; none for a person the kin index does not hold yet. */
    private List<Relation> relations(String id) {
        try {
            return kinship.relativesOfAny(id, kinship.scopes());
        } catch (ApiProblem e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    private Map<String, PersonCards.Found> byId(List<String> ids, Viewer viewer) {
        Map<String, PersonCards.Found> out = new HashMap<>();
        for (PersonCards.Found f : cards.of(ids, viewer)) {
            out.put(f.id(), f);
        }
        return out;
    }

    private PersonLite lite(Value p, Viewer viewer, Set<String> subjects) {
        if (p == null || p.isNull()) {
            return null;
        }
        if (!viewer.sees(text(p.get("regionCode")))) {
            return PersonLite.outsideRegion();
        }
        String pid = p.get("id").asString();
        subjects.add(pid);
        return new PersonLite(refs.ref(pid), text(p.get("name")), null);
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asObject().toString();
    }

    /** A date property; null when absent or not a date (nothing in records.md stores one otherwise). */
    private static LocalDate date(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return v.asLocalDate();
        } catch (org.neo4j.driver.exceptions.value.Uncoercible e) {
            return null;
        }
    }

    private static double number(Value v) {
        return v == null || v.isNull() ? 0 : v.asNumber().doubleValue();
    }
}
