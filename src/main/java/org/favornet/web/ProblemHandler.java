package org.favornet.web;

import jakarta.validation.ConstraintViolationException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.net.URI;
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

/** Turns every failure into a JSON problem document with a sentence a person understands. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
        return problem(e.status(), e.title(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String detail;
        if (e.getRootCause() instanceof FiniteNumbers.NotFinite) {
            detail = "Parameter '" + e.getName() + "' must be a finite number (not NaN or Infinity).";
        } else if (type != null && type.isEnum()) {
            detail = "Parameter '" + e.getName() + "' must be one of " + constants(type) + ".";
        } else {
            String expected = type == null ? "another type" : type.getSimpleName();
            detail = "Parameter '" + e.getName() + "' must be " + article(expected) + " " + expected + ".";
        }
        return problem(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    /** Says what is wrong with a body that could not be read, instead of "Failed to read request". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(detail(HttpStatus.BAD_REQUEST, "Bad request", unreadable(e)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = e.getContentType() == null ? "no Content-Type" : "Content-Type '" + e.getContentType() + "'";
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        if (!e.getSupportedMediaTypes().isEmpty()) {
            answer.header(HttpHeaders.ACCEPT, MediaType.toString(e.getSupportedMediaTypes()));
        }
        return answer.body(detail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "This endpoint does "
                + "not take " + sent + "; send one of " + MediaType.toString(e.getSupportedMediaTypes()) + "."));
    }

    static String unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause == null) {
            return e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                    ? "The request body is empty; this endpoint needs a JSON document."
                    : "The request body could not be read.";
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException parse) { // also when databind wrapped it with a path
                JsonLocation at = parse.getLocation();
                String field = cause instanceof JsonMappingException m ? field(m) : "";
                return "Malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                        + at.getColumnNr()) + (field.isEmpty() ? "" : " (in '" + field + "')") + ": "
                        + clip(parse.getOriginalMessage()) + ".";
            }
        }
        if (cause instanceof ValueInstantiationException invalid && invalid.getCause() instanceof IllegalArgumentException why
                && why.getMessage() != null) {
            return clip(why.getMessage());
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = field(mismatch);
            Class<?> type = mismatch.getTargetType();
            if (field.isEmpty() && mismatch.getOriginalMessage() != null
                    && mismatch.getOriginalMessage().startsWith("No content to map")) {
                return "The request body is empty; this endpoint needs a JSON document.";
            }
            if (type != null && type.isEnum()) {
                Object value = mismatch instanceof InvalidFormatException bad ? bad.getValue() : null;
                return (field.isEmpty() ? "A value" : "Field '" + field + "'")
                        + (value == null ? "" : " has the unknown value '" + clip(String.valueOf(value)) + "'; it")
                        + " must be one of " + constants(type) + ".";
            }
            if (field.isEmpty()) {
                return "The request body must be a JSON " + (type == null ? "document" : jsonKind(type))
                        + " of the shape this endpoint documents.";
            }
            return "Field '" + field + "' must be " + (type == null ? "of another type" : article(jsonKind(type))
                    + " " + jsonKind(type)) + ".";
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = field(mapping);
            return "The JSON document does not fit this endpoint" + (field.isEmpty() ? "" : " at field '" + field + "'")
                    + ": " + clip(mapping.getOriginalMessage()) + ".";
        }
        return "The request body could not be read.";
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

    private static String jsonKind(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) {
            return type == Integer.class || type == int.class || type == Long.class || type == long.class
                    ? "whole number" : "number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date (YYYY-MM-DD)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
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

    @ExceptionHandler({ConstraintViolationException.class, IllegalArgumentException.class})
    ResponseEntity<ProblemDetail> invalid(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> databaseDown(ServiceUnavailableException e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                "The graph database cannot be reached right now; try again shortly.");
    }

    @ExceptionHandler(ClientException.class)
    ResponseEntity<ProblemDetail> databaseRefused(ClientException e) {
        if (e.code() != null && e.code().contains("TransactionTimedOut")) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "Time budget exceeded",
                    "The query ran past its time budget; narrow it (fewer hops, fewer tie kinds) and retry.");
        }
        log.error("Database refused a query", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The database refused the request; it has been logged for the operators.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; it has been logged for the operators.");
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(status).body(detail(HttpStatus.BAD_REQUEST, "Bad request",
                "Required parameter '" + e.getParameterName() + "' is missing."));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ResponseEntity.status(status).body(detail(status, title, detail));
    }

    static ProblemDetail detail(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("about:blank"));
        return body;
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
