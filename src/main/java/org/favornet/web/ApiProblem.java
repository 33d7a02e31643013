package org.favornet.web;

import java.util.Arrays;

/**
 * A failure a person can act on. Becomes an RFC 9457 problem document with the status and stable
 * {@code type} of its {@link ProblemKind}, and a title and detail in the caller's language: the
 * detail is a message key, {@code problem.detail.*}, and its arguments (the ids, numbers and names
 * that vary); never a stack trace.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemKind kind;
    private final String detailKey;
    private final transient Object[] args;

    public ApiProblem(ProblemKind kind, String detailKey, Object... args) {
        super(detailKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.kind = kind;
        this.detailKey = detailKey;
        this.args = args.clone();
    }

    public static ApiProblem badRequest(String detailKey, Object... args) {
        return new ApiProblem(ProblemKind.BAD_REQUEST, detailKey, args);
    }

    public static ApiProblem notFound(String detailKey, Object... args) {
        return new ApiProblem(ProblemKind.NOT_FOUND, detailKey, args);
    }

    public static ApiProblem conflict(String detailKey, Object... args) {
        return new ApiProblem(ProblemKind.CONFLICT, detailKey, args);
    }

    public static ApiProblem tooLarge(String detailKey, Object... args) {
        return new ApiProblem(ProblemKind.TOO_LARGE, detailKey, args);
    }

    public static ApiProblem unavailable(String detailKey, Object... args) {
        return new ApiProblem(ProblemKind.TIME_BUDGET_EXCEEDED, detailKey, args);
    }

    public org.springframework.http.HttpStatus status() {
        return kind.status();
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
