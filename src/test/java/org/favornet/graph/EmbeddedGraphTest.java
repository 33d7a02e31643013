package org.favornet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@GraphTest
class EmbeddedGraphTest {

    @Autowired TestGraph graph;
    @Autowired GraphStatistics statistics;
    @Autowired MockMvc mvc;

    @BeforeEach
    void empty() {
        graph.clear();
    }

    @Test
    void schemaConstraintsAreAppliedAtStartUp() {
        long constraints = graph.count("SHOW CONSTRAINTS YIELD name WHERE name IN ['person_id','grant_id','lead_key'] RETURN count(*)");
        assertThat(constraints).isEqualTo(3);
    }

    @Test
    void statisticsCountNodesByLabelAndRelationshipsByType() {
        graph.run("CREATE (:Person {id:'a'})-[:SPOUSE_OF]->(:Person {id:'b'}), (:Grant {id:'g'})");
        GraphStatistics.Counts counts = statistics.counts();
        assertThat(counts.nodes()).containsEntry("Person", 2L).containsEntry("Grant", 1L);
        assertThat(counts.relationships()).containsEntry("SPOUSE_OF", 1L);
    }

    @Test
    void healthReportsTheDatabaseToAnAdministrator() throws Exception {
        mvc.perform(get("/actuator/health").with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.neo4j.status").value("UP"));
    }

    @Test
    void statsRequireLoginAndAnswerAsAProblemDocument() throws Exception {
        mvc.perform(get("/api/stats")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void unknownEndpointsAnswerNotFoundToASignedInUser() throws Exception {
        mvc.perform(get("/api/nothing-here").with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("admin", "admin-test-password")))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"));
    }
}
