package org.favornet.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.favornet.graph.GraphStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * With {@code favornet.demo=true} (the default) and no {@code Person} in the graph, loads the
 * demo data set {@code fixtures/demo/<kind>.csv} at start-up: from the working directory when
 * that folder exists, else from the classpath. Not in command-line runs.
 */
@Component
class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    static final String FOLDER = "fixtures/demo";

    private final RecordLoader loader;
    private final GraphStatistics statistics;
    private final Environment environment;
    private final boolean demo;
    private final ApplicationEventPublisher events;

    DemoLoader(RecordLoader loader, GraphStatistics statistics, Environment environment,
            @Value("${favornet.demo:true}") boolean demo, ApplicationEventPublisher events) {
        this.events = events;
        this.loader = loader;
        this.statistics = statistics;
        this.environment = environment;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenEmpty() {
        if (!demo || environment.acceptsProfiles(Profiles.of("cli"))
                || statistics.counts().nodes().getOrDefault("Person", 0L) > 0) {
            return;
        }
        // Not ready (readiness probe DOWN) until the county is in: the port is already open.
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            Map<RecordKind, ImportSource> files = sources();
            if (files.isEmpty()) {
                log.info("Demo mode, empty graph, but no {}/<kind>.csv found: nothing loaded", FOLDER);
                return;
            }
            List<ImportReport> reports = loader.loadFolder(files, false, (k, p) -> { });
            for (ImportReport r : reports) {
                log.info("Demo data {}: {} rows, {} accepted, {} rejected", r.file(), r.rows(), r.accepted(), r.rejected());
            }
        } catch (IOException | RuntimeException e) {
            log.error("Loading the demo data set failed", e);
        } finally {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    static Map<RecordKind, ImportSource> sources() throws IOException {
        Path local = Path.of(FOLDER);
        if (Files.isDirectory(local)) {
            return RecordLoader.folder(local);
        }
        Map<RecordKind, ImportSource> files = new EnumMap<>(RecordKind.class);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (RecordKind kind : RecordKind.values()) {
            Resource r = resolver.getResource("classpath:" + FOLDER + "/" + kind.fileName() + ".csv");
            if (r.exists()) {
                files.put(kind, ImportSource.of(r));
            }
        }
        return files;
    }
}
