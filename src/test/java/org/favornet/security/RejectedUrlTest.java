package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.favornet.GraphTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * URLs refused before any endpoint sees them (by Tomcat itself, or by Spring Security's firewall),
 * sent over a raw socket so that no client library normalises the path: each answer is a JSON
 * problem document with the right status (no HTML page, no stack trace, no server name) and leaves
 * an audit record with the method, the path as sent (capped), the status and the client address.
 * A flood of them is coalesced per address, every request still counted.
 */
@GraphTest
class RejectedUrlTest {

    /** Beyond Tomcat's 8 KB header limit: refused while the request line is read, so no path is known. */
    private static final String LONG_PATH = "/api/persons/" + "a".repeat(10 * 1024);
    /** Within the limit: recorded, capped at 256 characters and its length. */
    private static final String CAPPED_PATH = "/api/persons/" + "a".repeat(5 * 1024) + "%2F";

    @Autowired AuditLog trail;
    @Autowired MockMvc mvc;
    @LocalServerPort int port;
    private final ObjectMapper json = new ObjectMapper();

    static List<Arguments> refusedUrls() {
        return List.of(
                Arguments.of("encoded slash", "/api/persons/a%2Fb/relatives", 400),
                Arguments.of("encoded backslash", "/api/persons/a%5Cb/relatives", 400),
                Arguments.of("encoded NUL", "/api/persons/a%00b", 400),
                Arguments.of("encoded dots above the root", "/api/%2e%2e/%2e%2e/%2e%2e/etc/passwd", 400),
                Arguments.of("encoded dots inside /api", "/api/persons/%2e%2e/leads", 400),
                Arguments.of("path parameter", "/api/leads;jsessionid=0123456789ABCDEF", 400),
                Arguments.of("double slash", "/api//leads", 400),
                Arguments.of("path parameter outside /api", "/actuator/health;x=1", 400),
                Arguments.of("5 KB path with an encoded slash", CAPPED_PATH, 400),
                Arguments.of("10 KB path", LONG_PATH, 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUrls")
    void aRefusedUrlGetsAJsonProblemAndAnAuditRecord(String what, String path, int status) throws Exception {
        awaitNextSecond(); // the first refusal of a second per address is recorded at once
        long before = trail.lastSeq();

        Answer answer = send("GET", path);

        assertThat(answer.status).as("status").isEqualTo(status);
        assertThat(answer.headers.get("content-type")).startsWith("application/problem+json");
        assertThat(answer.headers).doesNotContainKey("server");
        assertThat(answer.body).doesNotContain("<", "Tomcat", "Exception", "at org.");
        JsonNode problem = json.readTree(answer.body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();

        List<AuditRecord> records = trail.find(r -> r.seq() > before, 0, 10).items();
        assertThat(records).as("audit records after the request").hasSize(1);
        AuditRecord record = records.get(0);
        assertThat(record.method()).isEqualTo("GET");
        assertThat(record.status()).isEqualTo(status);
        assertThat(record.user()).isEqualTo("anonymous");
        assertThat(record.caller()).isEqualTo("addr:127.0.0.1");
        if (path.equals(LONG_PATH)) {
            assertThat(record.path()).as("Tomcat stops reading before the path ends")
                    .isEqualTo(AuditDrafts.UNREAD_PATH);
            // the trail's search by subject still reads every record
            mvc.perform(get("/api/audit").param("subject", "p.nobody").with(httpBasic("admin", "admin-test-password")))
                    .andExpect(status().isOk());
        } else if (path.length() > 256) {
            assertThat(record.path()).startsWith(path.substring(0, 256)).endsWith("...(" + path.length() + " chars)");
        } else {
            assertThat(record.path()).isEqualTo(path);
        }
    }

    @Test
    void aFloodOfRefusedUrlsIsCoalescedPerAddressAndEveryRequestCounted() throws Exception {
        awaitNextSecond();
        long before = trail.lastSeq();
        String path = "/api/persons/flood%2Fx";
        int sent = 60;
        for (int i = 0; i < sent; i++) {
            assertThat(send("GET", path).status).isEqualTo(400);
        }
        long end = System.currentTimeMillis() / 1000;
        // summaries are written by the sweep once their second is over
        while (System.currentTimeMillis() / 1000 < end + 2) {
            Thread.sleep(100);
        }
        Thread.sleep(1200);
        List<AuditRecord> records = trail.find(r -> r.seq() > before && path.equals(r.path()), 0, 1000).items();
        long seconds = records.stream().map(r -> r.time().substring(0, 19)).distinct().count();
        assertThat(records).allSatisfy(r -> assertThat(r.caller()).isEqualTo("addr:127.0.0.1"));
        // a record alone stands for one request; a summary for its repeats
        assertThat(records.stream().mapToInt(r -> r.repeats() == null ? 1 : r.repeats()).sum())
                .as("requests accounted for").isEqualTo(sent);
        assertThat(records.size()).as("records for " + sent + " requests").isLessThan(sent)
                .isLessThanOrEqualTo(2 * (int) seconds + 2);
    }

    private static void awaitNextSecond() throws InterruptedException {
        long second = System.currentTimeMillis() / 1000;
        while (System.currentTimeMillis() / 1000 == second) {
            Thread.sleep(5);
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {}

    /** HTTP/1.0, so the answer is neither chunked nor kept alive: status line, headers, body until close. */
    private Answer send(String method, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("a complete HTTP answer: " + text).isPositive();
            String[] head = text.substring(0, split).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(split + 4));
        }
    }
}
