package org.favornet.security;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, as a JSON problem document. Tomcat answers some requests itself, before
 * any filter or servlet runs: a URL with an encoded {@code /} ({@code %2F}), {@code \} ({@code %5C})
 * or NUL ({@code %00}), a path climbing above the root ({@code /%2e%2e/..}), a request line longer
 * than the header limit. Its stock valve renders those as an HTML page; this one writes
 * {@code application/problem+json} (type, title, status, detail; no stack trace, no server name or
 * version) and, since no filter saw the request, has it audited ({@link RejectedRequests}).
 *
 * <p>It sits on the host's pipeline in place of the stock valve and, like it, only speaks when the
 * response is an error with nothing written yet, so answers the application wrote are untouched.
 * A request the audit filter already recorded is not recorded again.
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    /** Looked up at the first refusal: the valve is built with the server, before most beans. */
    private final Supplier<RejectedRequests> audit;

    ProblemReportValve(Supplier<RejectedRequests> audit) {
        this.audit = audit;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (request.getAttribute(AuditTrailFilter.AUDITED) == null) {
            try {
                audit.get().refused(request, status);
            } catch (RuntimeException e) {
                // The refusal still goes out: it carries no data, and the log says what went missing.
                log.error("A refused request ({} {}) could not be recorded in the audit trail: {}",
                        status, request.getMethod(), e.getMessage());
            }
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("utf-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(request, status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Error report for status {} could not be written: {}", status, e.getMessage());
        }
    }

    /**
     * The same shape, type and language as {@link ProblemResponse}; fixed text, nothing from the
     * request but its {@code Accept-Language}.
     */
    static String problem(jakarta.servlet.http.HttpServletRequest request, int status) {
        org.favornet.web.ProblemKind kind = java.util.Arrays.stream(org.favornet.web.ProblemKind.values())
                .filter(k -> k.status().value() == status).findFirst().orElse(org.favornet.web.ProblemKind.OTHER);
        String detailKey = status == 400 ? "problem.detail.url-refused"
                : status == 404 ? "problem.detail.no-endpoint" : "problem.detail.refused";
        org.springframework.http.ProblemDetail problem = org.favornet.web.Texts.shared()
                .problem(org.favornet.web.Languages.of(request), kind, detailKey);
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", problem.getDetail());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
