package org.favornet.detection.concentration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.favornet.detection.leads.Evidence;
import org.favornet.detection.leads.LeadDraft;
import org.favornet.detection.rules.DetectionProperties;
import org.favornet.detection.rules.Official;
import org.favornet.detection.rules.RuleParameters;
import org.favornet.graph.CypherRunner;
import org.springframework.stereotype.Component;

/**
 * Red flag 3, allocator concentration. For every official who handled or approved discretionary grants
 * in the period, two one-sided exact tests ({@link Hypergeometric}) on his population ({@link
 * Allocations#population}: N grants of his programmes in his jurisdiction and period; n of them his):
 * does the number k of his grants reaching (a) his relatives in the scope, (b) his circle: those
 * relatives together with his acquaintances (two hops over KNOWS and SHARES_* ties), exceed what the
 * base rate K/N of that same jurisdiction gives? (b) is the union, not the acquaintances alone: a
 * favoured circle mixes both ("his wife's sister, his brother and two friends"), and split in two each
 * half is too small to stand out after the correction for the thousands of tests of a county.
 * Conditioning on K is what keeps a chief of a single-surname village, whose grantees are kin at the
 * village's own rate, from standing out. The p-values of all tests of the analysis are adjusted
 * together by {@link BenjaminiHochberg}; a lead needs q <= alpha, k >= minHits and lift > 1.
 * Cost: O(G) to index the grants, O(sum of populations) for the tests.
 */
@Component
public class AllocatorConcentration {

    public static final String RULE_ID = "conc_003";
    static final int VERSION = 2;
    static final String TITLE = "Concentration: an official's grants reach his relatives or acquaintances far above the local base rate";

    private final CypherRunner cypher;
    private final DetectionProperties props;

    AllocatorConcentration(CypherRunner cypher, DetectionProperties props) {
        this.cypher = cypher;
        this.props = props;
    }

    /** The discretionary grants of the analysis, indexed (read once, shared with the community test). */
    public Allocations allocations(RuleParameters params) {
        return new Allocations(grants(cypher, params));
    }

    /** Reads relative sets and circles of the officials who allocated, tests them, returns the leads. */
    public List<LeadDraft> leads(List<Official> officials, RuleParameters params, Allocations allocations) {
        List<Official> tested = officials.stream().filter(o -> !allocations.handled(o.id()).isEmpty()).toList();
        List<String> ids = tested.stream().map(Official::id).toList();
        Map<String, Set<String>> kin = sets(cypher, "detection/kin_sets.cypher", "relativeIds", ids,
                Map.of("scope", params.scope()));
        Map<String, Set<String>> circles = sets(cypher, "detection/acquaintance_circles.cypher", "circleIds", ids, Map.of());
        Map<String, Set<String>> union = new HashMap<>();
        tested.forEach(o -> union.put(o.id(), circle(o.id(), kin, circles)));
        Map<String, int[]> residents = Residents.count(cypher, tested, union);
        return evaluate(tested, allocations, kin, circles, residents, props.alpha(), props.minHits()).stream()
                .map(f -> f.lead(params.scope())).toList();
    }

    /** An official's circle: his relatives in scope together with his acquaintances. */
    private static Set<String> circle(String officialId, Map<String, Set<String>> kin, Map<String, Set<String>> circles) {
        Set<String> circle = new HashSet<>(circles.getOrDefault(officialId, Set.of()));
        circle.addAll(kin.getOrDefault(officialId, Set.of()));
        return circle;
    }

    /** The tests and the findings that pass, without the database; no resident-based test. */
    public static List<Finding> evaluate(List<Official> officials, Allocations allocations,
            Map<String, Set<String>> kin, Map<String, Set<String>> circles, double alpha, int minHits) {
        return evaluate(officials, allocations, kin, circles, Map.of(), alpha, minHits);
    }

    /**
     * The tests and the findings that pass, without the database (the oracle tests call this);
     * {@code residents} maps an official to {living residents of his jurisdictions, those in his circle}.
     */
    public static List<Finding> evaluate(List<Official> officials, Allocations allocations,
            Map<String, Set<String>> kin, Map<String, Set<String>> circles, Map<String, int[]> residents, double alpha,
            int minHits) {
        Hypergeometric h = new Hypergeometric();
        List<Allocations.CircleTest> tests = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Official o : officials) {
            List<GrantFact> population = allocations.population(o);
            Allocations.CircleTest k = Allocations.test(h, o.id(), population, kin.getOrDefault(o.id(), Set.of()));
            Set<String> circle = circle(o.id(), kin, circles);
            Allocations.CircleTest c = Allocations.test(h, o.id(), population, circle);
            if (k.testable(alpha, minHits)) {
                tests.add(k);
                kinds.add("kin");
            }
            if (c.testable(alpha, minHits)) {
                tests.add(c);
                kinds.add("circle");
            }
            int[] r = residents.get(o.id());
            if (r != null) {
                Allocations.CircleTest t = Allocations.residentTest(h, o.id(), population, circle, r[0], r[1]);
                if (t.testable(alpha, minHits)) {
                    tests.add(t);
                    kinds.add("residents");
                }
            }
        }
        double[] q = BenjaminiHochberg.adjust(tests.stream().mapToDouble(Allocations.CircleTest::p).toArray());
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (int i = 0; i < tests.size(); i++) {
            Allocations.CircleTest t = tests.get(i);
            if (q[i] <= alpha && t.hitCount() >= minHits && t.lift() > 1) {
                Finding f = findings.computeIfAbsent(t.officialId(), Finding::new);
                f.add(kinds.get(i), t, q[i]);
            }
        }
        return List.copyOf(findings.values());
    }

    static List<GrantFact> grants(CypherRunner cypher, RuleParameters params) {
        return cypher.read("detection/discretionary_grants.cypher", params.asMap(), r -> new GrantFact(
                r.get("grantId").asString(), r.get("program").asString(),
                r.get("regionCode").isNull() ? "" : r.get("regionCode").asString(), r.get("beneficiaryId").asString(),
                Set.copyOf(r.get("officials").asList(v -> v.asString()))));
    }

    static Map<String, Set<String>> sets(CypherRunner cypher, String file, String column, List<String> officialIds,
            Map<String, Object> extra) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i < officialIds.size(); i += 500) {
            Map<String, Object> params = new HashMap<>(extra);
            params.put("officialIds", officialIds.subList(i, Math.min(officialIds.size(), i + 500)));
            cypher.read(file, params, r -> r).forEach(r -> out.put(r.get("officialId").asString(),
                    new HashSet<>(r.get(column).asList(v -> v.asString()))));
        }
        return out;
    }

    /** The passing tests of one official (kin, circle or both). */
    public static final class Finding {
        private final String officialId;
        private final Map<String, Allocations.CircleTest> tests = new LinkedHashMap<>();
        private final Map<String, Double> q = new LinkedHashMap<>();

        Finding(String officialId) {
            this.officialId = officialId;
        }

        void add(String kind, Allocations.CircleTest t, double qValue) {
            tests.put(kind, t);
            q.put(kind, qValue);
        }

        public String officialId() {
            return officialId;
        }

        public Map<String, Allocations.CircleTest> tests() {
            return tests;
        }

        public double q(String kind) {
            return q.get(kind);
        }

        LeadDraft lead(String scope) {
            Set<String> persons = new LinkedHashSet<>(List.of(officialId));
            Set<String> grants = new LinkedHashSet<>();
            Map<String, Object> stats = new LinkedHashMap<>();
            StringBuilder sentence = new StringBuilder("Possible favoritism by concentration: ");
            StringBuilder sentenceZh = new StringBuilder("疑似集中优亲厚友：");
            double best = 1.0;
            String region = "";
            for (var e : tests.entrySet()) {
                Allocations.CircleTest t = e.getValue();
                t.hits().forEach(g -> {
                    persons.add(g.beneficiaryId());
                    grants.add(g.id());
                });
                if (region.isEmpty() && !t.hits().isEmpty()) {
                    region = t.hits().get(0).regionCode();
                }
                double qv = q.get(e.getKey());
                best = Math.min(best, qv);
                stats.put(e.getKey(), Map.of("k", t.hitCount(), "n", t.draws(), "K", t.marked(), "N", t.population(),
                        "lift", t.lift(), "p", t.p(), "q", qv));
                if (e.getKey().equals("residents")) {
                    sentence.append(String.format(Locale.ROOT,
                            "%d of the %d persons his grants went to are his relatives or acquaintances, who are %d of the %d "
                                    + "living residents of his jurisdiction: %.1f would be expected (lift %.1f, p = %.2g, q = %.2g). ",
                            t.hitCount(), t.draws(), t.marked(), t.population(),
                            (double) t.draws() * t.marked() / t.population(), t.lift(), t.p(), qv));
                    sentenceZh.append(String.format(Locale.ROOT,
                            "他经手补助的 %d 名对象中有 %d 名是他的亲属或熟人，而这些人只占其辖区 %d 名在世居民中的 %d 名："
                                    + "预期仅为 %.1f 名（提升度 %.1f，p = %.2g，q = %.2g）。",
                            t.draws(), t.hitCount(), t.population(), t.marked(),
                            (double) t.draws() * t.marked() / t.population(), t.lift(), t.p(), qv));
                    continue;
                }
                sentence.append(String.format(Locale.ROOT,
                        "%d of the %d grants this official handled or approved went to his %s, where %.1f would be expected "
                                + "from the local base rate (%d of %d grants; lift %.1f, p = %.2g, q = %.2g). ",
                        t.hitCount(), t.draws(), e.getKey().equals("kin") ? "relatives (" + scope + ")" : "relatives and acquaintances",
                        (double) t.draws() * t.marked() / t.population(), t.marked(), t.population(), t.lift(), t.p(), qv));
                sentenceZh.append(String.format(Locale.ROOT,
                        "该官员经办或审批的 %d 笔补助中有 %d 笔流向他的%s，而按当地基准（%d / %d 笔）预期仅为 %.1f 笔"
                                + "（提升度 %.1f，p = %.2g，q = %.2g）。",
                        t.draws(), t.hitCount(), e.getKey().equals("kin") ? "亲属（" + scope + "）" : "亲属和熟人",
                        t.marked(), t.population(), (double) t.draws() * t.marked() / t.population(), t.lift(), t.p(), qv));
            }
            sentence.append("Warrants a check of how the beneficiaries were chosen.");
            sentenceZh.append("建议核查受助人的确定过程。");
            double score = Math.min(95, 50 + 10 * Math.log10(1 / Math.max(best, 1e-12)));
            Evidence evidence = new Evidence(List.copyOf(persons), List.copyOf(grants), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), null, sentence.toString().strip(),
                    List.of("grants", "posts", "kinship", "acquaintances", "shared identifiers"), stats,
                    sentenceZh.toString());
            return new LeadDraft(RULE_ID, VERSION, TITLE, "HIGH", scope, List.of(officialId), officialId, null, List.of(),
                    score, region, evidence);
        }
    }
}
