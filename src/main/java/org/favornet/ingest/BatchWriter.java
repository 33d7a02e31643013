package org.favornet.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.favornet.graph.CypherRunner;

/**
 * Writes validated rows with {@code UNWIND $rows} queries, each batch in its own managed
 * write transaction (retried on deadlocks and other transient errors). Rows are partitioned by
 * key over {@code writers} threads, so rows of one key stay on one thread in file order (a later
 * row updates the record) and two threads never write the same node key. Within a batch rows are
 * sorted by key so concurrent transactions take node locks in a consistent order, which keeps
 * deadlocks rare; a key repeated within a batch keeps its last row. A crash loses at most the batches in flight: each batch commits whole or not at all.
 */
final class BatchWriter implements AutoCloseable {

    private final CypherRunner cypher;
    private final List<String> queries;
    private final ExecutorService[] threads;
    private final Semaphore[] inFlight;
    private final AtomicLong written;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    /** @param written incremented by the rows of each committed batch */
    BatchWriter(CypherRunner cypher, List<String> queryFiles, int writers, AtomicLong written) {
        this.cypher = cypher;
        this.queries = queryFiles.stream().map(f -> cypher.files().text(f)).toList();
        this.written = written;
        int n = Math.max(1, writers);
        this.threads = new ExecutorService[n];
        this.inFlight = new Semaphore[n];
        for (int i = 0; i < n; i++) {
            int index = i;
            threads[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "import-writer-" + index);
                t.setDaemon(true);
                return t;
            });
            inFlight[i] = new Semaphore(2);
        }
    }

    /** Queues a batch; blocks while each writer already has two batches queued. */
    void submit(List<ValidRow> rows) throws InterruptedException {
        rethrow();
        List<List<ValidRow>> parts = new ArrayList<>();
        for (int i = 0; i < threads.length; i++) {
            parts.add(new ArrayList<>());
        }
        for (ValidRow row : rows) {
            parts.get(Math.floorMod(row.key().hashCode(), threads.length)).add(row);
        }
        for (int i = 0; i < threads.length; i++) {
            List<ValidRow> part = parts.get(i);
            if (part.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> params = lastPerKey(part);
            int rowsInPart = part.size();
            Semaphore gate = inFlight[i];
            gate.acquire();
            threads[i].execute(() -> {
                try {
                    if (failure.get() == null) {
                        write(params);
                        written.addAndGet(rowsInPart);
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    gate.release();
                }
            });
        }
    }

    /**
     * One row per key, the last one, sorted by key. Within one query Cypher may run each clause
     * for all rows before the next clause (eager plans), so two rows of one key in one batch
     * would both see the old state; the last row is the one that counts anyway.
     */
    static List<Map<String, Object>> lastPerKey(List<ValidRow> rows) {
        Map<String, ValidRow> last = new TreeMap<>();
        for (ValidRow row : rows) {
            last.put(row.key(), row);
        }
        return last.values().stream().map(ValidRow::params).toList();
    }

    private void write(List<Map<String, Object>> rows) {
        try (var session = cypher.driver().session(cypher.session())) {
            session.executeWrite(tx -> {
                for (String query : queries) {
                    tx.run(query, Map.of("rows", rows)).consume();
                }
                return null;
            });
        }
    }

    /** Waits for every queued batch; rethrows the first write failure. */
    void finish() throws InterruptedException {
        for (ExecutorService t : threads) {
            t.shutdown();
        }
        for (ExecutorService t : threads) {
            while (!t.awaitTermination(1, TimeUnit.MINUTES)) {
                // a batch may wait long on locks; keep waiting, the transaction itself is bounded by retries
            }
        }
        rethrow();
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void close() {
        for (ExecutorService t : threads) {
            t.shutdownNow();
        }
    }
}
