package org.favornet.web;

import org.favornet.graph.GraphStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats}: what a load did, for the data officer. */
@RestController
class StatsController {

    private final GraphStatistics statistics;

    StatsController(GraphStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/stats")
    GraphStatistics.Counts stats() {
        return statistics.counts();
    }
}
