package org.favornet.detection.concentration;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.favornet.detection.leads.LeadDraft;
import org.favornet.detection.rules.DetectionProperties;
import org.favornet.detection.rules.Official;
import org.favornet.detection.rules.RuleParameters;
import org.favornet.graph.CypherRunner;
import org.favornet.projection.LiveProjection;
import org.favornet.projection.PersonGraph;
import org.favornet.projection.ProjectionBuilt;
import org.favornet.graph.TieKind;
import org.favornet.projection.TieType;
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
 * grants, three tests: his own community tested like a circle, on grants ({@link Allocations#test}: is
 * the share of his grants going into it above the community's share of his population?) and on
 * residents ({@link Allocations#residentTest}); and the density of his grantees inside his ego network
 * ({@link EgoNetworkDensity}: are the grantees who are his contacts tied to each other more than a
 * random draw of residents would be?). Membership alone is weak where a village is small (a community
 * of 30 is 8 % of a village of 400, so five grantees in it is not rare), while a circle of mutual ties
 * holding him and several grantees almost never arises by chance. The p-values of all three are adjusted
 * together with {@link BenjaminiHochberg}; a lead needs q <= alpha, k >= minHits grants, lift > 1, and
 * an official gets one lead, from his passing test with the lowest q.
 */
@Component
public class AllocatorCommunities {

    private static final Logger log = LoggerFactory.getLogger(AllocatorCommunities.class);
    public static final String RULE_ID = "comm_011";
    static final int VERSION = 3;
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
        PersonGraph g = communities.graph();
        List<Official> tested = officials.stream().filter(o -> !allocations.handled(o.id()).isEmpty()).toList();
        int[] vertices = tested.stream().mapToInt(o -> g.indexOf(o.id())).filter(v -> v >= 0).toArray();
        prepare(communities, List.copyOf(communities.villagesOf(vertices)), Math.max(1, props.threads()));
        // everyone whose residence a test needs: the officials, their communities, contacts and grantees
        Set<String> persons = new HashSet<>();
        for (Official o : tested) {
            int v = g.indexOf(o.id());
            persons.add(o.id());
            persons.addAll(community(communities, v));
            persons.addAll(contacts(g, v));
            allocations.handled(o.id()).forEach(grant -> persons.add(grant.beneficiaryId()));
        }
        return evaluate(communities, tested, allocations, Residents.read(cypher, tested, persons),
                new Settings(props.alpha(), props.minHits(), props.seed(), props.permutations()));
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

    /**
     * Ties of the density test: kinship, acquaintance, a shared phone or address. A shared account is
     * left out: the projection derives it from the grants' payments (beneficiaries paid into one
     * account), so it is made by the allocation under test, not a tie the permutation may hold fixed.
     */
    static boolean densityTie(TieType type) {
        return type.kind() == TieKind.KIN || type == TieType.KNOWS || type == TieType.SHARES_PHONE
                || type == TieType.SHARES_ADDRESS;
    }

    /** The ids of v's contacts (density ties), v left out; empty when v is not in the projection. */
    static Set<String> contacts(PersonGraph g, int v) {
        Set<String> out = new HashSet<>();
        if (v >= 0) {
            for (int s = g.firstSlot(v), end = g.endSlot(v); s < end; s++) {
                int u = g.slotTarget(s);
                if (u != v && densityTie(g.type(g.slotEdge(s)))) {
                    out.add(g.personId(u));
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

    /**
     * What the tests are run with.
     *
     * @param seed mixed with each official's id to seed his permutation draws
     * @param permutations most permutation draws of one density test; 0 leaves the density test out
     */
    record Settings(double alpha, int minHits, long seed, long permutations) {}

    /** Tests each allocator's community, grant-based only; the database-free part. */
    public static List<LeadDraft> evaluate(VillageCommunities communities, List<Official> officials,
            Allocations allocations, double alpha, int minHits) {
        return evaluate(communities, officials, allocations, Residents.NONE, new Settings(alpha, minHits, 0, 0));
    }

    /**
     * Tests each allocator's community on grants ({@link Allocations#test}) and, where {@code residents}
     * knows his jurisdiction, on residents ({@link Allocations#residentTest}), and the ties among his
     * grantees inside his ego network ({@link EgoNetworkDensity}); all p-values are corrected together,
     * and an official gets one lead, from his passing test with the lowest q.
     */
    static List<LeadDraft> evaluate(VillageCommunities communities, List<Official> officials,
            Allocations allocations, Residents residents, Settings settings) {
        PersonGraph g = communities.graph();
        Hypergeometric h = new Hypergeometric();
        List<Candidate> tests = new ArrayList<>();
        int[] counts = new int[3];
        long draws = 0;
        long densityNanos = 0;
        for (Official o : officials) {
            int v = g.indexOf(o.id());
            if (v < 0 || allocations.handled(o.id()).isEmpty()) {
                continue;
            }
            Set<String> community = community(communities, v);
            int size = community.size() + 1;
            List<GrantFact> population = allocations.population(o);
            Allocations.CircleTest t = Allocations.test(h, o.id(), population, community);
            if (t.testable(settings.alpha(), settings.minHits())) {
                tests.add(Candidate.of(t, q -> CommunityLeads.membership(t, q, size, false)));
                counts[0]++;
            }
            if (!residents.known()) {
                continue;
            }
            int[] r = residents.margins(o, community);
            Allocations.CircleTest rt = Allocations.residentTest(h, o.id(), population, community, r[0], r[1]);
            if (rt.testable(settings.alpha(), settings.minHits())) {
                tests.add(Candidate.of(rt, q -> CommunityLeads.membership(rt, q, size, true)));
                counts[1]++;
            }
            Ego ego = settings.permutations() > 0 ? ego(g, o, v, residents, allocations.handled(o.id())) : null;
            if (ego != null && ego.density().testable()) {
                long t0 = System.nanoTime();
                EgoNetworkDensity.Result result = ego.density().test(ego.granted(), settings.seed() ^ o.id().hashCode(),
                        settings.permutations(), h);
                densityNanos += System.nanoTime() - t0;
                draws += result.draws();
                counts[2]++;
                List<GrantFact> hits = ego.hits(result.tiedPairs() == 0 ? Set.of() : ego.tiedGrantees());
                tests.add(new Candidate(o.id(), result.p(), hits.size(), result.lift(),
                        q -> CommunityLeads.density(o.id(), ego, result, hits, q)));
            }
        }
        double[] q = BenjaminiHochberg.adjust(tests.stream().mapToDouble(Candidate::p).toArray());
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < tests.size(); i++) {
            Candidate t = tests.get(i);
            if (q[i] <= settings.alpha() && t.hitCount() >= settings.minHits() && t.lift() > 1) {
                Integer prior = best.get(t.officialId());
                if (prior == null || q[i] < q[prior]) {
                    best.put(t.officialId(), i);
                }
            }
        }
        List<LeadDraft> out = new ArrayList<>();
        for (int i : best.values()) {
            out.add(tests.get(i).lead().apply(q[i]));
        }
        log.info("Community tests: {} on grants, {} on residents, {} of density ({} permutation draws in {} ms); {} leads",
                counts[0], counts[1], counts[2], draws, densityNanos / 1_000_000, out.size());
        return out;
    }

    /** One test of one official, with what a lead needs and how to write it once its q is known. */
    private record Candidate(String officialId, double p, int hitCount, double lift,
            java.util.function.DoubleFunction<LeadDraft> lead) {

        static Candidate of(Allocations.CircleTest t, java.util.function.DoubleFunction<LeadDraft> lead) {
            return new Candidate(t.officialId(), t.p(), t.hitCount(), t.lift(), lead);
        }
    }

    /**
     * An official's ego network in the frame of the density test: the frame is the living residents of
     * his jurisdictions and his grantees (wherever they live), him left out; his contacts in it are
     * numbered in id order.
     */
    record Ego(EgoNetworkDensity density, int frame, int grantees, List<String> contactIds, int[] granted,
            Map<String, List<GrantFact>> grantsTo, List<int[]> pairs) {

        /** The persons of the tied pairs among his grantees who are his contacts. */
        Set<String> tiedGrantees() {
            Set<Integer> granted = new HashSet<>();
            for (int c : this.granted) {
                granted.add(c);
            }
            Set<String> out = new java.util.TreeSet<>();
            for (int[] pair : pairs) {
                if (granted.contains(pair[0]) && granted.contains(pair[1])) {
                    out.add(contactIds.get(pair[0]));
                    out.add(contactIds.get(pair[1]));
                }
            }
            return out;
        }

        /** His grants to these persons. */
        List<GrantFact> hits(Set<String> persons) {
            List<GrantFact> out = new ArrayList<>();
            for (String p : persons) {
                out.addAll(grantsTo.getOrDefault(p, List.of()));
            }
            return out;
        }
    }

    private static Ego ego(PersonGraph g, Official o, int v, Residents residents, List<GrantFact> handled) {
        Map<String, List<GrantFact>> grantsTo = new LinkedHashMap<>();
        for (GrantFact grant : handled) {
            if (!grant.beneficiaryId().equals(o.id())) {
                grantsTo.computeIfAbsent(grant.beneficiaryId(), k -> new ArrayList<>()).add(grant);
            }
        }
        int frame = residents.living(o) - (residents.livesIn(o, o.id()) ? 1 : 0);
        for (String b : grantsTo.keySet()) {
            frame += residents.livesIn(o, b) ? 0 : 1;
        }
        List<String> contactIds = contacts(g, v).stream()
                .filter(id -> residents.livesIn(o, id) || grantsTo.containsKey(id)).sorted().toList();
        Map<Integer, Integer> number = new HashMap<>();
        for (int i = 0; i < contactIds.size(); i++) {
            number.put(g.indexOf(contactIds.get(i)), i);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < contactIds.size(); i++) {
            int u = g.indexOf(contactIds.get(i));
            for (int s = g.firstSlot(u), end = g.endSlot(u); s < end; s++) {
                Integer j = number.get(g.slotTarget(s));
                if (j != null && j > i && densityTie(g.type(g.slotEdge(s)))) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        int[] granted = java.util.stream.IntStream.range(0, contactIds.size())
                .filter(i -> grantsTo.containsKey(contactIds.get(i))).toArray();
        // nested or repeated jurisdictions could undercount the frame; it always holds his draw
        frame = Math.max(frame, Math.max(grantsTo.size(), contactIds.size()));
        EgoNetworkDensity density = new EgoNetworkDensity(frame, grantsTo.size(), contactIds.size(),
                pairs.toArray(int[][]::new));
        return new Ego(density, frame, grantsTo.size(), contactIds, granted, grantsTo, pairs);
    }
}
