package org.favornet.detection.concentration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.favornet.detection.leads.Evidence;
import org.favornet.detection.leads.LeadDraft;

/**
 * The leads of red flag 11 ({@link AllocatorCommunities}), written once a test's q is known: the
 * evidence sentence (in English and Chinese), the statistics an investigator checks it with, and the
 * score, which grows with the evidence ({@code 45 + 10 log10(1/q)}, at most 90).
 */
final class CommunityLeads {

    private CommunityLeads() {}

    static LeadDraft density(String officialId, AllocatorCommunities.Ego ego, EgoNetworkDensity.Result r, List<GrantFact> hits,
            double q) {
        Set<String> persons = new LinkedHashSet<>(List.of(officialId));
        List<String> grants = new ArrayList<>();
        hits.forEach(g -> {
            persons.add(g.beneficiaryId());
            grants.add(g.id());
        });
        String sentence = String.format(Locale.ROOT,
                "Possible favoritism network: %d of the %d persons this official's grants went to are tied to him "
                        + "(kinship, acquaintance, shared phone or address) and %d pairs of them are tied to each other "
                        + "as well: %d grantees and he form a circle of mutual ties. Drawn at random from the %d living "
                        + "residents of his jurisdiction (and his grantees elsewhere), %d grantees would hold %.2g such "
                        + "pairs on average (%d tied pairs among his %d contacts there); %d of %d permutation draws "
                        + "reached %d (lift %.1f, p = %.2g, q = %.2g). "
                        + "Warrants a check of the ties and of how the beneficiaries were chosen.",
                r.grantedContacts(), ego.grantees(), r.tiedPairs(), persons.size() - 1, ego.frame(), ego.grantees(),
                r.expected(), r.contactPairs(), ego.contactIds().size(), r.reached(), r.draws(), r.tiedPairs(),
                r.lift(), r.p(), q);
        String sentenceZh = String.format(Locale.ROOT,
                "疑似利益关系网：该官员经手补助的 %d 名对象中，有 %d 名与其有关联（亲属、熟人、共用电话或住址），"
                        + "且其中 %d 对彼此之间也有关联：%d 名受助人与他构成相互关联的圈子。若从其辖区 %d 名在世居民"
                        + "（及其在辖区外的受助人）中随机抽取 %d 名受助人，平均只会有 %.2g 对此类关联"
                        + "（他在当地的 %d 名联系人之间有 %d 对关联）；%d 次置换抽样中有 %d 次达到 %d 对"
                        + "（提升度 %.1f，p = %.2g，q = %.2g）。建议核查这些关系以及受助人的确定过程。",
                ego.grantees(), r.grantedContacts(), r.tiedPairs(), persons.size() - 1, ego.frame(), ego.grantees(),
                r.expected(), ego.contactIds().size(), r.contactPairs(), r.draws(), r.reached(), r.tiedPairs(),
                r.lift(), r.p(), q);
        Map<String, Object> stats = Map.of("community", Map.ofEntries(Map.entry("test", "density"),
                Map.entry("t", r.tiedPairs()), Map.entry("x", r.grantedContacts()), Map.entry("n", ego.grantees()),
                Map.entry("d", ego.contactIds().size()), Map.entry("e", r.contactPairs()), Map.entry("N", ego.frame()),
                Map.entry("expected", r.expected()), Map.entry("lift", r.lift()), Map.entry("draws", r.draws()),
                Map.entry("reached", r.reached()), Map.entry("p", r.p()), Map.entry("q", q)));
        Evidence evidence = new Evidence(List.copyOf(persons), grants, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, sentence, List.of("grants", "posts", "kinship", "acquaintances",
                        "shared identifiers", "residents"), stats, sentenceZh);
        String region = hits.isEmpty() ? "" : hits.get(0).regionCode();
        return new LeadDraft(AllocatorCommunities.RULE_ID, AllocatorCommunities.VERSION, AllocatorCommunities.TITLE, "MEDIUM", null, List.of(officialId), officialId, null, List.of(),
                score(q), region, evidence);
    }

    private static double score(double q) {
        return Math.min(90, 45 + 10 * Math.log10(1 / Math.max(q, 1e-12)));
    }

    static LeadDraft membership(Allocations.CircleTest t, double q, int size, boolean byResidents) {
        Set<String> persons = new LinkedHashSet<>(List.of(t.officialId()));
        List<String> grants = new ArrayList<>();
        t.hits().forEach(g -> {
            persons.add(g.beneficiaryId());
            grants.add(g.id());
        });
        String sentence = byResidents
                ? String.format(Locale.ROOT,
                        "Possible favoritism network: %d of the %d persons this official's grants went to belong to his "
                                + "community (%d persons tied by kinship, acquaintance or shared phone, address or account), "
                                + "which holds %d of the %d living residents of his jurisdiction: %.1f would be expected "
                                + "(lift %.1f, p = %.2g, q = %.2g). Warrants a check of the ties and of how the beneficiaries "
                                + "were chosen.",
                        t.hitCount(), t.draws(), size, t.marked(), t.population(),
                        (double) t.draws() * t.marked() / t.population(), t.lift(), t.p(), q)
                : String.format(Locale.ROOT,
                        "Possible favoritism network: this official's community (%d persons tied by kinship, acquaintance or "
                                + "shared phone, address or account) received %d of the %d grants he handled or approved, where "
                                + "%.1f would be expected from its share of the local grants (%d of %d; lift %.1f, p = %.2g, "
                                + "q = %.2g). Warrants a check of the ties and of how the beneficiaries were chosen.",
                        size, t.hitCount(), t.draws(), (double) t.draws() * t.marked() / t.population(), t.marked(),
                        t.population(), t.lift(), t.p(), q);
        String sentenceZh = byResidents
                ? String.format(Locale.ROOT,
                        "疑似利益关系网：该官员经手补助的 %d 名对象中，有 %d 名属于他的关系社群（%d 人，由亲属、熟人或"
                                + "共用电话、住址、账户相连），该社群占其辖区 %d 名在世居民中的 %d 名：预期仅为 %.1f 名"
                                + "（提升度 %.1f，p = %.2g，q = %.2g）。建议核查这些关系以及受助人的确定过程。",
                        t.draws(), t.hitCount(), size, t.population(), t.marked(),
                        (double) t.draws() * t.marked() / t.population(), t.lift(), t.p(), q)
                : String.format(Locale.ROOT,
                        "疑似利益关系网：该官员的关系社群（%d 人，由亲属、熟人或共用电话、住址、账户相连）获得了他经办或"
                                + "审批的 %d 笔补助中的 %d 笔，而按其在当地补助中的占比（%d / %d）预期仅为 %.1f 笔"
                                + "（提升度 %.1f，p = %.2g，q = %.2g）。建议核查这些关系以及受助人的确定过程。",
                        size, t.draws(), t.hitCount(), t.marked(), t.population(),
                        (double) t.draws() * t.marked() / t.population(), t.lift(), t.p(), q);
        Map<String, Object> stats = Map.of("community", Map.of("size", size, "k", t.hitCount(), "n", t.draws(),
                "K", t.marked(), "N", t.population(), "lift", t.lift(), "p", t.p(), "q", q,
                "test", byResidents ? "residents" : "grants"));
        Evidence evidence = new Evidence(List.copyOf(persons), grants, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, sentence, List.of("grants", "posts", "kinship", "acquaintances",
                        "shared identifiers"), stats, sentenceZh);
        String region = t.hits().isEmpty() ? "" : t.hits().get(0).regionCode();
        return new LeadDraft(AllocatorCommunities.RULE_ID, AllocatorCommunities.VERSION, AllocatorCommunities.TITLE, "MEDIUM", null, List.of(t.officialId()), t.officialId(), null,
                List.of(), score(q), region, evidence);
    }
}
