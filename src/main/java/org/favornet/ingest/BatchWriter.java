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
import java.util.function.Consumer;
import org.favornet.graph.CypherWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes validated rows with {@code UNWIND $rows} queries, each batch in its own managed
 * write transaction (retried on deadlocks and other transient errors). Rows are partitioned by
 * key over {@code writers} threads, so rows of one key stay on one thread in file order (a later
 * row updates the record) and two threads never write the same node key. Within a batch rows are
 * sorted by key so concurrent transactions take node locks in a consistent order, which keeps
 * deadlocks rare; a key repeated within a batch keeps its last row. A crash loses at most the batches in flight: each batch commits whole or not at all.
 *
 * <p>A batch the database refuses because of its rows is split in halves until the refused rows
 * are found (O(k log b) extra writes for k bad rows in a batch of b); they go to {@code failed}
 * with a reason in words ({@link WriteFailure}), the rest is written. A failure that is not the
 * rows' (the database unreachable, retries exhausted) fails the whole batch's rows the same way.
 *
 * <p>On {@link CypherWork#oneTransaction() one transaction} (strict mode) every batch is written
 * on the caller's thread; the first failure names the batch's rows in {@code failed} and is thrown:
 * the caller rolls everything back.
 */
final class BatchWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    /** Rows the database did not take, and why. */
    record Failed(List<ValidRow> rows, String reason) {}

    private final CypherWork cypher;
    private final List<String> queries;
    private final ExecutorService[] threads;
    private final Semaphore[] inFlight;
    private final AtomicLong written;
    private final Consumer<Failed> failed;

    /**
     * @param written incremented by the rows of each committed batch
     * @param failed told of rows that could not be written (from writer threads)
     */
    BatchWriter(CypherWork cypher, List<String> queryFiles, int writers, AtomicLong written, Consumer<Failed> failed) {
        this.cypher = cypher;
        this.queries = queryFiles;
        this.written = written;
        this.failed = failed;
        int n = cypher.oneTransaction() ? 0 : Math.max(1, writers);
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
        if (threads.length == 0) {
            List<ValidRow> last = lastPerKey(rows);
            try {
                cypher.writeAll(queries, Map.of("rows", last.stream().map(ValidRow::params).toList()));
            } catch (RuntimeException e) {
                failed.accept(new Failed(rows, WriteFailure.reason(e))); // the report names the batch's rows
                throw e;
            }
            written.addAndGet(rows.size());
            return;
        }
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
            List<ValidRow> last = lastPerKey(part);
            int rowsInPart = part.size();
            Semaphore gate = inFlight[i];
            gate.acquire();
            threads[i].execute(() -> {
                try {
                    long refused = writeOrIsolate(last, part);
                    written.addAndGet(rowsInPart - refused);
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
    static List<ValidRow> lastPerKey(List<ValidRow> rows) {
        Map<String, ValidRow> last = new TreeMap<>();
        for (ValidRow row : rows) {
            last.put(row.key(), row);
        }
        return List.copyOf(last.values());
    }

    /**
     * Writes the rows; on a failure caused by rows, halves them until the refused ones are found.
     *
     * @param all every row of the batch part (earlier rows of a key included), for the count of refused rows
     * @return rows of {@code all} not written
     */
    private long writeOrIsolate(List<ValidRow> last, List<ValidRow> all) {
        try {
            cypher.writeAll(queries, Map.of("rows", last.stream().map(ValidRow::params).toList()));
            return 0;
        } catch (RuntimeException e) {
            if (last.size() > 1 && WriteFailure.causedByRows(e)) {
                int half = last.size() / 2;
                List<ValidRow> left = last.subList(0, half);
                List<ValidRow> right = last.subList(half, last.size());
                return writeOrIsolate(left, rowsOf(left, all)) + writeOrIsolate(right, rowsOf(right, all));
            }
            log.warn("Import batch of {} row(s) from line {} not written: {}", all.size(),
                    all.stream().mapToLong(ValidRow::line).min().orElse(0), e.toString());
            failed.accept(new Failed(all, WriteFailure.reason(e)));
            return all.size();
        }
    }

    /** The rows of {@code all} whose key is among {@code some}. */
    private static List<ValidRow> rowsOf(List<ValidRow> some, List<ValidRow> all) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        some.forEach(r -> keys.add(r.key()));
        return all.stream().filter(r -> keys.contains(r.key())).toList();
    }

    /** Waits for every queued batch. */
    void finish() throws InterruptedException {
        for (ExecutorService t : threads) {
            t.shutdown();
        }
        for (ExecutorService t : threads) {
            while (!t.awaitTermination(1, TimeUnit.MINUTES)) {
                // a batch may wait long on locks; keep waiting, the transaction itself is bounded by retries
            }
        }
    }

    @Override
    public void close() {
        for (ExecutorService t : threads) {
            t.shutdownNow();
        }
    }
}
