package org.favornet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The same bad request asked in Chinese and in English gets the same status and the same stable
 * {@code type}, and a title and detail in the language asked for; no header, or a language the
 * service does not speak, gets Chinese. Covers errors raised in controllers, in Spring MVC itself,
 * and in the servlet filters before MVC (401, 403).
 */
@GraphTest
class ProblemLanguageTest {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired MockMvc mvc;

    private JsonNode answer(MockHttpServletRequestBuilder request, String language, int status) throws Exception {
        if (language != null) {
            request.header("Accept-Language", language);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Asks in zh-CN and en; returns the two answers after checking what must agree and what must differ. */
    private JsonNode[] bothLanguages(Supplier<MockHttpServletRequestBuilder> request, int status, String kind)
            throws Exception {
        JsonNode zh = answer(request.get(), "zh-CN", status);
        JsonNode en = answer(request.get(), "en", status);
        assertThat(zh.get("type").asText()).isEqualTo(ProblemKind.TYPE_BASE + kind).isEqualTo(en.get("type").asText());
        assertThat(zh.get("status").asInt()).isEqualTo(status).isEqualTo(en.get("status").asInt());
        assertThat(CJK.matcher(zh.get("title").asText()).find()).as("Chinese title %s", zh).isTrue();
        assertThat(CJK.matcher(zh.get("detail").asText()).find()).as("Chinese detail %s", zh).isTrue();
        assertThat(CJK.matcher(en.get("title").asText()).find()).as("English title %s", en).isFalse();
        assertThat(CJK.matcher(en.get("detail").asText()).find()).as("English detail %s", en).isFalse();
        assertThat(en.get("title").asText()).matches("[A-Z][^A-Z]*"); // one casing: sentence case
        return new JsonNode[] {zh, en};
    }

    @Test
    void aParameterOfTheWrongTypeIsTheSameKindInBothLanguagesWithTheParameterNamedInEach() throws Exception {
        JsonNode[] answers = bothLanguages(() -> get("/api/leads").param("minScore", "NaN")
                .with(httpBasic("investigator", "investigator")), 400, "bad-request");
        assertThat(answers[0].get("title").asText()).isEqualTo("请求有误");
        assertThat(answers[1].get("title").asText()).isEqualTo("Bad request");
        assertThat(answers[0].get("detail").asText()).contains("minScore");
        assertThat(answers[1].get("detail").asText()).contains("Parameter 'minScore' must be a finite number");
    }

    @Test
    void malformedJsonKeepsLineAndColumnAsArgumentsInBothLanguages() throws Exception {
        JsonNode[] answers = bothLanguages(() -> put("/api/users/bad.body").with(httpBasic("admin", "admin-test-password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\n  \"roles\": [\"ANALYST\"\n}"),
                400, "malformed-body");
        assertThat(answers[0].get("detail").asText()).contains("第 3 行第 1 列");
        assertThat(answers[1].get("detail").asText()).contains("at line 3, column 1");
    }

    @Test
    void anUnknownLeadIsNotFoundWithItsIdInBothLanguages() throws Exception {
        JsonNode[] answers = bothLanguages(() -> get("/api/leads/no-such-lead")
                .with(httpBasic("investigator", "investigator")), 404, "not-found");
        assertThat(answers[0].get("detail").asText()).contains("no-such-lead");
        assertThat(answers[1].get("detail").asText()).isEqualTo("No lead 'no-such-lead' in your regions.");
    }

    @Test
    void aFullResidentIdFromAViewerWithoutClearDataIsTheUseRefKind() throws Exception {
        bothLanguages(() -> get("/api/paths").param("from", "410102199001011234").param("to", "x")
                .with(httpBasic("investigator", "investigator")), 400, "use-ref");
    }

    @Test
    void springsOwnMethodNotAllowedGetsAStableTypeAndATranslatedTitle() throws Exception {
        bothLanguages(() -> delete("/api/users").with(httpBasic("admin", "admin-test-password")), 405,
                "method-not-allowed");
    }

    @Test
    void filterLevelRefusalsSpeakTheRequestsLanguageToo() throws Exception {
        JsonNode[] unauthorized = bothLanguages(() -> get("/api/leads"), 401, "unauthorized");
        assertThat(unauthorized[1].get("title").asText()).isEqualTo("Unauthorized");
        bothLanguages(() -> get("/api/audit").with(httpBasic("investigator", "investigator")), 403, "forbidden");
        bothLanguages(() -> post("/api/imports/persons").with(httpBasic("officer", "officer"))
                .header("Origin", "https://evil.example").contentType(MediaType.TEXT_PLAIN).content("id,name\n"),
                403, "cross-site");
    }

    @Test
    void noHeaderOrAnUnsupportedLanguageIsAnsweredInChineseAndAnyEnglishInEnglish() throws Exception {
        MockHttpServletRequestBuilder[] none = {get("/api/leads/x").with(httpBasic("investigator", "investigator"))};
        assertThat(answer(none[0], null, 404).get("title").asText()).isEqualTo("未找到");
        assertThat(answer(get("/api/leads/x").with(httpBasic("investigator", "investigator")), "fr-FR", 404)
                .get("title").asText()).isEqualTo("未找到");
        assertThat(answer(get("/api/leads/x").with(httpBasic("investigator", "investigator")), "en-GB,en;q=0.8", 404)
                .get("title").asText()).isEqualTo("Not found");
        assertThat(answer(get("/api/leads/x").with(httpBasic("investigator", "investigator")), "fr;q=1, en;q=0.5", 404)
                .get("title").asText()).isEqualTo("Not found");
        assertThat(answer(get("/api/leads"), "en-US", 401).get("title").asText()).isEqualTo("Unauthorized");
    }
}
