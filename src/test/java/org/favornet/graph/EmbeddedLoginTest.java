package org.favornet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The Bolt login of the embedded database follows the configured password across restarts: created
 * on the first start, changed when the password changes, left alone when it works already.
 */
class EmbeddedLoginTest {

    @TempDir Path dataDir;

    private GraphProperties props(String password) {
        return new GraphProperties(dataDir, 0, new GraphProperties.Neo4j(null, "favornet", password, "neo4j"), "64m",
                "64M size", 1000);
    }

    @Test
    void theLoginIsCreatedThenFollowsAChangedPassword() {
        try (EmbeddedNeo4j db = new EmbeddedNeo4j(props("first-password"), new CypherFiles())) {
            assertLogsIn(db.boltUri(), "first-password");
        }
        try (EmbeddedNeo4j db = new EmbeddedNeo4j(props("second-password"), new CypherFiles())) {
            assertLogsIn(db.boltUri(), "second-password");
            try (Driver old = GraphDatabase.driver(db.boltUri(), AuthTokens.basic("favornet", "first-password"))) {
                assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        try (EmbeddedNeo4j db = new EmbeddedNeo4j(props("second-password"), new CypherFiles())) {
            assertLogsIn(db.boltUri(), "second-password");
        }
    }

    private static void assertLogsIn(String uri, String password) {
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("favornet", password))) {
            driver.verifyConnectivity();
            assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
                    .isEqualTo(1);
        }
    }
}
