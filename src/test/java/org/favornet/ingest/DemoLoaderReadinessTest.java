package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.GraphStatistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.core.env.Environment;

/** The readiness probe stays DOWN while the demo county loads: the HTTP port is open before that. */
@GraphTest
class DemoLoaderReadinessTest {

    @Autowired RecordLoader loader;
    @Autowired GraphStatistics statistics;
    @Autowired Environment environment;
    @Autowired TestGraph graph;

    @AfterEach
    void empty() {
        graph.clear();
    }

    @Test
    void refusesTrafficBeforeTheDemoCountyLoadsAndAcceptsItOnlyAfter() {
        graph.clear();
        List<String> seen = new ArrayList<>();
        DemoLoader demo = new DemoLoader(loader, statistics, environment, true, event -> {
            if (event instanceof AvailabilityChangeEvent<?> change) {
                seen.add(change.getState() + " persons=" + statistics.counts().nodes().getOrDefault("Person", 0L));
            }
        });
        demo.loadWhenEmpty();
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isEqualTo("REFUSING_TRAFFIC persons=0");
        assertThat(seen.get(1)).startsWith("ACCEPTING_TRAFFIC persons=").isNotEqualTo("ACCEPTING_TRAFFIC persons=0");
    }
}
