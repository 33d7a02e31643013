package org.favornet.ingest;

import java.util.concurrent.atomic.AtomicLong;

/** Live counters of a running import, read by the job endpoint and the CLI progress bar. */
public final class LoadProgress {

    final AtomicLong rowsRead = new AtomicLong();
    final AtomicLong rowsWritten = new AtomicLong();
    final AtomicLong bytesRead = new AtomicLong();
    volatile long bytesTotal = -1;
    volatile String phase = "reading";

    public long rowsRead() {
        return rowsRead.get();
    }

    public long rowsWritten() {
        return rowsWritten.get();
    }

    /** Fraction of the file's bytes read, 0..1; the write pass of a strict import counts again from 0. */
    public double fraction() {
        long total = bytesTotal;
        return total <= 0 ? 0 : Math.min(1.0, (double) bytesRead.get() / total);
    }

    /** {@code validating}, {@code writing}, {@code deriving} or {@code done}. */
    public String phase() {
        return phase;
    }
}
