package org.favornet.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community server inside this JVM. Bolt listens on loopback only and requires
 * authentication; the service reaches it through the driver exactly as it would reach a remote
 * server. Credentials come from configuration or are generated at first start and kept in
 * {@code <dataDir>/neo4j-credentials} (owner-readable only).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final Credentials credentials;
    private final int boltPort;

    /** Login for the Bolt connector. */
    public record Credentials(String user, String password) {}

    public EmbeddedNeo4j(GraphProperties props, CypherFiles cypher) {
        OwnerOnlyFiles.tighten(props.dataDir()); // before the store opens: it holds personal data
        Path home = props.dataDir().toAbsolutePath().resolve("neo4j");
        this.credentials = credentials(props);
        long started = System.nanoTime();
        this.dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", props.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", props.boltPort()))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(props.pageCache()))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, props.txLogRetention())
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        ensureLogin(system, cypher);
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        this.boltPort = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        log.info("Embedded Neo4j started in {} ms, store {}, Bolt on 127.0.0.1:{}",
                (System.nanoTime() - started) / 1_000_000, home, boltPort);
    }

    /**
     * Creates the Bolt login, or gives it the configured or stored password. Skipped when that
     * login already works, as on every start after the first: the two administration commands
     * cost 5 s of each start (planned cold, and the second failing when the password is unchanged),
     * while checking the login is a look-up in the system graph.
     */
    private void ensureLogin(GraphDatabaseService system, CypherFiles cypher) {
        if (canLogIn(system)) {
            return;
        }
        system.executeTransactionally(cypher.text("system/create_user.cypher"),
                Map.of("user", credentials.user(), "password", credentials.password()));
        if (canLogIn(system)) {
            return;
        }
        system.executeTransactionally(cypher.text("system/set_password.cypher"),
                Map.of("user", credentials.user(), "password", credentials.password()));
    }

    /** Whether the embedded login authenticates with the current password (the way Bolt checks it). */
    private boolean canLogIn(GraphDatabaseService system) {
        AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
        try {
            LoginContext login = auth.login(AuthToken.newBasicAuthToken(credentials.user(), credentials.password()),
                    ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (InvalidAuthTokenException e) {
            return false;
        }
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** Store size on disk, transaction logs included. */
    public long storeBytes() {
        return GraphStoreSize.of(dbms);
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    private static Credentials credentials(GraphProperties props) {
        GraphProperties.Neo4j configured = props.neo4j();
        String user = blankToNull(configured.user());
        String password = blankToNull(configured.password());
        if (password != null) {
            return new Credentials(user == null ? "neo4j" : user, password);
        }
        Path file = props.dataDir().toAbsolutePath().resolve("neo4j-credentials");
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                String[] parts = Files.readString(file).trim().split(":", 2);
                return new Credentials(parts[0], parts[1]);
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            Credentials generated = new Credentials(user == null ? "neo4j" : user,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            Files.writeString(file, generated.user() + ":" + generated.password() + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Cannot restrict permissions of {} on this file system", file);
            }
            log.info("Generated embedded Neo4j credentials in {}", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static long parseBytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1L;
        };
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * unit;
    }
}
