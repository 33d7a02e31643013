package org.favornet.detection.concentration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.favornet.detection.DetectionProperties;
import org.favornet.detection.Official;
import org.favornet.detection.leads.Evidence;
import org.favornet.detection.leads.LeadDraft;
import org.favornet.detection.rules.RuleParameters;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.springframework.stereotype.Component;

/**
 * Red flag 11, allocator communities. Clusters the tie graph (kinship, KNOWS, shared phone / address /
 * account) with label propagation (Raghavan, Albert and Kumara (2007), "Near linear time algorithm to
 * detect community structures in large-scale networks", Phys. Rev. E 76, 036106; JGraphT's
 * {@link LabelPropagationClustering}, seeded for a deterministic result, O(iterations x E)). For every
 * official who allocated grants, his own community is tested like a circle ({@link Allocations#test}):
 * is the share of his grants going into it above the community's share of his population? The
 * p-values are adjusted with {@link BenjaminiHochberg}; a lead needs q <= alpha, k >= minHits, lift > 1.
 */
@Component
public class AllocatorCommunities {

    public static final String RULE_ID = "comm_011";
    static final int VERSION = 1;
    static final String TITLE = "Community holding an allocator and an unusual share of his grantees";
    private static final int MAX_ITERATIONS = 50;

    private final TieSource ties;
    private final DetectionProperties props;

    AllocatorCommunities(TieSource ties, DetectionProperties props) {
        this.ties = ties;
        this.props = props;
    }

    public List<LeadDraft> leads(List<Official> officials, RuleParameters params, Allocations allocations) {
        TieGraph graph = ties.load(params.regions());
        if (graph.personIds().size() > props.maxCommunityPersons()) {
            return List.of();
        }
        return evaluate(graph, communities(graph, props.seed()), officials, allocations, props.alpha(), props.minHits());
    }

    /** Community label of every vertex, seeded. */
    public static int[] communities(TieGraph graph, long seed) {
        ClusteringAlgorithm.Clustering<Integer> clustering =
                new LabelPropagationClustering<>(graph.graph(), MAX_ITERATIONS, new Random(seed)).getClustering();
        int[] label = new int[graph.personIds().size()];
        int c = 0;
        for (Set<Integer> cluster : clustering.getClusters()) {
            for (int v : cluster) {
                label[v] = c;
            }
            c++;
        }
        return label;
    }

    /** Tests each allocator's community; the database-free part. */
    public static List<LeadDraft> evaluate(TieGraph graph, int[] label, List<Official> officials,
            Allocations allocations, double alpha, int minHits) {
        Map<Integer, Set<String>> members = new LinkedHashMap<>();
        for (int v = 0; v < label.length; v++) {
            members.computeIfAbsent(label[v], k -> new HashSet<>()).add(graph.personIds().get(v));
        }
        Hypergeometric h = new Hypergeometric();
        List<Allocations.CircleTest> tests = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Official o : officials) {
            Integer v = graph.index().get(o.id());
            if (v == null || allocations.handled(o.id()).isEmpty()) {
                continue;
            }
            Set<String> community = new HashSet<>(members.get(label[v]));
            community.remove(o.id());
            Allocations.CircleTest t = Allocations.test(h, o.id(), allocations.population(o), community);
            if (t.testable()) {
                tests.add(t);
                sizes.add(community.size() + 1);
            }
        }
        double[] q = BenjaminiHochberg.adjust(tests.stream().mapToDouble(Allocations.CircleTest::p).toArray());
        List<LeadDraft> out = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            Allocations.CircleTest t = tests.get(i);
            if (q[i] <= alpha && t.hitCount() >= minHits && t.lift() > 1) {
                out.add(lead(t, q[i], sizes.get(i)));
            }
        }
        return out;
    }

    private static LeadDraft lead(Allocations.CircleTest t, double q, int size) {
        Set<String> persons = new LinkedHashSet<>(List.of(t.officialId()));
        List<String> grants = new ArrayList<>();
        t.hits().forEach(g -> {
            persons.add(g.beneficiaryId());
            grants.add(g.id());
        });
        String sentence = String.format(Locale.ROOT,
                "Possible favoritism network: this official's community (%d persons tied by kinship, acquaintance or "
                        + "shared phone, address or account) received %d of the %d grants he handled or approved, where "
                        + "%.1f would be expected from its share of the local grants (%d of %d; lift %.1f, p = %.2g, "
                        + "q = %.2g). Warrants a check of the ties and of how the beneficiaries were chosen.",
                size, t.hitCount(), t.draws(), (double) t.draws() * t.marked() / t.population(), t.marked(),
                t.population(), t.lift(), t.p(), q);
        Map<String, Object> stats = Map.of("community", Map.of("size", size, "k", t.hitCount(), "n", t.draws(),
                "K", t.marked(), "N", t.population(), "lift", t.lift(), "p", t.p(), "q", q));
        Evidence evidence = new Evidence(List.copyOf(persons), grants, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, sentence, List.of("grants", "posts", "kinship", "acquaintances",
                        "shared identifiers"), stats);
        double score = Math.min(90, 45 + 10 * Math.log10(1 / Math.max(q, 1e-12)));
        String region = t.hits().isEmpty() ? "" : t.hits().get(0).regionCode();
        return new LeadDraft(RULE_ID, VERSION, TITLE, "MEDIUM", null, List.of(t.officialId()), t.officialId(), null,
                List.of(), score, region, evidence);
    }
}
