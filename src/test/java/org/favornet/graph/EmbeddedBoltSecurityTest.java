package org.favornet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded database is reachable on loopback only, with its generated credentials only. */
@GraphTest
class EmbeddedBoltSecurityTest {

    @Autowired GraphConfiguration.EmbeddedNeo4jHolder embedded;
    @Autowired GraphProperties props;

    private EmbeddedNeo4j db() {
        return embedded.get().orElseThrow();
    }

    @Test
    void aDriverWithAWrongPasswordIsRefused() {
        // One failed attempt per user: Neo4j locks a user out briefly after three.
        try (Driver driver = GraphDatabase.driver(db().boltUri(), AuthTokens.basic(db().credentials().user(), "wrong"))) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver driver = GraphDatabase.driver(db().boltUri(), AuthTokens.basic("intruder", "neo4j"))) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver driver = GraphDatabase.driver(db().boltUri(), AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void generatedCredentialsAreReadableByTheOwnerOnly() throws Exception {
        Path file = props.dataDir().toAbsolutePath().resolve("neo4j-credentials");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).trim()).isEqualTo(db().credentials().user() + ":" + db().credentials().password());
    }

    @Test
    void boltListensOnLoopbackOnly() throws Exception {
        URI uri = URI.create(db().boltUri());
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        List<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(n -> !isLoopback(n))
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
        for (InetAddress address : external) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, uri.getPort()), 1000))
                        .as("Bolt reachable on " + address).isInstanceOf(java.io.IOException.class);
            }
        }
    }

    private static boolean isLoopback(NetworkInterface n) {
        try {
            return n.isLoopback();
        } catch (java.net.SocketException e) {
            return true;
        }
    }
}
