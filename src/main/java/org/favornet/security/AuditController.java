package org.favornet.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;
import org.favornet.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the administrator: search it, and check that nobody has edited it. */
@RestController
class AuditController {

    private static final int MAX_PAGE = 500;

    private final AuditLog trail;
    private final PersonRefs refs;

    AuditController(AuditLog trail, PersonRefs refs) {
        this.trail = trail;
        this.refs = refs;
    }

    /**
     * Records in sequence order. {@code from}/{@code to} take an instant or a date (UTC; {@code to}
     * is exclusive, a date meaning its whole day); {@code subject} takes a person id or ref and finds
     * the requests that named that person in their path, query or subjects.
     */
    @GetMapping("/api/audit")
    AuditQuery.Page search(@RequestParam(required = false) String user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String subject,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw ApiProblem.badRequest("problem.detail.audit-page", MAX_PAGE);
        }
        Predicate<AuditRecord> filter = r -> true;
        if (user != null) {
            filter = filter.and(r -> user.equals(r.user()));
        }
        if (from != null) {
            Instant start = instant(from, "from", false);
            filter = filter.and(r -> !Instant.parse(r.time()).isBefore(start));
        }
        if (to != null) {
            Instant end = instant(to, "to", true);
            filter = filter.and(r -> Instant.parse(r.time()).isBefore(end));
        }
        if (subject != null) {
            String ref = subject.startsWith("p.") ? subject : refs.ref(subject);
            filter = filter.and(r -> r.subjects().contains(ref) || r.subjects().contains(subject)
                    || r.path() != null && r.path().contains(ref) || r.query().values().stream().anyMatch(v -> v.contains(ref)));
        }
        AuditQuery.Page result = trail.find(filter, page, size);
        AuditContext.resultSize(result.items().size());
        return result;
    }

    /** Walks the hash chain; names the first broken record. */
    @GetMapping("/api/audit/verify")
    AuditChainVerifier.Verification verify() {
        return trail.verify();
    }

    private static Instant instant(String value, String name, boolean endOfDay) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notInstant) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ApiProblem.badRequest("problem.detail.audit-time", name);
            }
        }
    }
}
