package org.favornet.detection.concentration;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.favornet.detection.DetectionProperties;
import org.favornet.detection.Official;
import org.favornet.detection.leads.Evidence;
import org.favornet.detection.leads.LeadDraft;
import org.favornet.detection.rules.RuleParameters;
import org.favornet.graph.CypherRunner;
import org.favornet.projection.LiveProjection;
import org.favornet.projection.PersonGraph;
import org.favornet.projection.ProjectionBuilt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Red flag 11, allocator communities. Clusters the tie graph (kinship, KNOWS, shared phone / address /
 * account) of the shared in-memory projection with label propagation (Raghavan, Albert and Kumara
 * (2007), "Near linear time algorithm to detect community structures in large-scale networks", Phys.
 * Rev. E 76, 036106; JGraphT's {@link org.jgrapht.alg.clustering.LabelPropagationClustering}, seeded for
 * a deterministic result, O(iterations x E)), village by village ({@link VillageCommunities}), only the
 * home villages of the officials tested, on {@code threads} threads. For every official who allocated
 * grants, his own community is tested like a circle ({@link Allocations#test}): is the share of his
 * grants going into it above the community's share of his population? The p-values are adjusted with
 * {@link BenjaminiHochberg}; a lead needs q <= alpha, k >= minHits, lift > 1.
 */
@Component
public class AllocatorCommunities {

    private static final Logger log = LoggerFactory.getLogger(AllocatorCommunities.class);
    public static final String RULE_ID = "comm_011";
    static final int VERSION = 2;
    static final String TITLE = "Community holding an allocator and an unusual share of his grantees";

    private final LiveProjection projection;
    private final CypherRunner cypher;
    private final DetectionProperties props;
    private final Environment environment;
    private final AtomicReference<VillageCommunities> cache = new AtomicReference<>();
    private final ExecutorService warmer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "communities-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    AllocatorCommunities(LiveProjection projection, CypherRunner cypher, DetectionProperties props,
            Environment environment) {
        this.projection = projection;
        this.cypher = cypher;
        this.props = props;
        this.environment = environment;
    }

    /**
     * After each projection build the service clusters every village in the background (one thread),
     * as it keeps the kin index and the projection warm, so an analysis finds them done; a newer
     * snapshot stops the warm-up of an older one. The command line clusters what an analysis needs.
     */
    @EventListener
    void onProjectionBuilt(ProjectionBuilt built) {
        if (environment.matchesProfiles("cli")) {
            return;
        }
        VillageCommunities c = new VillageCommunities(built.graph(), props.seed());
        cache.set(c);
        warmer.submit(() -> {
            long t0 = System.nanoTime();
            List<String> villages = c.villages();
            for (String village : villages) {
                if (cache.get() != c) {
                    return;
                }
                c.prepare(List.of(village));
            }
            log.info("Communities of {} villages ({} persons) clustered in {} ms", villages.size(),
                    built.graph().personCount(), (System.nanoTime() - t0) / 1_000_000);
        });
    }

    @PreDestroy
    void stop() {
        warmer.shutdownNow();
    }

    public List<LeadDraft> leads(List<Official> officials, RuleParameters params, Allocations allocations)
            throws InterruptedException {
        VillageCommunities communities = communities();
        List<Official> tested = officials.stream().filter(o -> !allocations.handled(o.id()).isEmpty()).toList();
        int[] vertices = tested.stream().mapToInt(o -> communities.graph().indexOf(o.id())).filter(v -> v >= 0).toArray();
        prepare(communities, List.copyOf(communities.villagesOf(vertices)), Math.max(1, props.threads()));
        Map<String, Set<String>> members = new HashMap<>();
        for (Official o : tested) {
            members.put(o.id(), community(communities, communities.graph().indexOf(o.id())));
        }
        return evaluate(communities, tested, allocations, Residents.count(cypher, tested, members), props.alpha(),
                props.minHits());
    }

    /** The ids of the persons in v's community, v left out; empty when v is not in the projection. */
    private static Set<String> community(VillageCommunities communities, int v) {
        Set<String> out = new HashSet<>();
        if (v >= 0) {
            for (int u : communities.communityOf(v)) {
                if (u != v) {
                    out.add(communities.graph().personId(u));
                }
            }
        }
        return out;
    }

    /** The communities of the current projection snapshot (built now if the command line has none yet). */
    private VillageCommunities communities() {
        PersonGraph g = projection.snapshot().orElseGet(() -> projection.refresh().join());
        VillageCommunities c = cache.get();
        if (c == null || c.graph() != g) {
            VillageCommunities fresh = new VillageCommunities(g, props.seed());
            c = cache.compareAndSet(c, fresh) ? fresh : cache.get();
        }
        return c;
    }

    /** Clusters the villages on {@code threads} threads, village i on thread i mod threads. */
    static void prepare(VillageCommunities communities, List<String> villages, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = first; i < villages.size(); i += threads) {
                        mine.add(villages.get(i));
                    }
                    communities.prepare(mine);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Community clustering failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Tests each allocator's community, grant-based only; the database-free part. */
    public static List<LeadDraft> evaluate(VillageCommunities communities, List<Official> officials,
            Allocations allocations, double alpha, int minHits) {
        return evaluate(communities, officials, allocations, Map.of(), alpha, minHits);
    }

    /**
     * Tests each allocator's community on grants ({@link Allocations#test}) and, where {@code residents}
     * has his margins, on residents ({@link Allocations#residentTest}); all p-values are corrected
     * together, and an official gets one lead, from his passing test with the lowest q.
     */
    public static List<LeadDraft> evaluate(VillageCommunities communities, List<Official> officials,
            Allocations allocations, Map<String, int[]> residents, double alpha, int minHits) {
        PersonGraph g = communities.graph();
        Hypergeometric h = new Hypergeometric();
        List<Allocations.CircleTest> tests = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        List<Boolean> byResidents = new ArrayList<>();
        for (Official o : officials) {
            int v = g.indexOf(o.id());
            if (v < 0 || allocations.handled(o.id()).isEmpty()) {
                continue;
            }
            Set<String> community = community(communities, v);
            List<GrantFact> population = allocations.population(o);
            Allocations.CircleTest t = Allocations.test(h, o.id(), population, community);
            if (t.testable(alpha, minHits)) {
                tests.add(t);
                sizes.add(community.size() + 1);
                byResidents.add(false);
            }
            int[] r = residents.get(o.id());
            if (r != null) {
                Allocations.CircleTest rt = Allocations.residentTest(h, o.id(), population, community, r[0], r[1]);
                if (rt.testable(alpha, minHits)) {
                    tests.add(rt);
                    sizes.add(community.size() + 1);
                    byResidents.add(true);
                }
            }
        }
        double[] q = BenjaminiHochberg.adjust(tests.stream().mapToDouble(Allocations.CircleTest::p).toArray());
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < tests.size(); i++) {
            Allocations.CircleTest t = tests.get(i);
            if (q[i] <= alpha && t.hitCount() >= minHits && t.lift() > 1) {
                Integer prior = best.get(t.officialId());
                if (prior == null || q[i] < q[prior]) {
                    best.put(t.officialId(), i);
                }
            }
        }
        List<LeadDraft> out = new ArrayList<>();
        for (int i : best.values()) {
            out.add(lead(tests.get(i), q[i], sizes.get(i), byResidents.get(i)));
        }
        return out;
    }

    private static LeadDraft lead(Allocations.CircleTest t, double q, int size, boolean byResidents) {
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
        Map<String, Object> stats = Map.of("community", Map.of("size", size, "k", t.hitCount(), "n", t.draws(),
                "K", t.marked(), "N", t.population(), "lift", t.lift(), "p", t.p(), "q", q,
                "test", byResidents ? "residents" : "grants"));
        Evidence evidence = new Evidence(List.copyOf(persons), grants, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, sentence, List.of("grants", "posts", "kinship", "acquaintances",
                        "shared identifiers"), stats);
        double score = Math.min(90, 45 + 10 * Math.log10(1 / Math.max(q, 1e-12)));
        String region = t.hits().isEmpty() ? "" : t.hits().get(0).regionCode();
        return new LeadDraft(RULE_ID, VERSION, TITLE, "MEDIUM", null, List.of(t.officialId()), t.officialId(), null,
                List.of(), score, region, evidence);
    }
}
