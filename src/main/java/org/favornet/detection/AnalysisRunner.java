package org.favornet.detection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.favornet.detection.concentration.Allocations;
import org.favornet.detection.concentration.AllocatorCommunities;
import org.favornet.detection.concentration.AllocatorConcentration;
import org.favornet.detection.leads.LeadDraft;
import org.favornet.detection.leads.LeadStore;
import org.favornet.detection.rules.DetectionProperties;
import org.favornet.detection.rules.Official;
import org.favornet.detection.rules.Rule;
import org.favornet.detection.rules.RuleCatalog;
import org.favornet.detection.rules.RuleHit;
import org.favornet.detection.rules.RuleParameters;
import org.favornet.detection.rules.RuleRunner;
import org.favornet.graph.CypherRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs an analysis, stage by stage: (1) KIN_OF ties for the officials, (2) the LEAD rule files,
 * {@code threads} at a time,
 * (3) allocator concentration, (4) allocator communities, (5) leads stored (MERGE on key), (6) POST
 * rules (citizen tips). Progress, per-stage wall times and the heap peak go to the {@code Analysis}
 * node. Submitted runs go one at a time through a single worker thread; the CLI runs in its own.
 */
@Component
public class AnalysisRunner {

    private static final Logger log = LoggerFactory.getLogger(AnalysisRunner.class);

    private final CypherRunner cypher;
    private final OfficialKin kin;
    private final RuleCatalog catalog;
    private final RuleRunner rules;
    private final AllocatorConcentration concentration;
    private final AllocatorCommunities communities;
    private final LeadStore leads;
    private final DetectionProperties props;
    private final ObjectMapper json;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analysis");
        t.setDaemon(true);
        return t;
    });

    AnalysisRunner(CypherRunner cypher, OfficialKin kin, RuleCatalog catalog, RuleRunner rules,
            AllocatorConcentration concentration, AllocatorCommunities communities, LeadStore leads,
            DetectionProperties props, ObjectMapper json) {
        this.cypher = cypher;
        this.kin = kin;
        this.catalog = catalog;
        this.rules = rules;
        this.concentration = concentration;
        this.communities = communities;
        this.leads = leads;
        this.props = props;
        this.json = json;
    }

    /** Queues a run over these region prefixes; returns its id at once. */
    public String submit(AnalysisRequest request, List<String> regions, String requestedBy) {
        String id = create(request, regions, requestedBy);
        worker.submit(() -> {
            try {
                run(id, request, regions);
            } catch (RuntimeException e) {
                log.warn("Analysis {} failed", id, e);
            }
            return null;
        });
        return id;
    }

    /** Creates the Analysis node and runs at once in the calling thread (CLI, tests). */
    public AnalysisReport runNow(AnalysisRequest request, List<String> regions, String requestedBy) {
        return run(create(request, regions, requestedBy), request, regions);
    }

    /** The Analysis node as a map, if it exists. */
    public Optional<Map<String, Object>> status(String id) {
        return cypher.read("detection/analysis/get_analysis.cypher", Map.of("id", id),
                r -> r.get("analysis").asMap()).stream().findFirst().map(m -> {
                    Map<String, Object> out = new HashMap<>(m);
                    out.computeIfPresent("stages", (k, v) -> readJson(v.toString()));
                    out.computeIfPresent("params", (k, v) -> readJson(v.toString()));
                    return out;
                });
    }

    /** Parameters of the rules for a request. */
    public RuleParameters parameters(AnalysisRequest request, List<String> regions) {
        return new RuleParameters(request.scope() == null || request.scope().isBlank() ? props.scope() : request.scope(),
                regions, request.programs(), request.from(), request.to(), props.kickbackDays(),
                props.kickbackMinShare(), props.entitlementPrograms(), props.meansTestedPrograms(), props.moveDays(),
                props.tipBoost());
    }

    private String create(AnalysisRequest request, List<String> regions, String requestedBy) {
        String id = UUID.randomUUID().toString();
        cypher.write("detection/analysis/create_analysis.cypher", Map.of("id", id, "params", writeJson(request),
                "regions", regions, "requestedBy", requestedBy));
        return id;
    }

    AnalysisReport run(String id, AnalysisRequest request, List<String> regions) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        RuleParameters params = parameters(request, regions);
        List<AnalysisReport.Stage> stages = new ArrayList<>();
        List<Rule> leadRules = catalog.rules().stream().filter(r -> r.phase() == Rule.Phase.LEAD).toList();
        List<Rule> postRules = catalog.rules().stream().filter(r -> r.phase() == Rule.Phase.POST).toList();
        int total = 4 + leadRules.size() + postRules.size();
        List<LeadDraft> drafts = new ArrayList<>();
        try {
            progress(id, "RUNNING", 0, "kin", stages, heap, 0, null);
            List<Official> officials = timed(stages, "kin:officials", () -> kin.officials(params.regions()), List::size);
            List<String> ids = officials.stream().map(Official::id).toList();
            timed(stages, "kin:materialise", () -> kin.materialise(ids), n -> n);
            progress(id, "RUNNING", 1.0 / total, "rules", stages, heap, 0, null);
            drafts.addAll(runRules(leadRules, params, stages));
            int done = 1 + leadRules.size();
            progress(id, "RUNNING", (double) done++ / total, "concentration", stages, heap, 0, null);
            Allocations allocations = timed(stages, "grants", () -> concentration.allocations(params), a -> 0L);
            drafts.addAll(timed(stages, "concentration", () -> concentration.leads(officials, params, allocations), List::size));
            progress(id, "RUNNING", (double) done++ / total, "communities", stages, heap, 0, null);
            drafts.addAll(timed(stages, "communities", () -> communities.leads(officials, params, allocations), List::size));
            progress(id, "RUNNING", (double) done++ / total, "leads", stages, heap, 0, null);
            int count = timed(stages, "leads", () -> leads.save(drafts, id), n -> n);
            for (Rule rule : postRules) {
                progress(id, "RUNNING", (double) done++ / total, "post:" + rule.id(), stages, heap, count, null);
                timed(stages, "post:" + rule.id(), () -> rules.post(rule, params), n -> n);
            }
            progress(id, "DONE", 1.0, null, stages, heap, count, null);
            return new AnalysisReport(id, count, List.copyOf(stages), (System.nanoTime() - started) / 1_000_000,
                    peak(heap));
        } catch (Exception e) {
            progress(id, "FAILED", 1.0, null, stages, heap, 0, e.getMessage());
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The LEAD rules, {@code threads} at a time: each is one read transaction, and Neo4j runs one query
     * on one core, so independent rules in parallel use the cores the database has. Hits keep rule order.
     */
    private List<LeadDraft> runRules(List<Rule> leadRules, RuleParameters params, List<AnalysisReport.Stage> stages)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, props.threads()));
        try {
            List<java.util.concurrent.Future<List<RuleHit>>> futures = new ArrayList<>();
            List<AnalysisReport.Stage> ruleStages = java.util.Collections.synchronizedList(new ArrayList<>());
            for (Rule rule : leadRules) {
                futures.add(pool.submit(() -> timed(ruleStages, "rule:" + rule.id(), () -> rules.hits(rule, params), List::size)));
            }
            List<LeadDraft> out = new ArrayList<>();
            for (int i = 0; i < leadRules.size(); i++) {
                Rule rule = leadRules.get(i);
                try {
                    futures.get(i).get().forEach(h -> out.add(LeadDraft.of(rule, h, params.scope())));
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("Rule " + rule.id() + " failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
            ruleStages.sort(java.util.Comparator.comparing(AnalysisReport.Stage::name));
            stages.addAll(ruleStages);
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> T timed(List<AnalysisReport.Stage> stages, String name, Callable<T> work,
            java.util.function.ToLongFunction<T> items) throws Exception {
        long t0 = System.nanoTime();
        T result = work.call();
        stages.add(new AnalysisReport.Stage(name, (System.nanoTime() - t0) / 1_000_000, items.applyAsLong(result)));
        return result;
    }

    private void progress(String id, String status, double progress, String stage, List<AnalysisReport.Stage> stages,
            List<MemoryPoolMXBean> heap, int leadCount, String error) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("status", status);
        p.put("progress", progress);
        p.put("stage", stage);
        p.put("stages", writeJson(stages));
        p.put("peakHeapBytes", peak(heap));
        p.put("leadCount", leadCount);
        p.put("error", error);
        cypher.write("detection/analysis/update_analysis.cypher", p);
    }

    private static long peak(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getPeakUsage() == null ? 0 : p.getPeakUsage().getUsed()).sum();
    }

    private String writeJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object readJson(String text) {
        try {
            return json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
