package org.favornet.projection;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.favornet.graph.CypherRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads persons and ties from Neo4j into a {@link PersonGraphBuilder}, streaming each named query
 * ({@code cypher/projection/*}) record by record so a city never sits in memory twice. One read
 * transaction per query: {@code O(n + m)} records over Bolt. Names and each tie's provenance come
 * along, so that answers are made from the projection alone.
 */
@Component
public class ProjectionLoader {

    private static final Logger log = LoggerFactory.getLogger(ProjectionLoader.class);

    static final List<String> TIE_QUERIES = List.of("projection/kin_ties.cypher", "projection/knows_ties.cypher",
            "projection/shared_ties.cypher", "projection/transfer_ties.cypher", "projection/paid_into_ties.cypher",
            "projection/grant_ties.cypher");

    private final CypherRunner cypher;

    ProjectionLoader(CypherRunner cypher) {
        this.cypher = cypher;
    }

    public PersonGraph load(long version) {
        long started = System.nanoTime();
        PersonGraphBuilder builder = new PersonGraphBuilder();
        stream("projection/persons.cypher", r -> builder.person(r.get("id").asString(), text(r.get("name")),
                text(r.get("regionCode")), text(r.get("gender")),
                r.get("birthYear").isNull() ? 0 : r.get("birthYear").asInt()));
        for (String query : TIE_QUERIES) {
            stream(query, r -> builder.tie(r.get("a").asString(), r.get("b").asString(),
                    TieType.valueOf(r.get("type").asString()), text(r.get("subtype")),
                    r.get("provenance").asList(Value::asString)));
        }
        PersonGraph graph = builder.build(version);
        log.info("Projection {} built in {} ms ({} ties to unknown persons dropped)", graph,
                (System.nanoTime() - started) / 1_000_000, builder.dropped());
        return graph;
    }

    private void stream(String file, Consumer<Record> sink) {
        cypher.stream(file, Map.of(), sink);
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }
}
