package org.favornet.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.favornet.graph.GraphProperties;
import org.favornet.security.Role;
import org.favornet.security.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports arriving over HTTP. The upload is first spooled to {@code <dataDir>/jobs/<id>/input.csv}
 * (so it can be read once per pass without holding it in memory); small files are imported
 * while the client waits, larger ones ({@link IngestProperties#asyncThreshold()}) by one
 * background thread. Every import keeps {@code job.json} (state, then report) and
 * {@code rejects.csv} on disk, so both survive a restart; a job found {@code RUNNING} at start-up
 * was cut off by a crash and is marked {@code FAILED} (re-running it is safe: loads are idempotent).
 * An import writes only within the importing user's regions ({@link RecordLoader.Options#regions()}),
 * and a job, its report and its rejects are shown only to the user who ran it and to
 * administrators; to anyone else it does not exist.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final RecordLoader loader;
    private final IngestProperties props;
    private final ObjectMapper json;
    private final Path root;
    private final Map<String, Live> live = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-jobs");
        t.setDaemon(true);
        return t;
    });

    /** What the caller gets: a finished report, or a job still running. */
    public record Accepted(ImportJob job, boolean finished) {}

    private record Live(ImportJob job, LoadProgress progress) {}

    ImportJobs(RecordLoader loader, GraphProperties graph, IngestProperties props, ObjectMapper json) {
        this.loader = loader;
        this.props = props;
        this.json = json;
        this.root = graph.dataDir().toAbsolutePath().resolve("jobs");
        markInterrupted();
    }

    /**
     * Spools the upload, then imports it now (small) or in the background (large).
     *
     * @throws FileRejected when a small file is refused as a whole
     */
    public Accepted accept(RecordKind kind, String fileName, boolean strict, InputStream body, Viewer viewer)
            throws IOException {
        String id = UUID.randomUUID().toString();
        Path dir = root.resolve(id);
        Files.createDirectories(dir);
        Path input = dir.resolve("input.csv");
        try (body) {
            Files.copy(body, input, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException refused) {
            // an upload cut off or refused while spooling (413, client gone) leaves no copy behind
            Files.deleteIfExists(input);
            Files.deleteIfExists(dir);
            throw refused;
        }
        String name = fileName == null || fileName.isBlank() ? kind.fileName() + ".csv" : Path.of(fileName).getFileName().toString();
        ImportJob job = new ImportJob(id, kind.fileName(), name, strict, "RUNNING", 0, 0, "reading", null, null,
                Instant.now(), null, viewer.username());
        LoadProgress progress = new LoadProgress();
        save(job);
        live.put(id, new Live(job, progress));
        if (Files.size(input) > props.asyncThreshold().toBytes()) {
            background.execute(() -> {
                try {
                    run(job, kind, input, progress, viewer.regions());
                } catch (RuntimeException | IOException e) {
                    // already recorded in job.json by run()
                    log.debug("Import job {} failed", id, e);
                }
            });
            return new Accepted(job, false);
        }
        return new Accepted(run(job, kind, input, progress, viewer.regions()), true);
    }

    private ImportJob run(ImportJob job, RecordKind kind, Path input, LoadProgress progress, java.util.List<String> regions)
            throws IOException {
        Path dir = input.getParent();
        try {
            ImportReport report = loader.load(kind, ImportSource.of(job.file(), input),
                    new RecordLoader.Options(job.strict(), progress, dir.resolve("rejects.csv"), null, regions))
                    .withId(job.id());
            ImportJob done = job.done(report);
            save(done);
            log.info("Import {} of {} ({}): {} rows, {} accepted, {} rejected in {} ms", job.id(), job.file(),
                    job.kind(), report.rows(), report.accepted(), report.rejected(), report.durationMs());
            return done;
        } catch (FileRejected e) {
            save(job.failed(e.getMessage(), progress));
            throw e;
        } catch (RuntimeException | IOException e) {
            log.error("Import {} of {} failed", job.id(), job.file(), e);
            String why = stopped(e, job.strict());
            save(job.failed(why, progress));
            throw new ImportStopped(why, e);
        } finally {
            live.remove(job.id());
            Files.deleteIfExists(input);
        }
    }

    /** Why an import stopped, in words (the database's own message stays in the log). */
    static String stopped(Exception e, boolean strict) {
        String why = e instanceof IOException ? "the uploaded file could not be read" : WriteFailure.reason(e);
        return "the import stopped: " + why + (strict ? ". Nothing of this file was written (strict import)."
                : ". Rows of batches written before stay; re-running the file is safe (loads are idempotent).");
    }

    /** An import that stopped part-way; its message is for the data officer. */
    public static final class ImportStopped extends RuntimeException {
        ImportStopped(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether the import is running in this process (its directory is in use). */
    boolean running(String id) {
        return live.containsKey(id);
    }

    /** The job's state, for its owner or an administrator: live progress while running, else what is on disk. */
    public Optional<ImportJob> job(String id, Viewer viewer) {
        return job(id).filter(j -> visible(j, viewer));
    }

    /** The rejects file of a finished import, for its owner or an administrator. */
    public Optional<Path> rejects(String id, Viewer viewer) {
        return job(id, viewer).flatMap(j -> rejects(id));
    }

    private static boolean visible(ImportJob job, Viewer viewer) {
        return viewer.has(Role.ADMIN) || job.owner() != null && job.owner().equals(viewer.username());
    }

    /** The job's state: live progress while running, else what is on disk. */
    Optional<ImportJob> job(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Live running = live.get(id);
        if (running != null) {
            return Optional.of(running.job().running(running.progress()));
        }
        Path file = root.resolve(id).resolve("job.json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), ImportJob.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rejects file of a finished import. */
    Optional<Path> rejects(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(id).resolve("rejects.csv");
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    private void save(ImportJob job) {
        try {
            Path dir = root.resolve(job.id());
            Files.createDirectories(dir);
            Path tmp = dir.resolve("job.json.tmp");
            json.writeValue(tmp.toFile(), job);
            Files.move(tmp, dir.resolve("job.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jobs still RUNNING on disk were cut off by a stop or crash. */
    private void markInterrupted() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.map(d -> d.resolve("job.json")).filter(Files::exists).forEach(f -> {
                try {
                    ImportJob job = json.readValue(f.toFile(), ImportJob.class);
                    // no job runs before this, so a spooled upload still here is one nobody will read
                    Files.deleteIfExists(f.getParent().resolve("input.csv"));
                    if ("RUNNING".equals(job.state())) {
                        save(job.failed("interrupted by a restart of the service; rows of committed batches stay. "
                                + "Re-run the file: loading is idempotent.", null));
                        Files.deleteIfExists(f.getParent().resolve("input.csv"));
                    }
                } catch (IOException e) {
                    log.warn("Unreadable import job file {}: {}", f, e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
