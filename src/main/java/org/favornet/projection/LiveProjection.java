package org.favornet.projection;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.favornet.graph.GraphChanged;
import org.favornet.web.ApiProblem;
import org.favornet.web.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The current projection. Built in a background thread once the application is ready (so
 * start-up is not blocked; until then {@link #current()} answers 503 "projection loading") and
 * rebuilt after every {@link GraphChanged}: the new snapshot is swapped in atomically while
 * readers keep the old one, and {@link ProjectionBuilt} announces it (for caches derived from it). Changes arriving during a build queue exactly one more build. The
 * command line ({@code cli} profile) does not build at start; commands that need it call
 * {@link #refresh()}.
 */
@Component
public class LiveProjection {

    private static final Logger log = LoggerFactory.getLogger(LiveProjection.class);

    private final ProjectionLoader loader;
    private final Environment environment;
    private static final String BUILDER_THREAD = "projection-build";

    private final AtomicReference<PersonGraph> current = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicLong versions = new AtomicLong();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, BUILDER_THREAD);
        t.setDaemon(true);
        return t;
    });
    private volatile CompletableFuture<PersonGraph> pending = CompletableFuture.completedFuture(null);
    /** Builds started so far, and whether one is reading now: see {@link #sideWriteStarting()}. */
    private final AtomicLong buildsStarted = new AtomicLong();
    private volatile boolean building;
    private volatile String failure;
    /** Set when the application stops: a build interrupted by it has not failed. */
    private volatile boolean stopping;

    private final ApplicationEventPublisher events;

    LiveProjection(ProjectionLoader loader, Environment environment, ApplicationEventPublisher events) {
        this.loader = loader;
        this.environment = environment;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!environment.matchesProfiles("cli")) {
            refresh();
        }
    }

    /**
     * Rebuilds after a change. A command (profile {@code cli}) rebuilds only a projection it has
     * built or asked for: after an import nothing in the process reads it, and the service builds
     * its own at start.
     */
    @EventListener
    void onGraphChanged(GraphChanged event) {
        if (environment.matchesProfiles("cli") && current.get() == null && pending.isDone()) {
            return;
        }
        log.debug("Graph changed ({}); rebuilding the projection", event.kinds());
        refresh();
    }

    /** Schedules a rebuild unless one is already waiting; completes with the snapshot that build swapped in. */
    public CompletableFuture<PersonGraph> refresh() {
        synchronized (queued) {
            if (!queued.compareAndSet(false, true)) {
                return pending;
            }
            pending = CompletableFuture.supplyAsync(() -> {
                queued.set(false); // a change arriving from now on needs another build
                building = true;
                buildsStarted.incrementAndGet();
                try {
                    PersonGraph built = loader.load(versions.incrementAndGet());
                    current.set(built);
                    failure = null;
                    events.publishEvent(new ProjectionBuilt(built));
                    return built;
                } catch (RuntimeException e) {
                    failure = e.getMessage();
                    if (stopping) {
                        log.info("Projection build abandoned: the application is stopping");
                        throw e;
                    }
                    log.error("Projection build failed; keeping the previous snapshot", e);
                    throw e;
                } finally {
                    building = false;
                }
            }, builder);
            return pending;
        }
    }

    /**
     * Call before writing relationships to persons outside an import (the officials' {@code KIN_OF}
     * ties), and pass the result to {@link #sideWriteDone(long)} after. Such ties are not projected,
     * but Neo4j reads a node's relationships under read-committed isolation, and a build reading
     * the same persons while they are written can miss ties it should have read (measured: 1 to 3
     * of 3.79 M on the 1M county, when the first start wrote 181,092 {@code KIN_OF} ties beside
     * the first build). So the write first waits for a running build (up to {@code maxWait}); a
     * build that still overlaps the write (it started meanwhile, or the wait ran out) is followed
     * by one more. Rebuilding after every overlap instead cost a second full build (110 s on two
     * cores) on each first start, which ran beside the first analyses and made them 1.5x slower.
     * Imports need none of this: every import is followed by a rebuild.
     */
    public long sideWriteStarting(Duration maxWait) {
        if (building && !Thread.currentThread().getName().equals(BUILDER_THREAD)) {
            try {
                pending.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // failed or still running: the mark below makes sideWriteDone queue a build
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return building ? -1 : buildsStarted.get();
    }

    /** {@link #sideWriteStarting(Duration)} waiting up to 10 minutes for a running build. */
    public long sideWriteStarting() {
        return sideWriteStarting(Duration.ofMinutes(10));
    }

    /** Queues one more build when a build ran at any time during the write that began with {@code mark}. */
    public void sideWriteDone(long mark) {
        if (mark < 0 || building || buildsStarted.get() != mark) {
            log.info("Relationships were written to persons while the projection was being built; rebuilding it");
            refresh();
        }
    }

    /** The snapshot to answer from; 503 while the first build runs. */
    public PersonGraph current() {
        PersonGraph g = current.get();
        if (g == null) {
            throw new ApiProblem(ProblemKind.PROJECTION_LOADING, failure == null
                    ? "problem.detail.projection-loading" : "problem.detail.projection-failed");
        }
        return g;
    }

    public Optional<PersonGraph> snapshot() {
        return Optional.ofNullable(current.get());
    }

    /** Waits until no build is running or queued (tests, benchmarks); returns the current snapshot, null before the first. */
    public PersonGraph awaitIdle(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            CompletableFuture<PersonGraph> f = pending;
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException failed) {
                // the failure is logged; the previous snapshot stays
            }
            if (f == pending && !queued.get()) {
                return current.get();
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
        builder.shutdownNow();
    }
}
