package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A user holds at most {@code max-tokens-per-user} live API tokens; one more revokes his oldest. */
@GraphTest
class ApiTokenCapTest {

    @Autowired MockMvc mvc;
    @Autowired UserDirectory users;
    @Autowired PasswordEncoder encoder;
    @Autowired SecurityProperties props;
    @Autowired ObjectMapper json;

    @Test
    void issuingTokensBeyondTheCapRevokesTheOldestAndKeepsTheNewest() throws Exception {
        users.save("token.hoarder", encoder.encode("token hoarder password"), Set.of(Role.ANALYST), List.of(""),
                false, true);
        users.revokeTokens("token.hoarder"); // the test store outlives a run
        int cap = props.maxTokensPerUser();
        assertThat(cap).isEqualTo(20); // the default
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < cap + 5; i++) {
            String body = mvc.perform(post("/api/tokens").with(httpBasic("token.hoarder", "token hoarder password")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            issued.add(json.readTree(body).get("token").asText());
        }
        assertThat(users.entries().stream().filter(e -> e.user().username().equals("token.hoarder"))
                .findFirst().orElseThrow().tokens()).isEqualTo(cap);
        for (int i = 0; i < issued.size(); i++) {
            mvc.perform(get("/api/stats").header("Authorization", "Bearer " + issued.get(i)))
                    .andExpect(i < 5 ? status().isUnauthorized() : status().isOk());
        }
    }
}
