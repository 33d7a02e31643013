package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.GraphProperties;
import org.favornet.security.AuditLog;
import org.favornet.security.AuditRecord;
import org.favornet.security.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What imports leave on disk (the report, {@code rejects.csv}, a spooled upload a crash left) is
 * deleted once older than the retention, by real imports into the application's data directory, and
 * every deletion is in the audit trail; younger and running imports stay.
 */
@GraphTest
class ImportRetentionTest {

    /** Two valid rows and one with a wrong check digit, so the import writes a rejects file. */
    private static final String PERSONS = """
            person_id,name,gender
            410203197001010015,张伟,M
            410203199505050037,张强,M
            410203197002150028,李娜,女
            """;

    @Autowired ImportJobs jobs;
    @Autowired GraphProperties graph;
    @Autowired AuditLog trail;
    @Autowired TestGraph testGraph;
    @Autowired ImportRetentionProperties props;
    @Autowired ImportRetention scheduled;

    private Path root;

    @BeforeEach
    void empty() {
        testGraph.clear();
        root = graph.dataDir().toAbsolutePath().resolve("jobs");
    }

    private ImportJob importWithRejects() throws Exception {
        ImportJob job = jobs.accept(RecordKind.PERSONS, "persons.csv", false,
                new ByteArrayInputStream(PERSONS.getBytes(StandardCharsets.UTF_8)), Viewer.system()).job();
        assertThat(job.state()).isEqualTo("DONE");
        assertThat(jobs.rejects(job.id())).as("rejects file written").isPresent();
        return job;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void anImportIsKeptWithinItsRetentionAndDeletedAndAuditedAfterIt() throws Exception {
        ImportJob job = importWithRejects();
        Instant finished = job.finishedAt();
        Duration retention = Duration.ofMinutes(5);

        try (ImportRetention young = new ImportRetention(root, retention, trail, jobs::running,
                at(finished.plus(retention).minusSeconds(1)))) {
            assertThat(young.sweep()).doesNotContain(job.id());
        }
        assertThat(Files.exists(root.resolve(job.id()).resolve("rejects.csv"))).isTrue();

        long before = trail.lastSeq();
        try (ImportRetention old = new ImportRetention(root, retention, trail, jobs::running,
                at(finished.plus(retention).plusSeconds(1)))) {
            assertThat(old.sweep()).contains(job.id());
        }
        assertThat(root.resolve(job.id())).doesNotExist();
        assertThat(jobs.job(job.id())).isEmpty();
        assertThat(jobs.rejects(job.id())).isEmpty();

        List<AuditRecord> records = trail.find(r -> r.seq() > before && r.subjects().contains(job.id()), 0, 10).items();
        assertThat(records).hasSize(1);
        AuditRecord record = records.get(0);
        assertThat(record.user()).isEqualTo("system");
        assertThat(record.method()).isEqualTo("DELETE");
        assertThat(record.path()).isEqualTo("/api/imports/jobs/" + job.id());
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.resultSize()).as("files deleted: job.json and rejects.csv").isEqualTo(2);
        assertThat(record.query()).containsEntry("reason", List.of("retention"))
                .containsEntry("retention", List.of("PT5M"))
                .containsEntry("owner", List.of(job.owner()))
                .containsEntry("finishedAt", List.of(finished.toString()));
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aTinyRetentionDeletesAFinishedImportAtTheNextSweep() throws Exception {
        ImportJob job = importWithRejects();
        Thread.sleep(20);
        try (ImportRetention tiny = new ImportRetention(root, Duration.ofMillis(10), trail, jobs::running,
                Clock.systemUTC())) {
            assertThat(tiny.sweep()).contains(job.id());
        }
        assertThat(root.resolve(job.id())).doesNotExist();
    }

    @Test
    void aSpooledUploadLeftByACrashIsDeletedByItsAgeAndARunningImportIsNot() throws Exception {
        Instant now = Instant.now();
        Path stray = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
        Files.writeString(stray.resolve("input.csv"), PERSONS);
        Path live = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
        Files.writeString(live.resolve("input.csv"), PERSONS);
        for (Path p : List.of(stray, live)) {
            Files.setLastModifiedTime(p.resolve("input.csv"), FileTime.from(now.minus(Duration.ofDays(2))));
            Files.setLastModifiedTime(p, FileTime.from(now.minus(Duration.ofDays(2))));
        }
        String liveId = live.getFileName().toString();
        try (ImportRetention retention = new ImportRetention(root, Duration.ofDays(1), trail, liveId::equals,
                at(now))) {
            List<String> deleted = retention.sweep();
            assertThat(deleted).contains(stray.getFileName().toString()).doesNotContain(liveId);
        }
        assertThat(stray).doesNotExist();
        assertThat(live.resolve("input.csv")).exists();
        Files.delete(live.resolve("input.csv"));
        Files.delete(live);
    }

    @Test
    void theRetentionIsThirtyDaysUnlessConfiguredAndTheSweepRunsInTheService() {
        assertThat(props.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(props.sweepEvery()).isEqualTo(Duration.ofHours(1));
        assertThat(scheduled).isNotNull();
    }
}
