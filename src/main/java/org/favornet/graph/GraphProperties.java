package org.favornet.graph;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With {@code uri} unset an embedded Neo4j starts in {@code dataDir}
 * with Bolt on loopback {@code boltPort} (0 picks a free port); with {@code uri} set
 * ({@code neo4j://} routes across a cluster) nothing embedded starts.
 *
 * @param dataDir embedded store, credentials and job files ({@code FAVORNET_DATA_DIR})
 * @param boltPort embedded Bolt port, loopback only ({@code FAVORNET_BOLT_PORT})
 * @param neo4j external database ({@code FAVORNET_NEO4J_URI}, {@code _USER}, {@code _PASSWORD})
 * @param pageCache embedded page cache size, e.g. {@code 512m}
 * @param txLogRetention embedded transaction-log retention, e.g. {@code 256M size}
 * @param batchSize rows per {@code UNWIND} write batch
 */
@ConfigurationProperties("favornet")
public record GraphProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @DefaultValue Neo4j neo4j,
        @DefaultValue("512m") String pageCache,
        @DefaultValue("256M size") String txLogRetention,
        @DefaultValue("5000") int batchSize) {

    /** External database coordinates; all blank for the embedded one. */
    public record Neo4j(String uri, String user, String password, @DefaultValue("neo4j") String database) {

        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }
}
