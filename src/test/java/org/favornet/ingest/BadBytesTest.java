package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15 point 8: bytes that are neither UTF-8 nor GB18030 refuse the file naming line and byte
 * offset; control characters and rows of the wrong length are rejected rows naming the column or line.
 */
@GraphTest
class BadBytesTest {

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;

    @BeforeEach
    void empty() {
        graph.clear();
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030RefuseTheFileNamingLineAndOffset() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("person_id,name\nA,张三\nB,".getBytes(StandardCharsets.UTF_8));
        file.write(0xFF); // never valid in UTF-8, and not a GB18030 lead byte
        file.writeBytes("x\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/imports/persons").with(httpBasic("officer", "officer")).contentType("text/csv")
                        .content(file.toByteArray()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "The file cannot be read as text: line 3 (byte offset 26, byte 0xFF) is neither UTF-8 nor GB18030")));
        assertThat(graph.count("MATCH (p:Person) RETURN count(p)")).isZero();
    }

    @Test
    void aGbkFileIsStillReadAsGb18030() throws Exception {
        mvc.perform(post("/api/imports/persons").with(httpBasic("officer", "officer")).contentType("text/csv")
                        .content("person_id,name\nA,张三\n".getBytes(TextEncoding.GB18030)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.encoding").value("GB18030"))
                .andExpect(jsonPath("$.accepted").value(1));
        assertThat(graph.run("MATCH (p:Person {id: 'A'}) RETURN p.name").get(0).get(0).asString()).isEqualTo("张三");
    }

    @Test
    void nulAndControlCharactersAreRejectedNamingTheColumn() throws Exception {
        mvc.perform(post("/api/imports/persons").with(httpBasic("officer", "officer")).contentType("text/csv")
                        .content("person_id,name,address\nA,张\u0000三,x\nB,李四,街\u0085道\nC,王五,\"第一行\n第二行\"\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejects[0].line").value(2))
                .andExpect(jsonPath("$.rejects[0].column").value("name"))
                .andExpect(jsonPath("$.rejects[0].reason").value(
                        "name holds the control character U+0000 (not text; the export that made the file may be damaged)"))
                .andExpect(jsonPath("$.rejects[1].line").value(3))
                .andExpect(jsonPath("$.rejects[1].column").value("address"));
        assertThat(graph.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void aRowWithTooFewFieldsIsRejectedNamingTheLineAndTheFirstMissingColumn() throws Exception {
        mvc.perform(post("/api/imports/persons").with(httpBasic("officer", "officer")).contentType("text/csv")
                        .content("person_id,name,gender\nA,张三,M\nB,李四\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejects[0].line").value(3))
                .andExpect(jsonPath("$.rejects[0].column").value("gender"))
                .andExpect(jsonPath("$.rejects[0].reason").value(org.hamcrest.Matchers.startsWith(
                        "the row has 2 field(s) but the header has 3")));
    }
}
