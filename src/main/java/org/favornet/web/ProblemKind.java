package org.favornet.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of error the API answers with. Each has a stable {@code type} URI,
 * {@code https://favornet.org/problems/<slug>} (an identifier, not a page to fetch; docs/api.md lists
 * them), one status, and a title in every language under the key {@code problem.<slug>.title}.
 * Clients switch on {@code type}, never on the title or detail, which follow {@code Accept-Language}.
 */
public enum ProblemKind {
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST),
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST),
    USE_REF("use-ref", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    CROSS_SITE("cross-site", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    TOO_LARGE("too-large", HttpStatus.PAYLOAD_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    FILE_REFUSED("file-refused", HttpStatus.UNPROCESSABLE_ENTITY),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR),
    TIME_BUDGET_EXCEEDED("time-budget-exceeded", HttpStatus.SERVICE_UNAVAILABLE),
    PROJECTION_LOADING("projection-loading", HttpStatus.SERVICE_UNAVAILABLE),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    IMPORT_STOPPED("import-stopped", HttpStatus.SERVICE_UNAVAILABLE),
    READ_ONLY("read-only", HttpStatus.SERVICE_UNAVAILABLE),
    AUDIT_UNAVAILABLE("audit-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    /** Any other status Spring answers with (e.g. 408, 411): the type then names the status. */
    OTHER("http-error", HttpStatus.INTERNAL_SERVER_ERROR);

    /** Where every problem type lives; an identifier, fixed for the life of the API. */
    public static final String TYPE_BASE = "https://favornet.org/problems/";

    private final String slug;
    private final HttpStatus status;

    ProblemKind(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }

    /** The kind Spring's own errors (405, 406, a missing resource, ...) are given, by status. */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind != OTHER && kind.status.value() == status) {
                return kind; // the first, generic kind of each status comes first above
            }
        }
        return OTHER;
    }
}
