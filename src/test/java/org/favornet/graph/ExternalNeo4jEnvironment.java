package org.favornet.graph;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at {@link ExternalNeo4jProcess} when the system property
 * {@value #SWITCH} is {@code true} (the {@code external-neo4j} surefire execution sets it): the
 * application then gets {@code favornet.neo4j.uri}, user and password, exactly what
 * {@code FAVORNET_NEO4J_URI} and its companions give it in production, and starts no embedded
 * database. The data directory (jobs, audit trail) moves to a fresh {@code target/test-data-external},
 * so a test can show that no embedded store appeared there. Registered in the test class path's
 * {@code META-INF/spring.factories} only.
 */
public final class ExternalNeo4jEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String SWITCH = "favornet.test.external-neo4j";

    public static boolean enabled() {
        return Boolean.getBoolean(SWITCH);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!enabled()) {
            return;
        }
        ExternalNeo4jProcess neo4j = ExternalNeo4jProcess.get();
        environment.getPropertySources().addFirst(new MapPropertySource("externalNeo4j", Map.of(
                "favornet.neo4j.uri", neo4j.uri(),
                "favornet.neo4j.user", neo4j.user(),
                "favornet.neo4j.password", neo4j.password(),
                "favornet.data-dir", ExternalNeo4jProcess.DATA_DIR.toString())));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
