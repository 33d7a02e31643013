package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The safety net that masks resident-ID-shaped runs in response bodies and log lines. */
class ResidentIdMaskingTest {

    private static final Pattern LEAK = Pattern.compile("\\d{17}[\\dX]");

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void masksAnEighteenDigitIdLikeTheSensitiveAnnotationDoes() {
        assertThat(Masking.scrub("id 110101199003077777 here")).isEqualTo("id 110101********7777 here");
        assertThat(Masking.scrub("{\"x\":\"11010119900307777X\"}")).isEqualTo("{\"x\":\"110101********777X\"}");
        assertThat(Masking.scrub("110101199003077777"))
                .isEqualTo(Masking.mask(Sensitive.Kind.PERSON_ID, "110101199003077777"));
    }

    @Test
    void keepsShorterRunsAndStarsAllButTheLastFourOfLongerOnes() {
        String clean = "phone 13800138000, amount 12345678901234567 (17 digits), id 42";
        assertThat(Masking.scrub(clean)).isSameAs(clean);
        assertThat(Masking.scrub("acct 6222021234567890123,")).isEqualTo("acct ***************0123,");
        assertThat(Masking.scrub("a12345678901234567X")).isEqualTo("a123456********567X");
    }

    /** Oracle: maximal digit runs, decided with a regex instead of the streaming state machine. */
    private static String oracle(String s) {
        Matcher m = Pattern.compile("\\d+").matcher(s);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            String run = m.group();
            last = m.end();
            boolean checkLetter = run.length() == 17 && last < s.length() && "Xx".indexOf(s.charAt(last)) >= 0;
            if (checkLetter) {
                run += s.charAt(last++);
            }
            if (run.length() == 18) {
                out.append(run, 0, 6).append("********").append(run, 14, 18);
            } else if (run.length() > 18) {
                out.append("*".repeat(run.length() - 4)).append(run, run.length() - 4, run.length());
            } else {
                out.append(run);
            }
        }
        return out.append(s.substring(last)).toString();
    }

    @Test
    void streamingInArbitrarySlicesAgreesWithTheOracleAndNeverLeaks() throws Exception {
        Random random = new Random(20240601L);
        String alphabet = "0123456789012345678901234567890123456789Xx\",:{} 中a";
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = sb.toString();
            byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            MaskingOutputStream out = new MaskingOutputStream(sink);
            for (int at = 0; at < bytes.length; ) {
                int n = Math.min(bytes.length - at, 1 + random.nextInt(7));
                if (n == 1) {
                    out.write(bytes[at]);
                } else {
                    out.write(bytes, at, n);
                }
                if (random.nextInt(5) == 0) {
                    out.flush();
                }
                at += n;
            }
            out.finish();
            String streamed = sink.toString(StandardCharsets.UTF_8);
            assertThat(streamed).as(input).isEqualTo(oracle(input)).isEqualTo(Masking.scrub(input));
            assertThat(LEAK.matcher(streamed).find()).as(streamed).isFalse();
        }
    }

    @Test
    void logLinesAreMaskedWhateverPutTheIdThere() {
        byte[] line = "GET /api/persons/110101199003077777?x=1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(LogMasking.MaskingEncoder.mask(line), StandardCharsets.UTF_8))
                .isEqualTo("GET /api/persons/110101********7777?x=1\n");
    }

    /** A careless endpoint: an ID in a field nobody annotated. */
    @RestController
    static class CarelessController {
        @GetMapping("/api/persons/{id}/careless")
        Map<String, Object> careless(@PathVariable String id) {
            return Map.of("note", "person " + id + " matched", "ids", List.of(id), id, "as a key");
        }
    }

    private MockMvc mvc() {
        return MockMvcBuilders.standaloneSetup(new CarelessController()).addFilters(new MaskingFilter()).build();
    }

    private static void login(boolean clearData) {
        AppUser user = new AppUser("u", "x", Set.of(Role.INVESTIGATOR), List.of(""), clearData, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void responsesToViewersWithoutClearDataCarryNoIdAnywhere() throws Exception {
        login(false);
        String body = mvc().perform(get("/api/persons/{id}/careless", "11010119900307777X")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("110101********777X").doesNotContainPattern(LEAK);
    }

    @Test
    void viewersWithClearDataSeeIdsAsStored() throws Exception {
        login(true);
        String body = mvc().perform(get("/api/persons/{id}/careless", "110101199003077777"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("110101199003077777");
    }
}
