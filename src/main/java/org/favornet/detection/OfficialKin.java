package org.favornet.detection;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.favornet.detection.rules.DetectionProperties;
import org.favornet.detection.rules.Official;
import org.favornet.graph.CypherRunner;
import org.favornet.kinship.KinIndexBuilt;
import org.favornet.kinship.KinTie;
import org.favornet.kinship.KinshipQueries;
import org.favornet.kinship.Relation;
import org.favornet.projection.LiveProjection;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Analysis stage 1: materialises, for every official, his relatives in each configured scope as
 * {@code (official)-[:KIN_OF {scopes, chain, termEn, termZh, degree, path, provenance}]->(relative)}
 * so the rules can join on them with index-free adjacency. Uses {@link KinshipQueries#relativesOf}
 * (the kinship engine). Officials go in
 * bounded batches on a small pool; the difference to what is stored is written by one writer.
 */
@Component
public class OfficialKin {

    private static final Logger log = LoggerFactory.getLogger(OfficialKin.class);

    private final CypherRunner cypher;
    private final KinshipQueries kinship;
    private final DetectionProperties props;
    private final Environment environment;
    /** Relatives per official, valid for the index {@link #cachedFor}. */
    private final Map<String, List<KinOf>> cached = new ConcurrentHashMap<>();
    private volatile Object cachedFor;
    /** Officials whose ties this process wrote from the index {@link #writtenFor}. */
    private final Set<String> written = new HashSet<>();
    /** Told when {@code KIN_OF} writes may have raced a projection build (see {@link LiveProjection#sideWriteStarting()}). */
    private final LiveProjection projection;
    private Object writtenFor;
    private final Object writing = new Object();
    private final ExecutorService warmer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kin-of-warm-up");
        t.setDaemon(true);
        return t;
    });

    OfficialKin(CypherRunner cypher, KinshipQueries kinship, DetectionProperties props,
            Environment environment, LiveProjection projection) {
        this.cypher = cypher;
        this.projection = projection;
        this.kinship = kinship;
        this.props = props;
        this.environment = environment;
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

    /**
     * Brings the KIN_OF ties of these officials up to date; returns how many ties they have. Relatives
     * are found batch by batch on {@code threads} threads (reads only); then the stored ties are
     * compared by digest and only the difference is written, by one writer (two officials share
     * relatives, and creating a relationship locks both its nodes, so concurrent writers would
     * deadlock). A second analysis of unchanged data writes nothing.
     */
    public long materialise(List<String> officialIds) throws InterruptedException {
        synchronized (writing) {
            Object token = kinship.indexToken();
            if (token != null && token == writtenFor && written.containsAll(officialIds)) {
                // this process wrote these officials' ties from this very index: nothing can differ
                long n = 0;
                for (String id : officialIds) {
                    n += cached.getOrDefault(id, List.of()).size();
                }
                return n;
            }
            long n = write(officialIds, token);
            if (token != null) {
                if (token != writtenFor) {
                    written.clear();
                }
                writtenFor = token;
                written.addAll(officialIds);
            }
            return n;
        }
    }

    /**
     * In the service, after every kin index build: brings the KIN_OF ties of all officials up to date
     * in the background, so the first analysis after a load finds them written.
     */
    @EventListener
    void onKinIndexBuilt(KinIndexBuilt built) {
        if (!props.warmUp() || environment.matchesProfiles("cli")) {
            return;
        }
        warmer.submit(() -> {
            try {
                materialise(officials(List.of("")).stream().map(Official::id).toList());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Background KIN_OF materialisation failed; the next analysis retries: {}", e.getMessage());
            }
            return null;
        });
    }

    @PreDestroy
    void stop() {
        warmer.shutdownNow();
    }

    private long write(List<String> officialIds, Object token) throws InterruptedException {
        long t0 = System.nanoTime();
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < officialIds.size(); i += props.batchSize()) {
            batches.add(officialIds.subList(i, Math.min(officialIds.size(), i + props.batchSize())));
        }
        Map<String, KinOf> wanted = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, props.threads()));
        try {
            List<Future<List<KinOf>>> found = new ArrayList<>();
            for (List<String> batch : batches) {
                found.add(pool.submit(() -> relatives(batch, token)));
            }
            for (Future<List<KinOf>> f : found) {
                for (KinOf k : f.get()) {
                    wanted.put(k.officialId() + "\u0000" + k.relativeId(), k);
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Kin materialisation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long t1 = System.nanoTime();
        Map<String, String> stored = new HashMap<>();
        for (int i = 0; i < officialIds.size(); i += 1000) {
            cypher.read("detection/kin/existing_kin_of.cypher",
                    Map.of("officialIds", officialIds.subList(i, Math.min(officialIds.size(), i + 1000))), r -> {
                        Value digest = r.get("digest");
                        stored.put(r.get("officialId").asString() + "\u0000" + r.get("relativeId").asString(),
                                digest.isNull() ? "" : digest.asString());
                        return null;
                    });
        }
        List<Map<String, Object>> removed = new ArrayList<>();
        stored.forEach((key, digest) -> {
            if (!wanted.containsKey(key)) {
                int cut = key.indexOf('\u0000');
                removed.add(Map.of("officialId", key.substring(0, cut), "relativeId", key.substring(cut + 1)));
            }
        });
        List<Map<String, Object>> written = new ArrayList<>();
        wanted.forEach((key, tie) -> {
            if (!tie.digest().equals(stored.get(key))) {
                written.add(tie.row());
            }
        });
        long t2 = System.nanoTime();
        long mark = removed.isEmpty() && written.isEmpty() ? 0 : projection.sideWriteStarting();
        for (int i = 0; i < removed.size(); i += 5000) {
            cypher.write("detection/kin/delete_kin_of_pairs.cypher",
                    Map.of("pairs", removed.subList(i, Math.min(removed.size(), i + 5000))));
        }
        for (int i = 0; i < written.size(); i += 5000) {
            cypher.write("detection/kin/write_kin_of.cypher",
                    Map.of("rows", written.subList(i, Math.min(written.size(), i + 5000))));
        }
        if (!removed.isEmpty() || !written.isEmpty()) {
            projection.sideWriteDone(mark);
        }
        long t3 = System.nanoTime();
        log.info("KIN_OF of {} officials: {} ties ({} written, {} removed, {} unchanged); relatives {} ms, "
                + "compare {} ms, write {} ms", officialIds.size(), wanted.size(), written.size(), removed.size(),
                wanted.size() - written.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        return wanted.size();
    }

    /**
     * The scopes KIN_OF ties are written for: the configured ones the engine knows (all the engine's
     * when it knows none of them, so differing names never silently empty the ties).
     */
    public List<String> scopes() {
        List<String> known = kinship.scopes();
        List<String> wanted = props.scopes().stream().filter(known::contains).toList();
        return wanted.isEmpty() ? List.copyOf(known) : wanted;
    }

    /** The batch's ties, from the per-index cache where this index already answered. */
    private List<KinOf> relatives(List<String> batch, Object token) {
        synchronized (cached) {
            if (token == null || token != cachedFor) {
                cached.clear();
                cachedFor = token;
            }
        }
        List<String> missing = batch.stream().filter(id -> !cached.containsKey(id)).toList();
        Map<String, List<KinOf>> fresh = new HashMap<>();
        for (KinOf k : fromEngine(kinship, missing)) {
            fresh.computeIfAbsent(k.officialId(), x -> new ArrayList<>()).add(k);
        }
        if (token != null) {
            missing.forEach(id -> cached.put(id, List.copyOf(fresh.getOrDefault(id, List.of()))));
        }
        List<KinOf> out = new ArrayList<>();
        for (String id : batch) {
            out.addAll(token != null ? cached.get(id) : fresh.getOrDefault(id, List.of()));
        }
        return out;
    }

    private List<KinOf> fromEngine(KinshipQueries engine, List<String> batch) {
        List<String> wanted = scopes();
        List<KinOf> out = new ArrayList<>();
        for (String official : batch) {
            Map<String, KinOf> best = new LinkedHashMap<>();
            Map<String, TreeSet<String>> scopes = new LinkedHashMap<>();
            for (Relation rel : engine.relativesOfAny(official, wanted)) {
                KinOf tie = fromRelation(official, rel);
                scopes.computeIfAbsent(rel.toId(), k -> new TreeSet<>()).addAll(rel.scopes());
                if (!best.containsKey(rel.toId()) || tie.closerThan(best.get(rel.toId()))) {
                    best.put(rel.toId(), tie);
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
