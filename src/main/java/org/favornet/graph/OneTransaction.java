package org.favornet.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * One explicit write transaction for a whole unit of work (a strict import): reads see its own
 * uncommitted writes, and nothing is visible to others until {@link #commit()}. Closing it
 * without a commit rolls everything back. Not retried (a retry would repeat the whole unit) and
 * not thread-safe: one thread, calls in order. Its size is bounded by the server's transaction
 * memory ({@code db.memory.transaction.max}); a unit too large fails and rolls back whole.
 */
public final class OneTransaction implements CypherWork, AutoCloseable {

    private final CypherFiles files;
    private final Session session;
    private final Transaction tx;
    private boolean committed;

    OneTransaction(CypherFiles files, Session session) {
        this.files = files;
        this.session = session;
        Transaction t;
        try {
            t = session.beginTransaction();
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        this.tx = t;
    }

    @Override
    public <T> List<T> read(String file, Map<String, Object> params, Function<Record, T> mapper) {
        return tx.run(files.text(file), params).list(mapper);
    }

    @Override
    public void writeAll(List<String> queryFiles, Map<String, Object> params) {
        for (String f : queryFiles) {
            tx.run(files.text(f), params).consume();
        }
    }

    @Override
    public boolean oneTransaction() {
        return true;
    }

    /** Makes every write of the unit visible at once. */
    public void commit() {
        tx.commit();
        committed = true;
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        try {
            if (!committed && tx.isOpen()) {
                tx.rollback();
            }
        } catch (RuntimeException ignored) {
            // a failed transaction is already rolled back on the server
        } finally {
            tx.close();
            session.close();
        }
    }
}
