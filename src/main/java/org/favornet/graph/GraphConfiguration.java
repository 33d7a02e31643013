package org.favornet.graph;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the driver to an external server when a URI is configured, else to the embedded one. */
@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphConfiguration.class);

    @Bean
    CypherFiles cypherFiles() {
        return new CypherFiles();
    }

    @Bean(destroyMethod = "close")
    EmbeddedNeo4jHolder embeddedNeo4j(GraphProperties props, CypherFiles files) {
        if (props.neo4j().external()) {
            log.info("Using external Neo4j at {}; no embedded database started", props.neo4j().uri());
            return new EmbeddedNeo4jHolder(null);
        }
        return new EmbeddedNeo4jHolder(new EmbeddedNeo4j(props, files));
    }

    @Bean(destroyMethod = "close")
    Driver driver(GraphProperties props, EmbeddedNeo4jHolder embedded) {
        Config config = Config.builder()
                .withMaxConnectionPoolSize(64)
                .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
        Driver driver = embedded.get()
                .map(db -> GraphDatabase.driver(db.boltUri(),
                        AuthTokens.basic(db.credentials().user(), db.credentials().password()), config))
                .orElseGet(() -> GraphDatabase.driver(props.neo4j().uri(),
                        AuthTokens.basic(props.neo4j().user(), props.neo4j().password()), config));
        driver.verifyConnectivity();
        return driver;
    }

    @Bean
    CypherRunner cypherRunner(Driver driver, CypherFiles files, GraphProperties props) {
        return new CypherRunner(driver, files, props.neo4j().external() ? props.neo4j().database() : "neo4j");
    }

    @Bean
    SchemaMigrator schemaMigrator(CypherRunner runner) {
        SchemaMigrator migrator = new SchemaMigrator(runner);
        migrator.apply();
        return migrator;
    }

    /** The embedded database when one runs; lets beans depend on it without requiring it. */
    public static final class EmbeddedNeo4jHolder implements AutoCloseable {
        private final EmbeddedNeo4j db;

        EmbeddedNeo4jHolder(EmbeddedNeo4j db) {
            this.db = db;
        }

        public Optional<EmbeddedNeo4j> get() {
            return Optional.ofNullable(db);
        }

        @Override
        public void close() {
            if (db != null) {
                db.close();
            }
        }
    }

}
