package org.favornet.detection.concentration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.favornet.detection.leads.LeadDraft;
import org.favornet.detection.rules.Official;
import org.favornet.projection.PersonGraphBuilder;
import org.favornet.projection.TieType;
import org.junit.jupiter.api.Test;

class AllocatorCommunitiesTest {

    private static final String V = "410222100201";

    /**
     * Two 4-cliques joined by one bridge, in one village, plus a third clique in the next village tied
     * to a0 (a daughter married out):
     * <pre>
     *   a0 - a1      b0 - b1
     *   | \/ |  a3 - b0   (bridge a3-b0)      a0 - c0 (other village)
     *   a2 - a3      b2 - b3
     * </pre>
     */
    private static VillageCommunities twoCliques() {
        PersonGraphBuilder b = new PersonGraphBuilder();
        for (String p : List.of("a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3")) {
            b.person(p, V, "M", 1970);
        }
        for (String p : List.of("c0", "c1", "c2")) {
            b.person(p, "410222100202", "F", 1972);
        }
        for (String c : List.of("a", "b")) {
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    b.tie(c + i, c + j, (i + j) % 2 == 0 ? TieType.SIBLING_OF : TieType.KNOWS, null);
                }
            }
        }
        b.tie("a3", "b0", TieType.SHARES_PHONE, null);
        b.tie("a0", "c0", TieType.SPOUSE_OF, null);
        b.tie("c0", "c1", TieType.SIBLING_OF, null);
        b.tie("c1", "c2", TieType.SIBLING_OF, null);
        b.tie("a1", "b1", TieType.TRANSFER, null); // money is not a community tie
        return new VillageCommunities(b.build(1), 42L);
    }

    private static Set<String> ids(VillageCommunities c, int[] vertices) {
        Set<String> out = new TreeSet<>();
        for (int v : vertices) {
            out.add(c.graph().personId(v));
        }
        return out;
    }

    @Test
    void labelPropagationWithAFixedSeedSplitsTheTwoCliquesWithinTheVillage() {
        VillageCommunities c = twoCliques();
        int a0 = c.graph().indexOf("a0");
        int b2 = c.graph().indexOf("b2");
        assertThat(ids(c, c.communityOf(a0))).containsExactly("a0", "a1", "a2", "a3");
        assertThat(ids(c, c.communityOf(b2))).containsExactly("b0", "b1", "b2", "b3");
        assertThat(ids(c, c.communityOf(c.graph().indexOf("c2")))).containsExactly("c0", "c1", "c2");
        // the same seed gives the same labels, whatever the order the villages are computed in
        VillageCommunities again = twoCliques();
        again.prepare(List.of("410222100202", V));
        assertThat(ids(again, again.communityOf(a0))).isEqualTo(ids(c, c.communityOf(a0)));
    }

    @Test
    void theVillageGraphWeighsChosenTiesTwiceAndLeavesOtherKindsOut() {
        VillageCommunities c = twoCliques();
        var g = c.villageGraph(c.members(V));
        assertThat(g.vertexSet()).hasSize(8);
        // per clique 4 KNOWS pairs twice and 2 sibling pairs once; the shared phone twice; no transfer, no c0
        assertThat(g.edgeSet()).hasSize(2 * (4 * 2 + 2) + 2);
        assertThat(g.getAllEdges(0, 1)).hasSize(2); // a0-a1: KNOWS
        assertThat(g.getAllEdges(0, 2)).hasSize(1); // a0-a2: siblings
    }

    @Test
    void anotherSeedStillSplitsTheTwoCliquesOfTheVillageGraph() {
        VillageCommunities c = twoCliques();
        int[] members = c.members(V);
        int[] label = VillageCommunities.cluster(c.villageGraph(members), 7L);
        assertThat(label).hasSize(8);
        assertThat(label[0]).isEqualTo(label[1]).isEqualTo(label[2]).isEqualTo(label[3]).isNotEqualTo(label[4]);
    }

    @Test
    void flagsTheAllocatorWhoseGrantsStayInsideHisOwnCommunity() {
        VillageCommunities g = twoCliques();
        String v = V;
        List<GrantFact> grants = new ArrayList<>();
        // a0 handles a1, a2, a3 and one stranger; b0 handles b1 and two strangers; other grants by x.
        for (String b : List.of("a1", "a2", "a3", "s0")) {
            grants.add(new GrantFact("g-" + b, "DIBAO", v, b, Set.of("a0")));
        }
        for (String b : List.of("b1", "s1", "s2")) {
            grants.add(new GrantFact("g-" + b, "DIBAO", v, b, Set.of("b0")));
        }
        for (String b : List.of("b2", "b3", "s3", "s4", "s5")) {
            grants.add(new GrantFact("g-" + b, "DIBAO", v, b, Set.of("x")));
        }
        List<Official> officials = List.of(new Official("a0", Set.of(), List.of(v)), new Official("b0", Set.of(), List.of(v)));
        List<LeadDraft> leads = AllocatorCommunities.evaluate(g, officials, new Allocations(grants), 0.05, 2);
        // a0: N = 12, K = 3 (a1..a3), n = 4, k = 3: p = C(3,3) C(9,1) / C(12,4) = 9/495; b0 has k = 1 < 2.
        assertThat(leads).extracting(LeadDraft::officialId).containsExactly("a0");
        assertThat(leads.get(0).evidence().grantIds()).containsExactlyInAnyOrder("g-a1", "g-a2", "g-a3");
        @SuppressWarnings("unchecked")
        Map<String, Object> stats = (Map<String, Object>) leads.get(0).evidence().statistics().get("community");
        assertThat((double) stats.get("p")).isCloseTo(9.0 / 495, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theResidentTestFlagsACommunityWhenTheAllocatorHandlesNearlyEveryGrant() {
        VillageCommunities g = twoCliques();
        // a0 handles all 5 grants of the village, 3 of them to his own community: grant-based, his own
        // choices are the base rate; among the village's 200 living residents his community is 3.
        List<GrantFact> grants = new ArrayList<>();
        for (String b : List.of("a1", "a2", "a3", "s0", "s1")) {
            grants.add(new GrantFact("g-" + b, "DIBAO", V, b, Set.of("a0")));
        }
        List<Official> officials = List.of(new Official("a0", Set.of(), List.of(V)));
        assertThat(AllocatorCommunities.evaluate(g, officials, new Allocations(grants), 0.05, 2)).isEmpty();
        Residents residents = Residents.of(Map.of(V, 200L), Map.of("a1", V, "a2", V, "a3", V, "s0", V, "s1", V));
        // density test off (no permutation draws): this is about the membership test on residents
        List<LeadDraft> leads = AllocatorCommunities.evaluate(g, officials, new Allocations(grants), residents,
                new AllocatorCommunities.Settings(0.05, 2, 42L, 0));
        assertThat(leads).extracting(LeadDraft::officialId).containsExactly("a0");
        assertThat(leads.get(0).evidence().sentence()).contains("3 of the 5 persons", "3 of the 200 living residents");
        Map<String, Object> stats = stats(leads.get(0));
        assertThat(stats.get("test")).isEqualTo("residents");
        assertThat((double) stats.get("p")).isCloseTo(new Hypergeometric().upperTail(200, 3, 5, 3),
                org.assertj.core.api.Assertions.within(1e-15));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stats(LeadDraft lead) {
        return (Map<String, Object>) lead.evidence().statistics().get("community");
    }

    private static final String W = "410222100301";

    /**
     * A village of 60 living residents around official o: 30 neighbours each tied to him alone, and five
     * friends f0-f4, tied to him and to each other (a KNOWS clique with him), the pattern of a favoured
     * circle. Label propagation puts o, the friends and the neighbours in one community of 36.
     */
    private static VillageCommunities circleInAVillage() {
        PersonGraphBuilder b = new PersonGraphBuilder();
        List<String> persons = new ArrayList<>(List.of("o"));
        for (int i = 0; i < 5; i++) {
            persons.add("f" + i);
        }
        for (int i = 0; i < 30; i++) {
            persons.add(String.format("n%02d", i));
        }
        for (int i = 0; i < 7; i++) {
            persons.add("s" + i);
        }
        persons.stream().sorted().forEach(p -> b.person(p, W, "M", 1970));
        for (int i = 0; i < 5; i++) {
            b.tie("o", "f" + i, TieType.KNOWS, "FRIEND");
            for (int j = i + 1; j < 5; j++) {
                b.tie("f" + i, "f" + j, TieType.KNOWS, "BUSINESS_PARTNER");
            }
        }
        for (int i = 0; i < 30; i++) {
            b.tie("o", String.format("n%02d", i), TieType.KNOWS, "NEIGHBOR");
        }
        return new VillageCommunities(b.build(1), 42L);
    }

    /** Every person of the projection is a living resident of W; 60 living residents in all. */
    private static Residents residentsOf(VillageCommunities c) {
        Map<String, String> living = new java.util.HashMap<>();
        for (int v = 0; v < c.graph().personCount(); v++) {
            living.put(c.graph().personId(v), W);
        }
        return Residents.of(Map.of(W, 60L), living);
    }

    @Test
    void theDensityTestFindsACircleOfMutualTiesThatCommunityMembershipCannotSeeInASmallVillage() {
        VillageCommunities c = circleInAVillage();
        // o handles every grant of the village: the five friends and seven strangers
        List<GrantFact> grants = new ArrayList<>();
        for (String p : List.of("f0", "f1", "f2", "f3", "f4", "s0", "s1", "s2", "s3", "s4", "s5", "s6")) {
            grants.add(new GrantFact("g-" + p, "DIBAO", W, p, Set.of("o")));
        }
        List<Official> officials = List.of(new Official("o", Set.of(), List.of(W)));
        Allocations allocations = new Allocations(grants);
        assertThat(c.communityOf(c.graph().indexOf("o"))).hasSize(36);
        // membership: 5 of his 12 grantees in a community holding 35 of the 59 other residents, 7 expected
        assertThat(AllocatorCommunities.evaluate(c, officials, allocations, residentsOf(c),
                new AllocatorCommunities.Settings(0.05, 2, 42L, 0))).isEmpty();
        List<LeadDraft> leads = AllocatorCommunities.evaluate(c, officials, allocations, residentsOf(c),
                new AllocatorCommunities.Settings(0.05, 2, 42L, 1_000_000));
        assertThat(leads).extracting(LeadDraft::officialId).containsExactly("o");
        LeadDraft lead = leads.get(0);
        assertThat(lead.evidence().grantIds()).containsExactlyInAnyOrder("g-f0", "g-f1", "g-f2", "g-f3", "g-f4");
        assertThat(lead.evidence().personIds()).containsExactly("o", "f0", "f1", "f2", "f3", "f4");
        Map<String, Object> stats = stats(lead);
        assertThat(stats).containsEntry("test", "density").containsEntry("t", 10).containsEntry("x", 5)
                .containsEntry("n", 12).containsEntry("d", 35).containsEntry("e", 10).containsEntry("N", 59);
        // T >= 10 needs all five friends among the 12 drawn from 59: C(54, 7) / C(59, 12)
        double exact = Math.exp(new Hypergeometric().logChoose(54, 7) - new Hypergeometric().logChoose(59, 12));
        assertThat((double) stats.get("p")).isCloseTo(exact, org.assertj.core.api.Assertions.withinPercentage(60));
        assertThat((double) stats.get("expected")).isCloseTo(10 * 132.0 / (59 * 58),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(lead.evidence().sentence()).contains("5 of the 12 persons", "10 pairs of them",
                "from the 59 living residents");
        assertThat((double) stats.get("q")).isLessThan(0.05);
    }

    @Test
    void aDenseFamilyOfGranteesNotTiedToTheOfficialAndFriendsNotTiedToEachOtherAreNoDensityLead() {
        VillageCommunities c = circleInAVillage();
        // official s6 (no ties of his own) handles the grants of the five friends, tied to each other but not
        // to him; o handles grants to five of his neighbours, tied to him but not to each other (a star,
        // red flag 3's shape, and 5 of 7 grantees in a community of 36 is what chance gives here)
        List<GrantFact> grants = new ArrayList<>();
        for (String p : List.of("f0", "f1", "f2", "f3", "f4", "s0", "s1")) {
            grants.add(new GrantFact("g-" + p, "DIBAO", W, p, Set.of("s6")));
        }
        for (String p : List.of("n00", "n01", "n02", "n03", "n04", "s2", "s3")) {
            grants.add(new GrantFact("g-" + p, "DIBAO", W, p, Set.of("o")));
        }
        List<Official> officials = List.of(new Official("s6", Set.of(), List.of(W)),
                new Official("o", Set.of(), List.of(W)));
        List<LeadDraft> leads = AllocatorCommunities.evaluate(c, officials, new Allocations(grants), residentsOf(c),
                new AllocatorCommunities.Settings(0.05, 2, 42L, 1_000_000));
        assertThat(leads).isEmpty();
    }
}
