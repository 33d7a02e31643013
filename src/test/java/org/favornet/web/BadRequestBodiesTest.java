package org.favornet.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.favornet.GraphTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A body or parameter that cannot be used gets a 400 problem saying what is wrong and where. */
@GraphTest
class BadRequestBodiesTest {

    @Autowired MockMvc mvc;

    private static MockHttpServletRequestBuilder user(String body) {
        return put("/api/users/bad.body").with(httpBasic("admin", "admin-test-password"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private void answers(MockHttpServletRequestBuilder request, String... detailParts) throws Exception {
        var detail = Matchers.allOf(java.util.Arrays.stream(detailParts).map(Matchers::containsString).toList()
                .toArray(new org.hamcrest.Matcher[0]));
        mvc.perform(request.header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("Failed to read request"))))
                .andExpect(jsonPath("$.detail").value(detail));
    }

    @org.junit.jupiter.api.Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        answers(user("{\n  \"roles\": [\"ANALYST\"],\n  \"regions\": [\"41\"\n}"), "Malformed JSON at line 4, column 1", "regions", "Unexpected close marker '}'");
    }

    @org.junit.jupiter.api.Test
    void aValueOfTheWrongTypeNamesTheFieldAndTheTypeWanted() throws Exception {
        answers(user("{\"clearData\": \"maybe\"}"), "Field 'clearData'", "boolean");
        answers(user("{\"roles\": \"ANALYST\"}"), "Field 'roles'", "array");
        answers(post("/api/exports").with(httpBasic("analyst", "analyst")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"seeds\":[\"x\"],\"hops\":\"two\"}"), "Field 'hops'", "whole number");
        answers(post("/api/analyses").with(httpBasic("analyst", "analyst")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2024-13-45\"}"), "Field 'from'", "date (YYYY-MM-DD)");
    }

    @org.junit.jupiter.api.Test
    void anUnknownEnumValueListsTheAllowedOnes() throws Exception {
        answers(user("{\"roles\": [\"SUPERUSER\"]}"), "Field 'roles[0]'", "'SUPERUSER'",
                "ADMIN, DATA_OFFICER, INVESTIGATOR, ANALYST");
    }

    @org.junit.jupiter.api.Test
    void aBodyThatBreaksADocumentRuleSaysWhichRule() throws Exception {
        answers(post("/api/analyses").with(httpBasic("analyst", "analyst")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"2025-01-01\",\"to\":\"2024-01-01\"}"), "'to' is before 'from'");
    }

    @org.junit.jupiter.api.Test
    void anEmptyBodyOrAnArrayInsteadOfAnObjectIsSaidSo() throws Exception {
        answers(patch("/api/leads/no-such-lead").with(httpBasic("investigator", "investigator"))
                .contentType(MediaType.APPLICATION_JSON), "The request body is empty");
        answers(user("   "), "The request body is empty");
        answers(user("[1, 2]"), "must be an object in JSON");
    }

    @org.junit.jupiter.api.Test
    void theWrongContentTypeIsA415NamingTheTypesTaken() throws Exception {
        mvc.perform(patch("/api/leads/no-such-lead").with(httpBasic("investigator", "investigator"))
                        .contentType(MediaType.TEXT_PLAIN).content("{\"status\":\"OPEN\"}").header("Accept-Language", "en"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Accept", Matchers.containsString("application/json")))
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(
                        Matchers.containsString("Content-Type 'text/plain"), Matchers.containsString("application/json"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400"})
    void aScoreThatIsNotAFiniteNumberIsRefusedNamingTheParameter(String value) throws Exception {
        answers(get("/api/leads").param("minScore", value).with(httpBasic("investigator", "investigator")),
                "Parameter 'minScore' must be a finite number");
    }

    @ParameterizedTest
    @CsvSource({"page,x,Parameter 'page' must be a whole number"})
    void otherParametersOfTheWrongTypeStillNameTheirType(String name, String value, String detail) throws Exception {
        answers(get("/api/leads").param(name, value).with(httpBasic("investigator", "investigator")), detail);
    }
}
