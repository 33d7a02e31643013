package org.favornet.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Users for the masking tests, and a way
 * to read any answer as text whether it was streamed or not, zip exports unpacked.
 */
final class MaskedViewers {

    private static final Map<String, String> USERS = new HashMap<>();

    private final MockMvc mvc;
    private final UserDirectory users;
    private final PasswordEncoder encoder;

    MaskedViewers(MockMvc mvc, UserDirectory users, PasswordEncoder encoder) {
        this.mvc = mvc;
        this.users = users;
        this.encoder = encoder;
    }

    /**
     * A user with these roles and regions, created once per test JVM; the answer names him for
     * {@link #perform}. (HTTP Basic, not a token: streamed exports with tokens are issue 15 point 3.)
     */
    String user(String name, Set<Role> roles, List<String> regions, boolean clearData) {
        return USERS.computeIfAbsent(name, n -> {
            users.save(n, encoder.encode(n + "-masking-password"), roles, regions, clearData, true);
            return n;
        });
    }

    /** The finished response of a request by that user, following an async (streamed) start. */
    MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String user) throws Exception {
        MvcResult r = mvc.perform(request.with(httpBasic(user, user + "-masking-password"))).andReturn();
        if (r.getRequest().isAsyncStarted()) {
            r = mvc.perform(asyncDispatch(r)).andReturn();
        }
        return r.getResponse();
    }

    /** The body as text; a zip (the CSV export) as its entries' texts, each after its name. */
    static String text(MockHttpServletResponse res) throws IOException {
        byte[] body = res.getContentAsByteArray();
        if (body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            StringBuilder all = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    all.append("== ").append(e.getName()).append('\n')
                            .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            return all.toString();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The text with digits of any script as ASCII and single spaces or dashes between digits
     * dropped, so a number written {@code ６２２２ 0212-3456} is found as {@code 622202123456}.
     */
    static String digitsJoined(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if ((c == ' ' || c == '-' || c == '\u3000' || c == '\u00A0') && i > 0 && i + 1 < s.length()
                    && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
                continue;
            } else if (c == '\uFF38') {
                out.append('X');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
