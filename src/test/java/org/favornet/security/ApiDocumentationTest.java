package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document (issue 17 point 9): served behind login to every role, valid OpenAPI 3 by swagger-parser
 * with no message at all, and listing every {@code /api} endpoint Spring maps (read from the live handler mapping,
 * so an endpoint added later without documentation fails here); its Swagger UI page loads nothing from outside.
 */
@GraphTest
class ApiDocumentationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    final ObjectMapper json = new ObjectMapper();

    private MockHttpServletResponse asRole(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(user(new AppUser("docs-" + role.name().toLowerCase(Locale.ROOT), "-",
                Set.of(role), List.of("41"), false, true)))).andReturn().getResponse();
    }

    private String document() throws Exception {
        MockHttpServletResponse res = asRole("/v3/api-docs", Role.ANALYST);
        assertThat(res.getStatus()).isEqualTo(200);
        return res.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentAndItsPageNeedALoginAndAnyRoleMayReadThem() throws Exception {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
                "/swagger-ui.html", "/swagger-ui/index.html", "/swagger-ui/swagger-initializer.js")) {
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isEqualTo(401);
            assertThat(anonymous.getHeader("WWW-Authenticate")).as(path).startsWith("Basic");
            for (Role role : Role.values()) {
                assertThat(asRole(path, role).getStatus()).as(path + " as " + role).isIn(200, 302);
            }
        }
        MvcResult login = mvc.perform(get("/v3/api-docs").with(httpBasic("officer", "officer"))).andReturn();
        assertThat(login.getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/v3/api-docs").with(httpBasic("officer", "wrong"))).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    @Test
    void theSwaggerUiPageLoadsItsScriptsAndStylesFromTheServiceItself() throws Exception {
        MockHttpServletResponse welcome = asRole("/swagger-ui.html", Role.INVESTIGATOR);
        assertThat(welcome.getStatus()).isEqualTo(302);
        String page = welcome.getRedirectedUrl();
        assertThat(page).contains("/swagger-ui/index.html").doesNotContain("//");
        MockHttpServletResponse index = asRole("/swagger-ui/index.html", Role.INVESTIGATOR);
        String html = index.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("swagger-ui-bundle.js");
        assertThat(EXTERNAL.matcher(html).find()).as(html).isFalse();
        for (String asset : List.of("swagger-ui-bundle.js", "swagger-ui.css", "swagger-initializer.js")) {
            assertThat(asRole("/swagger-ui/" + asset, Role.INVESTIGATOR).getStatus()).as(asset).isEqualTo(200);
        }
        String initializer = asRole("/swagger-ui/swagger-initializer.js", Role.INVESTIGATOR)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(initializer).contains("/v3/api-docs").doesNotContain("petstore").doesNotContain("https://");
        JsonNode config = json.readTree(asRole("/v3/api-docs/swagger-config", Role.INVESTIGATOR)
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(config.get("url").asText()).startsWith("/v3/api-docs");
        assertThat(config.path("validatorUrl").asText("none")).isIn("none", "");
    }

    @Test
    void theDocumentIsValidOpenApi3WithoutASingleMessage() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document(), null, options);
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
        // A broken document is caught: the same parser rejects one with a path that has no responses.
        SwaggerParseResult broken = new OpenAPIV3Parser().readContents(
                "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"x\",\"version\":\"1\"},\"paths\":{\"/a\":{\"get\":{}}}}",
                null, options);
        assertThat(broken.getMessages()).isNotEmpty();
    }

    @Test
    void everyApiEndpointSpringMapsIsInTheDocumentWithItsMethods() throws Exception {
        JsonNode paths = json.readTree(document()).get("paths");
        Map<String, JsonNode> documented = new java.util.HashMap<>();
        paths.fields().forEachRemaining(e -> documented.put(VARIABLE.matcher(e.getKey()).replaceAll("{}"), e.getValue()));
        List<String> missing = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api")) {
                    continue;
                }
                String path = VARIABLE.matcher(pattern).replaceAll("{}");
                JsonNode item = documented.get(path);
                if (item == null) {
                    missing.add(pattern + " (" + e.getValue().getShortLogMessage() + ")");
                    continue;
                }
                for (RequestMethod m : methods) {
                    checked.add(m + " " + pattern);
                    if (!item.has(m.name().toLowerCase(Locale.ROOT))) {
                        missing.add(m + " " + pattern);
                    }
                }
            }
        }
        assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
        assertThat(checked).contains("GET /api/persons", "GET /api/persons/{id}", "GET /api/persons/{id}/relatives",
                "POST /api/tokens", "GET /api/leads");
        JsonNode search = paths.at("/~1api~1persons/get/parameters");
        List<String> names = new ArrayList<>();
        search.forEach(p -> {
            names.add(p.get("name").asText());
            if (p.get("name").asText().equals("q")) {
                assertThat(p.get("required").asBoolean()).isTrue();
            }
        });
        assertThat(names).contains("q", "page", "size");
    }

    @Test
    void theDocumentCarriesNoIdNumberAndNamesTheWaysToLogIn() throws Exception {
        String doc = document();
        assertThat(doc).doesNotContainPattern("\\d{17}[\\dX]");
        JsonNode schemes = json.readTree(doc).at("/components/securitySchemes");
        assertThat(schemes.at("/basic/scheme").asText()).isEqualTo("basic");
        assertThat(schemes.at("/bearer/scheme").asText()).isEqualTo("bearer");
        Matcher m = Pattern.compile("\"title\"\\s*:\\s*\"favornet API\"").matcher(doc);
        assertThat(m.find()).isTrue();
    }
}
