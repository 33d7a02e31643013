package org.favornet.detection;

import java.util.List;

/**
 * What an analysis run did.
 *
 * @param stages each stage with its wall time and how many items it produced
 * @param peakHeapBytes sum of the heap pools' peak use during the run (MemoryPoolMXBean)
 */
public record AnalysisReport(String id, int leadCount, List<Stage> stages, long totalMillis, long peakHeapBytes) {

    /** One stage: name, milliseconds, items (ties, hits, leads...). */
    public record Stage(String name, long millis, long items) {}
}
