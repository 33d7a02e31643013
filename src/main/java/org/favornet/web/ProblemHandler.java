package org.favornet.web;

import jakarta.validation.ConstraintViolationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into a JSON problem document with a sentence a person understands, in the
 * request's language: a stable {@code type} per {@link ProblemKind}, its title, and a detail from
 * the message bundles whose arguments carry the variable parts (names, line numbers, values).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Texts texts;

    ProblemHandler(Texts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        return problem(e.kind(), e.detailKey(), e.args());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        if (e.getRootCause() instanceof FiniteNumbers.NotFinite) {
            return problem(ProblemKind.BAD_REQUEST, "problem.detail.parameter-not-finite", e.getName());
        }
        if (type != null && type.isEnum()) {
            return problem(ProblemKind.BAD_REQUEST, "problem.detail.parameter-one-of", e.getName(), constants(type));
        }
        return problem(ProblemKind.BAD_REQUEST, "problem.detail.parameter-type", e.getName(), typeWords(type));
    }

    /** Says what is wrong with a body that could not be read, instead of "Failed to read request". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Detail why = unreadable(e);
        return ResponseEntity.badRequest().body(detail(ProblemKind.MALFORMED_BODY, why.key(), why.args()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        String supported = MediaType.toString(e.getSupportedMediaTypes());
        if (!e.getSupportedMediaTypes().isEmpty()) {
            answer.header(HttpHeaders.ACCEPT, supported);
        }
        return answer.body(e.getContentType() == null
                ? detail(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "problem.detail.no-content-type", supported)
                : detail(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "problem.detail.content-type-refused",
                        e.getContentType().toString(), supported));
    }

    /** Spring's own answers (405, 406, no such resource, ...): a stable type and a title in the request's language. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            ProblemKind kind = ProblemKind.forStatus(statusCode.value());
            problem.setType(kind.type());
            problem.setTitle(texts.get(kind.titleKey()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** A detail message: its key under {@code problem.detail} and its arguments. */
    record Detail(String key, Object... args) {}

    static Detail unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause == null) {
            return e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                    ? new Detail("problem.detail.body-empty")
                    : new Detail("problem.detail.body-unreadable");
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException parse) { // also when databind wrapped it with a path
                JsonLocation at = parse.getLocation();
                String field = cause instanceof JsonMappingException m ? field(m) : "";
                String why = clip(parse.getOriginalMessage());
                if (at == null) {
                    return new Detail("problem.detail.malformed-json", why);
                }
                return field.isEmpty()
                        ? new Detail("problem.detail.malformed-json-at", at.getLineNr(), at.getColumnNr(), why)
                        : new Detail("problem.detail.malformed-json-at-field", at.getLineNr(), at.getColumnNr(),
                                field, why);
            }
        }
        if (cause instanceof ValueInstantiationException invalid && invalid.getCause() instanceof IllegalArgumentException why
                && why.getMessage() != null) {
            return new Detail("problem.detail.document-rule", clip(why.getMessage()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = field(mismatch);
            Class<?> type = mismatch.getTargetType();
            if (field.isEmpty() && mismatch.getOriginalMessage() != null
                    && mismatch.getOriginalMessage().startsWith("No content to map")) {
                return new Detail("problem.detail.body-empty");
            }
            if (type != null && type.isEnum()) {
                Object value = mismatch instanceof InvalidFormatException bad ? bad.getValue() : null;
                String allowed = constants(type);
                if (field.isEmpty()) {
                    return value == null ? new Detail("problem.detail.value-one-of", allowed)
                            : new Detail("problem.detail.value-unknown", clip(String.valueOf(value)), allowed);
                }
                return value == null ? new Detail("problem.detail.field-one-of", field, allowed)
                        : new Detail("problem.detail.field-unknown", field, clip(String.valueOf(value)), allowed);
            }
            if (field.isEmpty()) {
                return new Detail("problem.detail.body-shape", jsonKind(type));
            }
            return new Detail("problem.detail.field-type", field, jsonKind(type));
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = field(mapping);
            return field.isEmpty() ? new Detail("problem.detail.json-misfit", clip(mapping.getOriginalMessage()))
                    : new Detail("problem.detail.json-misfit-at", field, clip(mapping.getOriginalMessage()));
        }
        return new Detail("problem.detail.body-unreadable");
    }

    /** {@code roles[1]} or {@code seeds}: where in the document Jackson stopped. */
    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The words for a JSON kind, resolved later in the request's language ({@code problem.type.*}). */
    private static TypeWords jsonKind(Class<?> type) {
        if (type == null) {
            return new TypeWords("other");
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return new TypeWords("string");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new TypeWords("boolean");
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
            return new TypeWords(type == Integer.class || type == int.class || type == Long.class || type == long.class
                    ? "whole-number" : "number");
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return new TypeWords("date");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return new TypeWords("array");
        }
        return new TypeWords("object");
    }

    private static TypeWords typeWords(Class<?> type) {
        return jsonKind(type);
    }

    /** An argument that is itself a message, {@code problem.type.<kind>}. */
    record TypeWords(String kind) {
        String key() {
            return "problem.type." + kind;
        }
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Parser messages can quote the body: keep them short, and without the parser's source notes. */
    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        int note = line.indexOf(" (for ");
        if (note < 0) {
            note = line.indexOf(" [Source:");
        }
        line = note < 0 ? line : line.substring(0, note);
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }

    /** A rule broken inside the code (a request record's own check): its sentence, as the code words it. */
    @ExceptionHandler({ConstraintViolationException.class, IllegalArgumentException.class})
    ResponseEntity<ProblemDetail> invalid(RuntimeException e) {
        return problem(ProblemKind.BAD_REQUEST, "problem.detail.document-rule", String.valueOf(e.getMessage()));
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> databaseDown(ServiceUnavailableException e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return problem(ProblemKind.DATABASE_UNAVAILABLE, "problem.detail.database-unavailable");
    }

    @ExceptionHandler(ClientException.class)
    ResponseEntity<ProblemDetail> databaseRefused(ClientException e) {
        if (e.code() != null && e.code().contains("TransactionTimedOut")) {
            return problem(ProblemKind.TIME_BUDGET_EXCEEDED, "problem.detail.query-timed-out");
        }
        log.error("Database refused a query", e);
        return problem(ProblemKind.INTERNAL_ERROR, "problem.detail.database-refused");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(ProblemKind.INTERNAL_ERROR, "problem.detail.internal-error");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(status).body(detail(ProblemKind.BAD_REQUEST, "problem.detail.parameter-missing",
                e.getParameterName()));
    }

    private ResponseEntity<ProblemDetail> problem(ProblemKind kind, String detailKey, Object... args) {
        return ResponseEntity.status(kind.status()).body(detail(kind, detailKey, args));
    }

    private ProblemDetail detail(ProblemKind kind, String detailKey, Object... args) {
        java.util.Locale locale = Languages.current();
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof TypeWords words ? texts.get(locale, words.key()) : args[i];
        }
        return texts.problem(locale, kind, detailKey, resolved);
    }
}
