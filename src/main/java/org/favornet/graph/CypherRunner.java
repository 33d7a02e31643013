package org.favornet.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs named Cypher files through the driver in managed transactions (retried on transient
 * errors, routed to readers or the leader in a cluster). Every value is a parameter.
 */
public final class CypherRunner implements CypherWork {

    private final Driver driver;
    private final CypherFiles files;
    private final String database;

    public CypherRunner(Driver driver, CypherFiles files, String database) {
        this.driver = driver;
        this.files = files;
        this.database = database;
    }

    public Driver driver() {
        return driver;
    }

    public CypherFiles files() {
        return files;
    }

    public SessionConfig session() {
        return SessionConfig.forDatabase(database);
    }

    /** Reads with {@code cypher/<file>}, mapping every record. */
    @Override
    public <T> List<T> read(String file, Map<String, Object> params, Function<Record, T> mapper) {
        return read(file, params, mapper, null);
    }

    /** Reads with a server-side time budget; the driver raises when it is exceeded. */
    public <T> List<T> read(String file, Map<String, Object> params, Function<Record, T> mapper, Duration timeout) {
        String query = files.text(file);
        TransactionConfig config = timeout == null ? TransactionConfig.empty()
                : TransactionConfig.builder().withTimeout(timeout).build();
        try (var session = driver.session(session())) {
            return session.executeRead(tx -> tx.run(query, params).list(mapper), config);
        }
    }

    /**
     * Streams a large read with {@code cypher/<file>} into {@code sink}, record by record, in one read
     * transaction: memory stays at the driver's fetch size whatever the result's length (the
     * projection and the kin index read every person and tie this way). Not retried here, since the
     * sink would see records twice: a failure reaches the caller, whose build is retried whole.
     */
    public void stream(String file, Map<String, Object> params, java.util.function.Consumer<Record> sink) {
        String query = files.text(file);
        try (var session = driver.session(SessionConfig.builder().withDatabase(database)
                .withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build());
                var tx = session.beginTransaction()) {
            var result = tx.run(query, params);
            while (result.hasNext()) {
                sink.accept(result.next());
            }
            tx.commit();
        }
    }

    /**
     * A small read on a request's path, in one round trip: an auto-commit transaction sends RUN and
     * PULL together, where a managed one waits for BEGIN, then RUN and PULL, then COMMIT (sampling
     * {@code GET /api/paths} showed two thirds of its query time in those two extra waits). Reads are
     * idempotent, so a retryable failure is retried here (twice) as a managed transaction would.
     * Not for long reads: there is no server-side timeout but the configured default.
     */
    public <T> List<T> lookup(String file, Map<String, Object> params, Function<Record, T> mapper) {
        String query = files.text(file);
        SessionConfig config = SessionConfig.builder().withDatabase(database)
                .withDefaultAccessMode(AccessMode.READ).build();
        for (int attempt = 1; ; attempt++) {
            try (var session = driver.session(config)) {
                return session.run(query, params).list(mapper);
            } catch (RuntimeException e) {
                if (!(e instanceof RetryableException) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Writes with {@code cypher/<file>} in one managed transaction. */
    public ResultSummary write(String file, Map<String, Object> params) {
        String query = files.text(file);
        try (var session = driver.session(session())) {
            return session.executeWrite(tx -> tx.run(query, params).consume());
        }
    }

    /** Writes and maps the returned records, in one managed transaction. */
    public <T> List<T> writeReturning(String file, Map<String, Object> params, Function<Record, T> mapper) {
        String query = files.text(file);
        try (var session = driver.session(session())) {
            return session.executeWrite(tx -> tx.run(query, params).list(mapper));
        }
    }

    /** The files in order in one managed transaction (retried on transient errors). */
    @Override
    public void writeAll(List<String> queryFiles, Map<String, Object> params) {
        List<String> queries = queryFiles.stream().map(files::text).toList();
        try (var session = driver.session(session())) {
            session.executeWrite(tx -> {
                for (String query : queries) {
                    tx.run(query, params).consume();
                }
                return null;
            });
        }
    }

    @Override
    public boolean oneTransaction() {
        return false;
    }

    /** Opens one explicit write transaction for a unit that must commit or roll back whole. */
    public OneTransaction begin() {
        return new OneTransaction(files, driver.session(session()));
    }

    /** Runs each statement of a multi-statement file, each in its own transaction (schema DDL). */
    public void script(String file) {
        try (var session = driver.session(session())) {
            for (String statement : files.statements(file)) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
        }
    }
}
