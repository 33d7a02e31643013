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
import java.util.TreeSet;
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

    /** Every node with all its properties: ids, names, dates, amounts, arrays, free text. */
    private static final String NODES = """
            MATCH (n) WHERE NOT n:User
            RETURN labels(n) AS labels, properties(n) AS p
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
        Map<String, Long> expectedNodes = nodes(graph);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BulkLoader bulk = new BulkLoader(temp.resolve("neo4j"), temp.resolve("work"), 30, 100,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        BulkLoader.Result result = bulk.load(RecordLoader.folder(demo));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(temp.resolve("neo4j")).build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            assertThat(embeddedRows(db, COUNTS)).isEqualTo(expectedCounts);
            assertThat(embeddedRows(db, KIN)).isEqualTo(expectedTies);
            assertSameNodes(embeddedNodes(db), expectedNodes);
        } finally {
            dbms.shutdown();
        }
        assertThat(result.rejected()).isEqualTo(rejectedByTransactionalLoader(demo));
    }

    @Test
    void freeTextWithDelimitersQuotesLineBreaksAndBlanksSurvivesTheImporterFiles() throws Exception {
        // the importer files quote a field only where they must: each of these needs it
        Path dir = Files.createDirectories(temp.resolve("tricky"));
        for (String kind : List.of("persons.csv", "tips.csv")) {
            Files.copy(Path.of("fixtures/demo").resolve(kind), dir.resolve(kind));
        }
        String subject = Files.readAllLines(dir.resolve("persons.csv")).get(1).split(",")[0];
        List<String> texts = List.of("a, b and c", "he said \"\"no\"\"", "line one\nline two", "  leading blanks",
                "trailing blank ", "semi;colon", "退回,重新审核");
        StringBuilder tips = new StringBuilder(Files.readString(dir.resolve("tips.csv")));
        for (int i = 0; i < texts.size(); i++) {
            tips.append("JX").append(i).append(',').append(subject).append(",2025-10-01,\"").append(texts.get(i))
                    .append("\",来信\n");
        }
        Files.writeString(dir.resolve("tips.csv"), tips.toString());
        graph.clear();
        loader.loadFolder(RecordLoader.folder(dir), false, (k, p) -> { });
        Map<String, Long> expected = nodes(graph);

        new BulkLoader(temp.resolve("neo4j"), temp.resolve("work"), 30, 100, System.out).load(RecordLoader.folder(dir));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(temp.resolve("neo4j")).build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            assertSameNodes(embeddedNodes(db), expected);
            List<String> stored = db.executeTransactionally(
                    "MATCH (t:Tip) WHERE t.id STARTS WITH 'JX' RETURN t.text AS text ORDER BY t.id", Map.of(),
                    r -> r.stream().map(m -> (String) m.get("text")).toList());
            // CSV unquoting, then the validator's trim of surrounding blanks, as for every field
            assertThat(stored).containsExactlyElementsOf(texts.stream().map(t -> t.replace("\"\"", "\"").strip()).toList());
        } finally {
            dbms.shutdown();
        }
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
    void theFirstLoadAppliesTheIndexKeyAndControlCharacterLimitsOfTheTransactionalLoader() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("limits"));
        Files.writeString(dir.resolve("persons.csv"), "person_id,name\nA,甲\nB," + "张".repeat(5000) + "\nC,乙\u0000\nD,丁\n");

        BulkLoader.Result result = new BulkLoader(temp.resolve("neo4j"), temp.resolve("work"), 30, 1000, System.out)
                .load(RecordLoader.folder(dir));

        ImportReport report = result.reports().get(0);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejects()).extracting(Reject::line).containsExactly(3L, 4L);
        assertThat(report.rejects()).extracting(Reject::column).containsExactly("name", "name");
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

    /** Names the differing nodes (a few of each side) rather than printing two whole graphs. */
    private static void assertSameNodes(Map<String, Long> actual, Map<String, Long> expected) {
        List<String> missing = expected.entrySet().stream().filter(e -> !e.getValue().equals(actual.get(e.getKey())))
                .map(Map.Entry::getKey).limit(5).toList();
        List<String> extra = actual.entrySet().stream().filter(e -> !e.getValue().equals(expected.get(e.getKey())))
                .map(Map.Entry::getKey).limit(5).toList();
        assertThat(missing).as("nodes the transactional loader wrote and the bulk load did not; extra: %s", extra)
                .isEmpty();
        assertThat(extra).as("nodes only the bulk load wrote").isEmpty();
    }

    private static Map<String, Long> nodes(TestGraph graph) {
        Map<String, Long> out = new TreeMap<>();
        graph.run(NODES).forEach(r -> out.merge(node(r.get("labels").asList(org.neo4j.driver.Value::asString), r.get("p").asMap()),
                1L, Long::sum));
        return out;
    }

    private static Map<String, Long> embeddedNodes(GraphDatabaseService db) {
        Map<String, Long> out = new TreeMap<>();
        db.executeTransactionally(NODES, Map.of(), result -> {
            result.forEachRemaining(r -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) r.get("p");
                @SuppressWarnings("unchecked")
                List<String> labels = (List<String>) r.get("labels");
                out.merge(node(labels, p), 1L, Long::sum);
            });
            return null;
        });
        return out;
    }

    /** One node as text, properties sorted, arrays as lists, whichever side read it. */
    private static String node(List<String> labels, Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put(k, v instanceof Object[] a ? List.of(a) : v));
        return new TreeSet<>(labels) + " " + sorted;
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
