package org.favornet.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * Where named Cypher files run: each call in its own managed transaction ({@link CypherRunner}),
 * or every call in one open transaction ({@link OneTransaction}) that commits or rolls back as a
 * whole. Loaders written against this run either way.
 */
public interface CypherWork {

    /** Reads with {@code cypher/<file>}, mapping every record. */
    <T> List<T> read(String file, Map<String, Object> params, Function<Record, T> mapper);

    /** Runs the files in order with the same parameters, in one transaction (of its own, or the open one). */
    void writeAll(List<String> files, Map<String, Object> params);

    /** True when every call joins one transaction: callers must then use it from one thread, in order. */
    boolean oneTransaction();
}
