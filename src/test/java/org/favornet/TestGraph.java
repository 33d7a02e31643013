package org.favornet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.graph.GraphChanged;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Test access to the graph: wipe it (keeping users) and run ad-hoc Cypher to arrange and assert.
 * Test code may hold Cypher text; product code may not. A write announces {@link GraphChanged},
 * as the importers do, so in-memory indexes see what a test arranged.
 */
@Component
public class TestGraph {

    private final Driver driver;
    private final ApplicationEventPublisher events;

    public TestGraph(Driver driver, ApplicationEventPublisher events) {
        this.driver = driver;
        this.events = events;
    }

    /** Deletes every node except users, in batches. */
    public void clear() {
        try (var s = driver.session()) {
            s.run("MATCH (n) WHERE NOT n:User CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        events.publishEvent(new GraphChanged(Set.of("test")));
    }

    public List<Record> run(String cypher, Map<String, Object> params) {
        List<Record> records;
        boolean wrote;
        try (var s = driver.session()) {
            var result = s.executeWrite(tx -> {
                var r = tx.run(cypher, params);
                List<Record> list = r.list();
                return Map.entry(list, r.consume().counters().containsUpdates());
            });
            records = result.getKey();
            wrote = result.getValue();
        }
        if (wrote) {
            events.publishEvent(new GraphChanged(Set.of("test")));
        }
        return records;
    }

    public List<Record> run(String cypher) {
        return run(cypher, Map.of());
    }

    public long count(String cypher) {
        return run(cypher).get(0).get(0).asLong();
    }
}
