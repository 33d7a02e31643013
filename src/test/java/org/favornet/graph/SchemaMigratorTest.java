package org.favornet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order schema statements run in: indexes first only while every statement is an idempotent create. */
class SchemaMigratorTest {

    private static final String PERSON_KEY = "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE";
    private static final String GRANT_KEY = "CREATE CONSTRAINT grant_id IF NOT EXISTS FOR (n:Grant) REQUIRE n.id IS UNIQUE";
    private static final String REGION = "CREATE INDEX person_region IF NOT EXISTS FOR (n:Person) ON (n.regionCode)";
    private static final String TEXT = "create text index tip_text if not exists\nfor (n:Tip) on (n.text)";

    @Test
    void indexesGoFirstWhenEveryStatementOnlyCreates() {
        assertThat(SchemaMigrator.order(List.of(PERSON_KEY, REGION, GRANT_KEY, TEXT)))
                .containsExactly(REGION, TEXT, PERSON_KEY, GRANT_KEY);
    }

    @Test
    void aDropOrACreateWithoutIfNotExistsKeepsTheWrittenOrder() {
        List<String> withDrop = List.of(PERSON_KEY, "DROP INDEX person_region IF EXISTS", REGION);
        assertThat(SchemaMigrator.order(withDrop)).containsExactlyElementsOf(withDrop);
        List<String> strict = List.of(PERSON_KEY, "CREATE INDEX person_name FOR (n:Person) ON (n.name)");
        assertThat(SchemaMigrator.order(strict)).containsExactlyElementsOf(strict);
    }

    @Test
    void theProjectsOwnSchemaOnlyCreates() {
        CypherFiles files = new CypherFiles();
        List<String> all = files.list("schema").stream().flatMap(s -> files.statements(s).stream()).toList();
        List<String> ordered = SchemaMigrator.order(all);
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(all);
        assertThat(ordered.get(0)).startsWith("CREATE INDEX");
        assertThat(ordered.get(ordered.size() - 1)).startsWith("CREATE CONSTRAINT");
    }
}
