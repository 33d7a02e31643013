package org.favornet;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Test access to the graph: wipe it (keeping users) and run ad-hoc Cypher to arrange and assert.
 * Test code may hold Cypher text; product code may not.
 */
@Component
public class TestGraph {

    private final Driver driver;

    public TestGraph(Driver driver) {
        this.driver = driver;
    }

    /** Deletes every node except users, in batches. */
    public void clear() {
        try (var s = driver.session()) {
            s.run("MATCH (n) WHERE NOT n:User CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    public List<Record> run(String cypher, Map<String, Object> params) {
        try (var s = driver.session()) {
            return s.executeWrite(tx -> tx.run(cypher, params).list());
        }
    }

    public List<Record> run(String cypher) {
        return run(cypher, Map.of());
    }

    public long count(String cypher) {
        return run(cypher).get(0).get(0).asLong();
    }
}
