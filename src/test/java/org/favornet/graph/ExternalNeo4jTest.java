package org.favornet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Shows that the {@code external-neo4j} execution really runs against the separate process: no
 * embedded store, the application's driver answered by the child's server, and data written through
 * the API readable from the child with a driver of its own. Runs only in that execution.
 */
@GraphTest
@EnabledIfSystemProperty(named = ExternalNeo4jEnvironment.SWITCH, matches = "true")
class ExternalNeo4jTest {

    @Autowired GraphConfiguration.EmbeddedNeo4jHolder embedded;
    @Autowired GraphProperties props;
    @Autowired Driver driver;
    @Autowired TestGraph graph;
    @Autowired MockMvc mvc;

    final ExternalNeo4jProcess child = ExternalNeo4jProcess.get();

    @Test
    void startsNoEmbeddedDatabaseAndLeavesNoStoreInTheDataDirectory() {
        assertThat(embedded.get()).isEmpty();
        assertThat(props.neo4j().uri()).isEqualTo(child.uri()).startsWith("neo4j://");
        assertThat(props.dataDir()).isEqualTo(ExternalNeo4jProcess.DATA_DIR);
        assertThat(props.dataDir().resolve("neo4j")).doesNotExist();
        assertThat(props.dataDir().resolve("neo4j-credentials")).doesNotExist();
    }

    @Test
    void theApplicationsDriverIsAnsweredByTheOtherProcess() {
        assertThat(child.pid()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(ProcessHandle.of(child.pid()).map(ProcessHandle::isAlive)).contains(true);

        assertThat(Path.of(setting(driver, "server.directories.neo4j_home"))).isEqualTo(child.home());
        assertThat(setting(driver, "server.bolt.listen_address")).isEqualTo("127.0.0.1:" + child.port());
    }

    @Test
    void personsImportedThroughTheApiAreInTheOtherProcessesDatabase() throws Exception {
        graph.clear();
        String csv = "person_id,name\n410203197001010015,张伟\n410203197002150028,李娜\n";
        mvc.perform(post("/api/imports/persons").with(httpBasic("officer", "officer"))
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2));

        try (Driver direct = GraphDatabase.driver("bolt://127.0.0.1:" + child.port(),
                AuthTokens.basic(child.user(), child.password()));
                var session = direct.session()) {
            var names = session.run("MATCH (p:Person) RETURN p.name AS name ORDER BY name").list(r -> r.get("name").asString());
            assertThat(names).containsExactly("张伟", "李娜");
        }
    }

    private static String setting(Driver driver, String name) {
        try (var session = driver.session()) {
            return session.run("SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value", Map.of("name", name))
                    .single().get("value").asString();
        }
    }
}
