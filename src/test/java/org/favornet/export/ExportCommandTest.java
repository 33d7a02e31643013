package org.favornet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.favornet.CommandRun;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.security.AuditLog;
import org.favornet.security.AuditRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code export} on the command line: masked unless {@code --clear}, and audited as the API's exports are. */
@GraphTest
class ExportCommandTest {

    private static final String OPERATOR = "cli:" + System.getProperty("user.name");

    @Autowired TestGraph graph;
    @Autowired ApplicationContext context;
    @Autowired AuditLog audit;

    @TempDir Path dir;

    @BeforeEach
    void seed() {
        graph.clear();
        ExportFixture.seed(graph);
    }

    private AuditRecord lastRecordOfTheOperator() {
        List<AuditRecord> mine = audit.find(r -> OPERATOR.equals(r.user()), 0, 10_000).items();
        assertThat(mine).isNotEmpty();
        return mine.stream().max(Comparator.comparingLong(AuditRecord::seq)).orElseThrow();
    }

    @Test
    void exportsAreMaskedByDefaultAndAuditedAsTheOperatorsOsUser() throws Exception {
        long before = audit.lastSeq();
        Path lead = dir.resolve("lead.gexf");
        CommandRun.Result run = CommandRun.with(context, "export", "--lead", "lead-1", "--format", "gexf",
                "--out", lead.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 nodes, 4 edges (gexf, masked)");
        String gexf = Files.readString(lead);
        assertThat(gexf).contains("version=\"1.3\"");
        assertThat(ExportFormatsTest.RESIDENT_ID.matcher(gexf).find()).as(gexf).isFalse();
        for (String id : ExportFixture.RESIDENT_IDS) {
            assertThat(gexf).doesNotContain(id);
        }
        AuditRecord record = lastRecordOfTheOperator();
        assertThat(record.seq()).isGreaterThan(before);
        assertThat(record.method()).isEqualTo("CLI");
        assertThat(record.roles()).containsExactly("ANALYST");
        assertThat(record.query()).containsEntry("clear", List.of("false")).containsEntry("lead", List.of("lead-1"))
                .containsEntry("format", List.of("gexf"));
        // the lead's two persons of its five nodes
        assertThat(record.subjectCount()).isEqualTo(2);
        assertThat(record.subjects()).hasSize(2);
        assertThat(record.resultSize()).isEqualTo(9L);
        assertThat(String.join(",", record.subjects())).doesNotContain(ExportFixture.SON);
    }

    @Test
    void clearExportsNameResidentIdsAndAreAuditedAsClear() throws Exception {
        Path seeds = dir.resolve("seeds.cypher");
        CommandRun.Result run = CommandRun.with(context, "export", "--seeds", ExportFixture.OFFICIAL, "--hops", "1",
                "--ties", "KIN,OWNS", "--format", "cypher", "--out", seeds.toString(), "--clear");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("5 nodes, 4 edges (cypher, clear)");
        assertThat(Files.readString(seeds)).contains(ExportFixture.OFFICIAL);
        AuditRecord record = lastRecordOfTheOperator();
        assertThat(record.query()).containsEntry("clear", List.of("true")).containsEntry("ties", List.of("KIN", "OWNS"));
        assertThat(record.roles()).contains("ADMIN", "ANALYST");
    }

    @Test
    void anExportNeedsExactlyOneOfLeadSeedsOrCircleAndAFile() {
        CommandRun.Result none = CommandRun.withoutServices("export", "--out", dir.resolve("x").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--lead").contains("Usage:");
        CommandRun.Result two = CommandRun.withoutServices("export", "--lead", "a", "--circle", "b", "--out", "x");
        assertThat(two.exit()).isEqualTo(2);
        CommandRun.Result format = CommandRun.withoutServices("export", "--lead", "a", "--format", "pdf", "--out", "x");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("Unknown format 'pdf'");
        CommandRun.Result edgesForDot = CommandRun.withoutServices("export", "--lead", "a", "--format", "dot",
                "--edges", "undirected", "--out", "x");
        assertThat(edgesForDot.exit()).isEqualTo(2);
        assertThat(edgesForDot.err()).contains("--edges applies to --format gexf only");
        CommandRun.Result sideways = CommandRun.withoutServices("export", "--lead", "a", "--format", "gexf",
                "--edges", "sideways", "--out", "x");
        assertThat(sideways.exit()).isEqualTo(2);
        assertThat(sideways.err()).contains("Unknown edges 'sideways'");
    }

    @Test
    void gexfEdgesAreDeclaredAsAskedAndTheFormerTieNamesAreAccepted() throws Exception {
        Path file = dir.resolve("circle.gexf");
        CommandRun.Result run = CommandRun.with(context, "export", "--seeds", ExportFixture.OFFICIAL, "--hops", "1",
                "--ties", "KIN,SHARES,GRANTS", "--format", "gexf", "--edges", "undirected", "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String gexf = Files.readString(file);
        assertThat(gexf).contains("defaultedgetype=\"undirected\"").doesNotContain("type=\"directed\"");
        assertThat(gexf).contains("HANDLED").contains("SPOUSE_OF");
        assertThat(lastRecordOfTheOperator().query()).containsEntry("edges", List.of("undirected"));
    }
}
