package org.favornet.kinship.gedcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15 point 7: a genealogy goes through the kinship rules of a CSV kinship import. */
@GraphTest
class GedcomRulesTest {

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;

    @BeforeEach
    void empty() {
        graph.clear();
    }

    // line numbers matter: @F1@ names I1 as his own child (line 11), @F2@ and @F3@ make I2 and I3
    // each other's father (the second of them, line 17, closes the cycle), @F4@ marries I4 to himself
    static final String GED = """
            0 HEAD
            1 CHAR UTF-8
            0 @I1@ INDI
            1 NAME Self /Parent/
            0 @I2@ INDI
            1 NAME Anne /Loop/
            0 @I3@ INDI
            1 NAME Bob /Loop/
            0 @F1@ FAM
            1 HUSB @I1@
            1 CHIL @I1@
            0 @F2@ FAM
            1 HUSB @I2@
            1 CHIL @I3@
            0 @F3@ FAM
            1 HUSB @I3@
            1 CHIL @I2@
            0 @I4@ INDI
            1 NAME Alone /Wed/
            0 @F4@ FAM
            1 HUSB @I4@
            1 WIFE @I4@
            0 TRLR
            """;

    @Test
    void aPersonAsHisOwnParentAndTwoPersonsAsEachOthersParentAreRejectedWithLineAndReason() throws Exception {
        mvc.perform(post("/api/imports/gedcom").param("name", "loops.ged").contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(GED.getBytes(StandardCharsets.UTF_8)).with(httpBasic("officer", "officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personsWritten").value(4))
                .andExpect(jsonPath("$.tiesWritten").value(1))
                .andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.rejects[0].line").value(11))
                .andExpect(jsonPath("$.rejects[0].column").value("CHIL"))
                .andExpect(jsonPath("$.rejects[0].reason").value("family F1: PARENT_OF I1 -> I1: a person cannot be his own parent"))
                .andExpect(jsonPath("$.rejects[1].line").value(17))
                .andExpect(jsonPath("$.rejects[1].reason").value(org.hamcrest.Matchers.containsString(
                        "the tie would make a parent cycle")))
                .andExpect(jsonPath("$.rejects[2].line").value(22))
                .andExpect(jsonPath("$.rejects[2].column").value("WIFE"));

        assertThat(graph.count("MATCH (a)-[:PARENT_OF]->(a) RETURN count(*)")).isZero();
        assertThat(graph.count("MATCH (a)-[:PARENT_OF]->(b)-[:PARENT_OF]->(a) RETURN count(*)")).isZero();
        assertThat(graph.count("MATCH (a)-[:SPOUSE_OF]-(a) RETURN count(*)")).isZero();
        assertThat(graph.count("MATCH (:Person {id: 'loops:I2'})-[:PARENT_OF]->(:Person {id: 'loops:I3'}) RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void aSecondFileCannotCloseACycleWithTiesAlreadyStored() throws Exception {
        String first = GED.substring(0, GED.indexOf("0 @F3@ FAM")) + "0 TRLR\n";
        String second = GED.replace("0 @F2@ FAM\n1 HUSB @I2@\n1 CHIL @I3@\n", "");
        for (String ged : new String[] {first, second}) {
            mvc.perform(post("/api/imports/gedcom").param("name", "loops.ged").contentType(MediaType.APPLICATION_OCTET_STREAM)
                            .content(ged.getBytes(StandardCharsets.UTF_8)).with(httpBasic("officer", "officer")))
                    .andExpect(status().isOk());
        }
        assertThat(graph.count("MATCH (a)-[:PARENT_OF]->(b)-[:PARENT_OF]->(a) RETURN count(*)")).isZero();
    }
}
