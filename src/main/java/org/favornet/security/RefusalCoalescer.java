package org.favornet.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a flood of rate-limited requests from filling the disk with audit records. Rule, per caller
 * (the claimed user, token or address the limiter meters) and per wall-clock second: the first
 * refused request is recorded at once, like any request, before its 429 leaves; the others of that
 * second are only counted, and one summary record (the last of them, with {@code repeats} = their
 * number) is written when the second is over: at the caller's next refusal, or by the sweep that
 * runs every second, or at shutdown. So a caller costs at most two records per second however fast
 * he sends, and every refused request is still accounted for. Memory: one open window per caller
 * refused in the current second.
 */
final class RefusalCoalescer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RefusalCoalescer.class);

    private final AuditLog trail;
    private final LongSupplier millis;
    private final Map<String, Window> open = new HashMap<>();
    private final ScheduledExecutorService sweeper;

    private static final class Window {
        final long second;
        AuditRecord last;
        int more;

        Window(long second) {
            this.second = second;
        }
    }

    /** With the wall clock and a sweeping thread. */
    RefusalCoalescer(AuditLog trail) {
        this(trail, System::currentTimeMillis, true);
    }

    RefusalCoalescer(AuditLog trail, LongSupplier millis, boolean sweep) {
        this.trail = trail;
        this.millis = millis;
        if (sweep) {
            sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "audit-refusal-sweep");
                t.setDaemon(true);
                return t;
            });
            sweeper.scheduleWithFixedDelay(this::sweepQuietly, 1, 1, TimeUnit.SECONDS);
        } else {
            sweeper = null;
        }
    }

    /** A request refused by the rate limit: recorded now if it is its caller's first this second, else counted. */
    void refused(String caller, AuditRecord draft) {
        long second = millis.getAsLong() / 1000;
        Window closed;
        synchronized (this) {
            Window w = open.get(caller);
            if (w != null && w.second == second) {
                w.more++;
                w.last = draft;
                return;
            }
            closed = w;
            open.put(caller, new Window(second));
        }
        summarize(caller, closed);
        trail.append(draft.refusedBy(caller, null));
    }

    /** Writes the summaries of every second that is over. */
    void sweep() {
        long second = millis.getAsLong() / 1000;
        List<Map.Entry<String, Window>> over = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Map.Entry<String, Window>> it = open.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Window> e = it.next();
                if (e.getValue().second < second) {
                    over.add(e);
                    it.remove();
                }
            }
        }
        over.forEach(e -> summarize(e.getKey(), e.getValue()));
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.error("Rate-limit summaries could not be written to the audit trail: {}", e.getMessage());
        }
    }

    private void summarize(String caller, Window w) {
        if (w != null && w.more > 0) {
            trail.append(w.last.refusedBy(caller, w.more));
        }
    }

    /** Writes every open summary, the current second's too. */
    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        List<Map.Entry<String, Window>> all;
        synchronized (this) {
            all = new ArrayList<>(open.entrySet());
            open.clear();
        }
        all.forEach(e -> summarize(e.getKey(), e.getValue()));
    }
}
