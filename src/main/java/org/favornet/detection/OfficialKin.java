package org.favornet.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.favornet.graph.CypherRunner;
import org.favornet.kinship.KinTie;
import org.favornet.kinship.KinshipQueries;
import org.favornet.kinship.Relation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Analysis stage 1: materialises, for every official, his relatives in each configured scope as
 * {@code (official)-[:KIN_OF {scopes, chain, termEn, termZh, degree, path, provenance}]->(relative)}
 * so the rules can join on them with index-free adjacency. Uses {@link KinshipQueries#relativesOf}
 * when the kinship engine is present, else the Cypher fallback {@link KinOfOfficials}. Officials go in
 * bounded batches on a small pool; each batch replaces its officials' ties in two transactions.
 */
@Component
public class OfficialKin {

    private final CypherRunner cypher;
    private final ObjectProvider<KinshipQueries> kinship;
    private final DetectionProperties props;
    private final KinOfOfficials fallback;

    OfficialKin(CypherRunner cypher, ObjectProvider<KinshipQueries> kinship, DetectionProperties props) {
        this.cypher = cypher;
        this.kinship = kinship;
        this.props = props;
        this.fallback = new KinOfOfficials(cypher);
    }

    /** Officials whose posts overlap the regions (region-code prefixes). */
    public List<Official> officials(List<String> regions) {
        return cypher.read("detection/officials.cypher", Map.of("regions", regions), r -> {
            Set<String> programs = new TreeSet<>();
            boolean all = false;
            for (List<String> list : r.get("programLists").asList(v -> v.asList(x -> x.asString()))) {
                all |= list.isEmpty();
                programs.addAll(list);
            }
            return new Official(r.get("officialId").asString(), all ? Set.of() : programs,
                    r.get("jurisdictions").asList(v -> v.asString()));
        });
    }

    /** Replaces the KIN_OF ties of these officials; returns how many ties were written. */
    public long materialise(List<String> officialIds) throws InterruptedException {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < officialIds.size(); i += props.batchSize()) {
            batches.add(officialIds.subList(i, Math.min(officialIds.size(), i + props.batchSize())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, props.threads()));
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (List<String> batch : batches) {
                done.add(pool.submit(() -> writeBatch(batch)));
            }
            long total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            return total;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kin materialisation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The scopes KIN_OF ties are written for: the configured ones the engine knows (all the engine's
     * when it knows none of them, so differing names never silently empty the ties); the fallback's
     * three statutory scopes without the engine.
     */
    public List<String> scopes() {
        KinshipQueries engine = kinship.getIfAvailable();
        if (engine == null) {
            return List.of(KinChain.NEAR, KinChain.RECUSAL, KinChain.FILING);
        }
        List<String> known = engine.scopes();
        List<String> wanted = props.scopes().stream().filter(known::contains).toList();
        return wanted.isEmpty() ? List.copyOf(known) : wanted;
    }

    /** True when the kinship engine names relations; false while the Cypher fallback stands in. */
    public boolean usesKinshipEngine() {
        return kinship.getIfAvailable() != null;
    }

    private int writeBatch(List<String> batch) {
        KinshipQueries engine = kinship.getIfAvailable();
        List<KinOf> ties = engine == null ? fallback.relatives(batch) : fromEngine(engine, batch);
        cypher.write("detection/kin/delete_kin_of.cypher", Map.of("officialIds", batch));
        List<Map<String, Object>> rows = ties.stream().map(KinOf::row).toList();
        for (int i = 0; i < rows.size(); i += 5000) {
            cypher.write("detection/kin/write_kin_of.cypher", Map.of("rows", rows.subList(i, Math.min(rows.size(), i + 5000))));
        }
        return ties.size();
    }

    private List<KinOf> fromEngine(KinshipQueries engine, List<String> batch) {
        List<String> wanted = scopes();
        List<KinOf> out = new ArrayList<>();
        for (String official : batch) {
            Map<String, KinOf> best = new LinkedHashMap<>();
            Map<String, TreeSet<String>> scopes = new LinkedHashMap<>();
            for (String scope : wanted) {
                for (Relation rel : engine.relativesOf(official, scope)) {
                    KinOf tie = fromRelation(official, rel);
                    TreeSet<String> s = scopes.computeIfAbsent(rel.toId(), k -> new TreeSet<>());
                    s.add(scope);
                    s.addAll(rel.scopes());
                    if (!best.containsKey(rel.toId()) || tie.closerThan(best.get(rel.toId()))) {
                        best.put(rel.toId(), tie);
                    }
                }
            }
            best.forEach((id, t) -> out.add(new KinOf(t.officialId(), id, List.copyOf(scopes.get(id)), t.chain(),
                    t.termEn(), t.termZh(), t.degree(), t.blood(), t.path(), t.provenance())));
        }
        return out;
    }

    private static KinOf fromRelation(String official, Relation rel) {
        List<String> path = new ArrayList<>();
        List<String> provenance = new ArrayList<>();
        path.add(official);
        for (KinTie t : rel.ties()) {
            path.add(t.toId());
            if (t.provenance() != null) {
                provenance.addAll(t.provenance());
            }
        }
        if (path.size() == 1) {
            path.add(rel.toId());
        }
        return new KinOf(official, rel.toId(), List.copyOf(rel.scopes()), rel.chain(), rel.termEn(), rel.termZh(),
                rel.degree(), rel.blood(), path, provenance);
    }
}
