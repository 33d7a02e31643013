package org.favornet.graph;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code cypher/schema/V*.cypher} in version order at start-up. Every statement is
 * idempotent ({@code IF NOT EXISTS}), so applying twice changes nothing; an applied script is
 * never edited, a change is a new version.
 */
public final class SchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

    private final CypherRunner runner;

    SchemaMigrator(CypherRunner runner) {
        this.runner = runner;
    }

    public List<String> scripts() {
        return runner.files().list("schema");
    }

    public void apply() {
        for (String script : scripts()) {
            runner.script(script);
            log.info("Schema {} applied", script);
        }
        runner.script("system/await_indexes.cypher");
    }
}
