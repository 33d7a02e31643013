package org.favornet.kinship;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.favornet.graph.CypherRunner;
import org.favornet.graph.GraphChanged;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory {@link KinGraph} in step with Neo4j: built from two streamed queries
 * ({@code cypher/kinship/index_persons.cypher}, {@code index_ties.cypher}), marked stale by every
 * {@link GraphChanged} event and rebuilt by the next query (events during an import coalesce into
 * one rebuild). A rebuild is {@code O(n + m)}; queries keep reading the previous snapshot until the
 * new one is swapped in.
 */
@Component
public class KinGraphProjection {

    private static final Logger log = LoggerFactory.getLogger(KinGraphProjection.class);

    private final CypherRunner cypher;
    private final KinshipProperties props;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private volatile KinGraph current;
    private volatile boolean building;
    private volatile boolean eager;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kin-index-warm-up");
        t.setDaemon(true);
        return t;
    });

    KinGraphProjection(CypherRunner cypher, KinshipProperties props, ApplicationEventPublisher events) {
        this.cypher = cypher;
        this.props = props;
        this.events = events;
    }

    /**
     * The current snapshot, rebuilt first when the graph changed since it was taken; while a rebuild
     * runs (here or in the background) callers wait for it, so an answer never predates a change
     * that was committed before the question.
     */
    public KinGraph graph() {
        if (stale.get() || building || current == null) {
            KinGraph built = null;
            synchronized (this) {
                building = true; // before the flag is cleared, so a reader seeing it clear sees this
                try {
                    if (stale.getAndSet(false) || current == null) {
                        current = load();
                        built = current;
                    }
                } finally {
                    building = false;
                }
                if (built != null) {
                    events.publishEvent(new KinIndexBuilt(built));
                }
                return current;
            }
        }
        return current;
    }

    /**
     * Marks the index stale; the next query rebuilds it. In the service (after the warm-up) the
     * rebuild starts at once in the background, so the first question after an import does not wait
     * for it; changes arriving during a rebuild queue one more.
     */
    @EventListener
    public void onGraphChanged(GraphChanged event) {
        stale.set(true);
        if (eager && rebuildQueued.compareAndSet(false, true)) {
            rebuilder.submit(() -> {
                rebuildQueued.set(false);
                graph();
            });
        }
    }

    @EventListener
    void warmUp(ApplicationReadyEvent ready) {
        // Not for a command-line run: it builds on first use, and must not outlive a short command.
        boolean cli = ready.getApplicationContext().getEnvironment()
                .acceptsProfiles(org.springframework.core.env.Profiles.of("cli"));
        if (props.warmUp() && !cli) {
            eager = true;
            rebuilder.submit(this::graph);
        }
    }

    @PreDestroy
    void stop() {
        rebuilder.shutdownNow();
    }

    private KinGraph load() {
        long started = System.nanoTime();
        KinGraph.Builder b = KinGraph.builder();
        cypher.stream("kinship/index_persons.cypher", Map.of(), r -> b.person(
                r.get("id").asString(), r.get("name").asString(null), r.get("gender").asString(null),
                date(r.get("birthDate")), r.get("birthYear").isNull() ? null : r.get("birthYear").asInt(),
                r.get("regionCode").asString(null)));
        cypher.stream("kinship/index_ties.cypher", Map.of(), r -> b.tie(
                r.get("fromId").asString(), r.get("toId").asString(), type(r.get("type").asString()),
                r.get("kind").asString(null), r.get("basis").asString(null),
                r.get("provenance").isNull() ? List.of() : provenance(r.get("provenance"))));
        KinGraph g = b.build();
        log.info("Kin index: {} persons, {} ties in {} ms", g.size(), g.tieCount(),
                (System.nanoTime() - started) / 1_000_000);
        return g;
    }

    private static List<String> provenance(Value v) {
        try {
            return v.asList(Value::asString);
        } catch (RuntimeException e) {
            return List.of(v.asString());
        }
    }

    private static LocalDate date(Value v) {
        if (v.isNull()) {
            return null;
        }
        try {
            return v.asLocalDate();
        } catch (RuntimeException e) {
            try {
                return LocalDate.parse(v.asString());
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    private static byte type(String t) {
        return switch (t) {
            case "PARENT_OF" -> KinGraph.PARENT;
            case "SPOUSE_OF" -> KinGraph.SPOUSE;
            default -> KinGraph.SIBLING;
        };
    }
}
