package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

/** Browsers' cross-site posts are refused before they reach an import; scripts without the headers pass. */
@GraphTest
class OriginCheckTest {

    /** The demo county's header row for persons is enough: the check runs before the body is read. */
    private static final byte[] CSV = "id,name\n".getBytes(StandardCharsets.UTF_8);

    @Autowired MockMvc mvc;

    private MockHttpServletRequestBuilder textImport() {
        return post("/api/imports/persons").with(httpBasic("officer", "officer"))
                .contentType(MediaType.TEXT_PLAIN).content(CSV);
    }

    private MockHttpServletRequestBuilder multipartImport() {
        return multipart("/api/imports/persons").file(new MockMultipartFile("file", "p.csv", "text/csv", CSV))
                .with(httpBasic("officer", "officer"));
    }

    @Test
    void aTextPlainImportPostedFromAnotherSiteIsRefused() throws Exception {
        mvc.perform(textImport().header("Origin", "https://evil.example").header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Cross-site")));
    }

    @Test
    void aMultipartImportPostedFromAnotherSiteIsRefused() throws Exception {
        mvc.perform(multipartImport().header("Origin", "https://evil.example")).andExpect(status().isForbidden());
    }

    @Test
    void aRefererFromAnotherSiteIsRefusedWhenThereIsNoOrigin() throws Exception {
        mvc.perform(textImport().header("Referer", "https://evil.example/form.html"))
                .andExpect(status().isForbidden());
    }

    @Test
    void secFetchSiteCrossSiteIsRefusedEvenWithoutOriginOrReferer() throws Exception {
        mvc.perform(multipartImport().header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
    }

    @Test
    void anOpaqueNullOriginIsRefused() throws Exception {
        mvc.perform(textImport().header("Origin", "null")).andExpect(status().isForbidden());
    }

    @Test
    void theServicesOwnOriginAndRequestsWithoutTheHeadersPass() throws Exception {
        // MockMvc's requests reach http://localhost
        int own = mvc.perform(textImport().header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin"))
                .andReturn().getResponse().getStatus();
        int bare = mvc.perform(textImport()).andReturn().getResponse().getStatus();
        int referer = mvc.perform(multipartImport().header("Referer", "http://localhost/ui/import"))
                .andReturn().getResponse().getStatus();
        assertThat(List.of(own, bare, referer)).doesNotContain(403);
        // same origin but another port is another origin
        mvc.perform(textImport().header("Origin", "http://localhost:3000")).andExpect(status().isForbidden());
    }

    @Test
    void anOriginInTheAllowListPassesAndReadsAreNeverChecked() throws Exception {
        OriginCheck check = new OriginCheck(new SecurityProperties(null, false, 1, 1, DataSize.ofMegabytes(1), 0,
                java.time.Duration.ZERO, 1, 1, 1, List.of("https://portal.example.org/"),
                new SecurityProperties.Audit(AuditSync.PER_REQUEST, java.time.Duration.ZERO, null,
                        OnBrokenChain.REFUSE)));
        assertThat(statusOf(check, "POST", "https://portal.example.org", null)).isEqualTo(200);
        assertThat(statusOf(check, "DELETE", "https://PORTAL.example.org:443", "cross-site")).isEqualTo(200);
        assertThat(statusOf(check, "PUT", "https://portal.example.org:8443", null)).isEqualTo(403);
        assertThat(statusOf(check, "PATCH", "http://portal.example.org", null)).isEqualTo(403);
        assertThat(statusOf(check, "GET", "https://evil.example", "cross-site")).isEqualTo(200);
        assertThat(statusOf(check, "POST", null, null)).isEqualTo(200);
    }

    private static int statusOf(OriginCheck check, String method, String origin, String fetchSite) throws Exception {
        MockHttpServletRequest req = new MockHttpServletRequest(method, "/api/leads/x");
        if (origin != null) {
            req.addHeader("Origin", origin);
        }
        if (fetchSite != null) {
            req.addHeader("Sec-Fetch-Site", fetchSite);
        }
        MockHttpServletResponse res = new MockHttpServletResponse();
        check.doFilter(req, res, new MockFilterChain());
        return res.getStatus();
    }
}
