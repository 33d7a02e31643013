package org.favornet.graph;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j server on its own, the "external database" of the tests: run as a separate JVM by
 * {@link ExternalNeo4jProcess}. Bolt listens on a free loopback port with authentication (user
 * {@code neo4j}, password from {@code FAVORNET_TEST_NEO4J_PASSWORD}); once it answers, the server
 * prints {@code READY <port> <pid> <home>} and runs until its standard input closes, which happens
 * when the test JVM ends, however it ends.
 */
public final class StandaloneNeo4jServer {

    static final String PASSWORD_VARIABLE = "FAVORNET_TEST_NEO4J_PASSWORD";

    private StandaloneNeo4jServer() {}

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]).toAbsolutePath();
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(PASSWORD_VARIABLE + " is not set");
        }
        int port = freeLoopbackPort();
        // Advertised on the same port so that a routing driver (neo4j://) finds this server again.
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L << 20)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "standalone-neo4j-shutdown"));
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        System.out.println("READY " + port + " " + ProcessHandle.current().pid() + " " + home);
        System.out.flush();
        // Blocks until the parent closes the pipe or dies; the shutdown hook then stops the database.
        System.in.transferTo(java.io.OutputStream.nullOutputStream());
        System.exit(0);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
