package org.favornet.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The console's session endpoints: who am I, and a logout that revokes exactly the token presented. */
@GraphTest
class SessionEndpointsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;
    @Autowired ObjectMapper json;

    private String token(String user, String password) throws Exception {
        String body = mvc.perform(post("/api/tokens").with(httpBasic(user, password)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asText();
    }

    @Test
    void meAnswersTheUsersNameRolesRegionsAndClearDataForEveryRole() throws Exception {
        users.save("session.scoped", encoder.encode("session scoped pw"), EnumSet.of(Role.INVESTIGATOR, Role.ANALYST),
                List.of("410728101201"), false, true);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token("session.scoped", "session scoped pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("session.scoped"))
                .andExpect(jsonPath("$.roles[0]").value("ANALYST"))
                .andExpect(jsonPath("$.roles[1]").value("INVESTIGATOR"))
                .andExpect(jsonPath("$.regions[0]").value("410728101201"))
                .andExpect(jsonPath("$.clearData").value(false));
        mvc.perform(get("/api/me").with(httpBasic("auditor", "auditor"))).andExpect(jsonPath("$.clearData").value(true));
        for (String user : List.of("officer", "investigator", "analyst")) {
            mvc.perform(get("/api/me").with(httpBasic(user, user))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.username").value(user));
        }
        mvc.perform(get("/api/me").with(httpBasic("admin", "admin-test-password"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"));
        mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void logoutRevokesThePresentedTokenAndNoOther() throws Exception {
        String kept = token("analyst", "analyst");
        String dropped = token("analyst", "analyst");
        mvc.perform(delete("/api/tokens/current").header("Authorization", "Bearer " + dropped))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + dropped)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + kept)).andExpect(status().isOk());
        // a second logout with the revoked token is refused at the door
        mvc.perform(delete("/api/tokens/current").header("Authorization", "Bearer " + dropped))
                .andExpect(status().isUnauthorized());
        // HTTP Basic has no token to revoke
        mvc.perform(delete("/api/tokens/current").with(httpBasic("analyst", "analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void theConsolePageAndItsScriptsArePublicAndHoldNoData() throws Exception {
        for (String path : List.of("/", "/console/app.js", "/console/console.css", "/i18n/zh-CN.js", "/i18n/en.js",
                "/webjars/cytoscape/dist/cytoscape.min.js")) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
        mvc.perform(get("/console/../api/leads")).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/leads")).andExpect(status().isUnauthorized());
    }
}
