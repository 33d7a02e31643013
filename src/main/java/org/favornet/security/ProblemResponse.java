package org.favornet.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.favornet.web.Languages;
import org.favornet.web.ProblemKind;
import org.favornet.web.Texts;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Writes an RFC 9457 problem document from a servlet filter, where the MVC exception handlers do
 * not reach (refusals, limits), in the same shape, type and language {@code ProblemHandler} gives.
 * Filters run before Spring MVC has resolved the language, so it is resolved here from the request.
 */
final class ProblemResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponse() {}

    static void write(HttpServletRequest req, HttpServletResponse res, ProblemKind kind, String detailKey,
            Object... args) throws IOException {
        if (res.isCommitted()) {
            return;
        }
        ProblemDetail problem = Texts.shared().problem(Languages.of(req), kind, detailKey, args);
        res.resetBuffer();
        res.setStatus(kind.status().value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        JSON.writeValue(res.getOutputStream(), body);
    }
}
