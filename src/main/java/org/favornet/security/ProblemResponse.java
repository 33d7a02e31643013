package org.favornet.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 problem document from a servlet filter, where the MVC exception handlers do
 * not reach (refusals, limits), in the same shape {@code ProblemHandler} gives.
 */
final class ProblemResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponse() {}

    static void write(HttpServletResponse res, int status, String title, String detail) throws IOException {
        if (res.isCommitted()) {
            return;
        }
        res.resetBuffer();
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        JSON.writeValue(res.getOutputStream(), body);
    }
}
