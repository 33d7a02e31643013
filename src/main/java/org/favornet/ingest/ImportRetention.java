package org.favornet.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.favornet.graph.GraphProperties;
import org.favornet.security.AuditLog;
import org.favornet.security.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Deletes what imports leave under {@code <dataDir>/jobs} once it is older than
 * {@link ImportRetentionProperties#retention()}: each import's directory, with its report
 * ({@code job.json}, which lists rejected rows), its {@code rejects.csv} (rows in clear) and any
 * spooled upload a crash left behind. Age counts from when the import finished ({@code finishedAt}),
 * or, for a directory without a readable finished job, from its newest file. A running import is
 * never touched. Every deletion is an audit record (user {@code system}, {@code DELETE} of the job's
 * URL, the job id as subject, the retention in the query), so the trail says why a report the
 * officer saw is gone; a deletion that fails is recorded with status 500 and tried again next sweep.
 *
 * <p>Runs on its own thread once a minute after start, then every
 * {@link ImportRetentionProperties#sweepEvery()}. Web only: a command-line run keeps no jobs.
 */
@Component
@ConditionalOnWebApplication
class ImportRetention implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportRetention.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path root;
    private final Duration retention;
    private final AuditLog trail;
    private final Predicate<String> running;
    private final Clock clock;
    private final ScheduledExecutorService sweeper;

    @Autowired
    ImportRetention(GraphProperties graph, ImportRetentionProperties props, AuditLog trail, ImportJobs jobs) {
        this(graph.dataDir().toAbsolutePath().resolve("jobs"), props.retention(), trail, jobs::running,
                Clock.systemUTC());
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, Math.min(60_000, props.sweepEvery().toMillis()),
                props.sweepEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Without a schedule: {@link #sweep()} runs when called (tests). */
    ImportRetention(Path root, Duration retention, AuditLog trail, Predicate<String> running, Clock clock) {
        this.root = root;
        this.retention = retention;
        this.trail = trail;
        this.running = running;
        this.clock = clock;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "import-retention");
            t.setDaemon(true);
            return t;
        });
    }

    /** Deletes every import directory past its retention; returns the ids deleted. */
    List<String> sweep() {
        List<String> deleted = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return deleted;
        }
        Instant cutoff = clock.instant().minus(retention);
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path dir : dirs) {
            String id = dir.getFileName().toString();
            if (running.test(id)) {
                continue;
            }
            Job job = job(dir);
            if (job.finished() == null || !job.finished().isBefore(cutoff)) {
                continue;
            }
            int status = 200;
            long files = 0;
            try {
                files = deleteTree(dir);
                deleted.add(id);
                log.info("Import {} ({}) finished {}: deleted after the retention of {} ({} files)", id, job.owner(),
                        job.finished(), retention, files);
            } catch (IOException e) {
                status = 500;
                log.error("Import {} is past its retention but could not be deleted: {}", id, e.getMessage());
            }
            trail.append(record(id, job, files, status));
        }
        return deleted;
    }

    private AuditRecord record(String id, Job job, long files, int status) {
        Map<String, List<String>> query = new TreeMap<>();
        query.put("reason", List.of("retention"));
        query.put("retention", List.of(retention.toString()));
        query.put("finishedAt", List.of(job.finished().toString()));
        if (job.owner() != null) {
            query.put("owner", List.of(job.owner()));
        }
        return new AuditRecord(0, null, "system", List.of(), "DELETE", "/api/imports/jobs/{id}",
                "/api/imports/jobs/" + id, new TreeMap<>(query), List.of(id), 1, files, status, null);
    }

    private record Job(Instant finished, String owner) {}

    /** When the import finished and whose it was; for a directory without a finished job, its newest file. */
    private static Job job(Path dir) {
        Path file = dir.resolve("job.json");
        try {
            if (Files.exists(file)) {
                ImportJob job = JSON.readValue(file.toFile(), ImportJob.class);
                if (job.finishedAt() != null) {
                    return new Job(job.finishedAt(), job.owner());
                }
                if ("RUNNING".equals(job.state())) {
                    // not live (checked before), so cut off: ImportJobs marks it FAILED at the next start
                    return new Job(newest(dir), job.owner());
                }
            }
            return new Job(newest(dir), null);
        } catch (IOException e) {
            try {
                return new Job(newest(dir), null);
            } catch (IOException gone) {
                return new Job(null, null);
            }
        }
    }

    private static Instant newest(Path dir) throws IOException {
        Instant[] newest = {Files.getLastModifiedTime(dir).toInstant()};
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(f -> {
                try {
                    Instant t = Files.getLastModifiedTime(f).toInstant();
                    if (t.isAfter(newest[0])) {
                        newest[0] = t;
                    }
                } catch (IOException vanished) {
                    // deleted meanwhile: not newer than anything
                }
            });
        }
        return newest[0];
    }

    private static long deleteTree(Path dir) throws IOException {
        long[] files = {0};
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                files[0]++;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return files[0];
    }

    private void sweepQuietly() {
        try {
            List<String> deleted = sweep();
            if (!deleted.isEmpty()) {
                log.info("Import retention: {} import(s) older than {} deleted", deleted.size(), retention);
            }
        } catch (RuntimeException e) {
            log.error("Import retention sweep failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
