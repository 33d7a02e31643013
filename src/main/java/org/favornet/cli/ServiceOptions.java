package org.favornet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that works on the database (a picocli mixin). */
public final class ServiceOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the embedded store and its credentials file neo4j-credentials "
                    + "(default: FAVORNET_DATA_DIR, else ./data). Ignored with FAVORNET_NEO4J_URI set.")
    Path dataDir;

    @Option(names = {"-v", "--verbose"}, description = "Log at INFO (default: warnings and errors only).")
    boolean verbose;

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The data directory the service will use: {@code --data-dir}, else {@code -Dfavornet.data-dir},
     * else {@code FAVORNET_DATA_DIR}, else {@code ./data} (the order Spring resolves it in).
     */
    public Path resolvedDataDir() {
        if (dataDir != null) {
            return dataDir.toAbsolutePath();
        }
        String env = System.getenv("FAVORNET_DATA_DIR");
        return Path.of(System.getProperty("favornet.data-dir", env == null || env.isBlank() ? "data" : env))
                .toAbsolutePath();
    }

    public boolean verbose() {
        return verbose;
    }
}
