package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offline first load must build the graph the transactional loader builds from the same
 * files: the transactional loader is the oracle.
 */
@GraphTest
class BulkLoaderTest {

    private static final String COUNTS = """
            MATCH (n) WHERE NOT n:User
            WITH labels(n)[0] AS label, count(*) AS c
            RETURN 'node:' + label AS k, c
            UNION ALL
            MATCH ()-[r]->()
            RETURN 'rel:' + type(r) AS k, count(*) AS c
            """;

    private static final String KIN = """
            MATCH (a:Person)-[r:PARENT_OF|SPOUSE_OF|SIBLING_OF|SHARES_PHONE|SHARES_ADDRESS|SHARES_ACCOUNT]->(b:Person)
            RETURN type(r) + ' ' + a.id + ' ' + b.id + ' ' + coalesce(r.basis, '') + ' '
                   + reduce(s = '', p IN coalesce(r.provenance, []) | s + p + ';') AS k, 1 AS c
            """;

    @Autowired TestGraph graph;
    @Autowired RecordLoader loader;

    @TempDir Path temp;

    @Test
    void bulkLoadOfTheDemoCountyBuildsTheSameGraphAsTheTransactionalLoader() throws Exception {
        Path demo = Path.of("fixtures/demo");
        graph.clear();
        loader.loadFolder(RecordLoader.folder(demo), false, (k, p) -> { });
        Map<String, Long> expectedCounts = rows(graph, COUNTS);
        Map<String, Long> expectedTies = rows(graph, KIN);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BulkLoader bulk = new BulkLoader(temp.resolve("neo4j"), temp.resolve("work"), 30, 100,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        BulkLoader.Result result = bulk.load(RecordLoader.folder(demo));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(temp.resolve("neo4j")).build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            assertThat(embeddedRows(db, COUNTS)).isEqualTo(expectedCounts);
            assertThat(embeddedRows(db, KIN)).isEqualTo(expectedTies);
        } finally {
            dbms.shutdown();
        }
        assertThat(result.rejected()).isEqualTo(rejectedByTransactionalLoader(demo));
    }

    @Test
    void rejectsExactlyTheBadRowsWithTheirLines() throws Exception {
        // 5,000 persons, every 97th with a wrong check digit: the bulk path must reject exactly
        // those, with their lines, in file order, and load the rest
        Path dir = Files.createDirectories(temp.resolve("county"));
        StringBuilder persons = new StringBuilder("person_id,name,gender,birth_date,region_code\n");
        List<Long> badLines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String first17 = String.format("410728%04d%02d%02d%03d", 1940 + i / 336, 1 + i / 28 % 12, 1 + i % 28, 1);
            char check = ResidentId.checkDigit(first17);
            if (i % 97 == 0) {
                check = check == '0' ? '1' : '0';
                badLines.add(i + 2L); // line 1 is the header
            }
            persons.append(first17).append(check).append(",名").append(i).append(",M,").append(first17, 6, 10)
                    .append('-').append(first17, 10, 12).append('-').append(first17, 12, 14).append(",410728101201\n");
        }
        Files.writeString(dir.resolve("persons.csv"), persons.toString());

        BulkLoader.Result result = new BulkLoader(temp.resolve("neo4j"), temp.resolve("work"), 30, 1000, System.out)
                .load(RecordLoader.folder(dir));

        ImportReport report = result.reports().get(0);
        assertThat(report.rows()).isEqualTo(5_000);
        assertThat(report.accepted()).isEqualTo(5_000 - badLines.size());
        assertThat(report.rejects()).extracting(Reject::line).containsExactlyElementsOf(badLines);
        assertThat(report.rejects()).allSatisfy(r -> {
            assertThat(r.column()).isEqualTo("person_id");
            assertThat(r.reason()).containsIgnoringCase("check");
        });
    }

    @Test
    void refusesAStoreThatAlreadyHoldsADatabase() throws Exception {
        Files.createDirectories(temp.resolve("neo4j/data/databases/neo4j"));
        BulkLoader bulk = new BulkLoader(temp.resolve("neo4j"), temp.resolve("work"), 30, 100, System.out);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bulk.load(RecordLoader.folder(Path.of("fixtures/demo"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already exists");
    }

    private long rejectedByTransactionalLoader(Path demo) throws Exception {
        graph.clear();
        List<ImportReport> reports = loader.loadFolder(RecordLoader.folder(demo), false, (k, p) -> { });
        return reports.stream().mapToLong(ImportReport::rejected).sum();
    }

    private static Map<String, Long> rows(TestGraph graph, String cypher) {
        Map<String, Long> out = new TreeMap<>();
        graph.run(cypher).forEach(r -> out.merge(r.get("k").asString(), r.get("c").asLong(), Long::sum));
        return out;
    }

    private static Map<String, Long> embeddedRows(GraphDatabaseService db, String cypher) {
        Map<String, Long> out = new TreeMap<>();
        db.executeTransactionally(cypher, Map.of(), result -> {
            result.forEachRemaining(r -> out.merge((String) r.get("k"), ((Number) r.get("c")).longValue(), Long::sum));
            return null;
        });
        return out;
    }
}
