package org.favornet.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.favornet.graph.GraphChanged;
import org.favornet.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.env.MockEnvironment;

/** The live projection's life cycle, with a loader the test holds back. */
class LiveProjectionTest {

    /** Builds a one-person graph per call, each waiting for the test to let it finish. */
    static final class HeldLoader extends ProjectionLoader {
        final AtomicInteger builds = new AtomicInteger();
        volatile CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);

        HeldLoader() {
            super(null);
        }

        @Override
        public PersonGraph load(long version) {
            builds.incrementAndGet();
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new PersonGraphBuilder().person("p" + version, null, null, 0).build(version);
        }
    }

    @Test
    void answers503ProjectionLoadingUntilTheFirstBuildIsDoneThenServesIt() throws Exception {
        HeldLoader loader = new HeldLoader();
        LiveProjection live = new LiveProjection(loader, new MockEnvironment(), e -> { });
        live.onReady();
        loader.started.await(10, TimeUnit.SECONDS);
        assertThatThrownBy(live::current).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(p.kind()).isEqualTo(org.favornet.web.ProblemKind.PROJECTION_LOADING);
        });
        loader.release.countDown();
        assertThat(live.awaitIdle(Duration.ofSeconds(10)).personId(0)).isEqualTo("p1");
        live.stop();
    }

    @Test
    void readersKeepTheOldSnapshotDuringARebuildAndChangesDuringABuildQueueExactlyOneMore() throws Exception {
        HeldLoader loader = new HeldLoader();
        LiveProjection live = builtOnce(loader);
        assertThat(live.current().version()).isEqualTo(1);

        holdNextBuild(loader, () -> live.onGraphChanged(new GraphChanged(Set.of("persons"))));
        // build 2 is running: three more changes queue one build, not three
        live.onGraphChanged(new GraphChanged(Set.of("persons")));
        live.onGraphChanged(new GraphChanged(Set.of("kinship")));
        live.onGraphChanged(new GraphChanged(Set.of("kinship")));
        assertThat(live.current().version()).isEqualTo(1);
        loader.release.countDown();
        PersonGraph last = live.awaitIdle(Duration.ofSeconds(10));
        assertThat(loader.builds.get()).isEqualTo(3);
        assertThat(last.version()).isEqualTo(3);
        live.stop();
    }

    @Test
    void aWriteWaitsForARunningBuildAndOnlyAnOverlapQueuesOneMore() throws Exception {
        HeldLoader loader = new HeldLoader();
        LiveProjection live = builtOnce(loader);

        // idle before and after the write: nothing to rebuild
        live.sideWriteDone(live.sideWriteStarting());
        assertThat(live.awaitIdle(Duration.ofSeconds(10)).version()).isEqualTo(1);
        assertThat(loader.builds.get()).isEqualTo(1);

        // a build starts and ends while the write runs: one more build afterwards
        long mark = live.sideWriteStarting();
        live.refresh().join();
        live.sideWriteDone(mark);
        assertThat(live.awaitIdle(Duration.ofSeconds(10)).version()).isEqualTo(3);

        // the write begins while a build reads: it waits for that build, and no build follows
        holdNextBuild(loader, live::refresh);
        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> live.sideWriteStarting(Duration.ofSeconds(10)));
        Thread.sleep(200);
        assertThat(waiting).as("the write waits while the build reads").isNotDone();
        loader.release.countDown();
        long after = waiting.get(10, TimeUnit.SECONDS);
        assertThat(after).isEqualTo(4);
        live.sideWriteDone(after);
        assertThat(live.awaitIdle(Duration.ofSeconds(10)).version()).isEqualTo(4);
        assertThat(loader.builds.get()).isEqualTo(4);

        // the wait runs out while the build still reads: one more build, after the one running
        holdNextBuild(loader, live::refresh);
        long during = live.sideWriteStarting(Duration.ofMillis(50));
        assertThat(during).isEqualTo(-1);
        loader.release.countDown();
        live.awaitIdle(Duration.ofSeconds(10));
        live.sideWriteDone(during);
        assertThat(live.awaitIdle(Duration.ofSeconds(10)).version()).isEqualTo(6);
        assertThat(loader.builds.get()).isEqualTo(6);
        live.stop();
    }

    @Test
    void theCommandLineDoesNotBuildAtStartUp() {
        HeldLoader loader = new HeldLoader();
        MockEnvironment cli = new MockEnvironment();
        cli.setActiveProfiles("cli");
        LiveProjection live = new LiveProjection(loader, cli, e -> { });
        live.onReady();
        assertThat(loader.builds.get()).isZero();
        assertThat(live.snapshot()).isEmpty();
        live.stop();
    }

    /** Starts a build that reads until {@code loader.release} opens, and returns once it is reading. */
    private static void holdNextBuild(HeldLoader loader, Runnable start) throws InterruptedException {
        loader.release = new CountDownLatch(1);
        int before = loader.builds.get();
        start.run();
        while (loader.builds.get() <= before) {
            Thread.sleep(5);
        }
    }

    /** A projection whose first build has finished. */
    private static LiveProjection builtOnce(HeldLoader loader) {
        LiveProjection live = new LiveProjection(loader, new MockEnvironment(), e -> { });
        loader.release.countDown();
        live.refresh().join();
        return live;
    }
}
