package org.favornet.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.SortedMap;

/**
 * One request in the audit trail. Never holds a clear ID number: resident-ID-shaped values in the
 * path, query and subjects are replaced by the person's opaque ref ({@link PersonRefs}), which the
 * administrator can search for.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param time when the response was decided (ISO-8601 instant, UTC)
 * @param user who asked; {@code anonymous} when not logged in
 * @param template the endpoint's path template, e.g. {@code /api/persons/{id}}; null when refused
 *     before an endpoint was chosen (401, 403, 429, a refused URL)
 * @param query query parameters (sorted by name)
 * @param subjects persons, leads... the endpoint said it touched (at most {@link #MAX_SUBJECTS})
 * @param subjectCount how many subjects there were in all
 * @param resultSize items in the response, when the endpoint told; null when unknown (streams)
 * @param status the HTTP status sent
 * @param caller for a request refused by the rate limit: who claimed to ask ({@code user:name},
 *     {@code token:<first 12 characters of its hash>}, {@code addr:ip}); for a URL refused before any
 *     endpoint (by Tomcat or the firewall, {@link RejectedRequests}): {@code addr:ip}; null otherwise
 *     (and then absent)
 * @param repeats on a summary of such refusals: how many more requests of that caller were refused in
 *     the same second after the one recorded individually; null otherwise (and then absent)
 * @param hash {@code "hmac:"} + base64url HMAC-SHA256 (the audit key) of the previous record's hash,
 *     a newline and this record's canonical JSON (all fields above, in this order, no spaces); records
 *     from before the key carry a plain base64url SHA-256 instead; null while the record is being built
 */
@JsonPropertyOrder({"seq", "time", "user", "roles", "method", "template", "path", "query", "subjects",
        "subjectCount", "resultSize", "status", "caller", "repeats", "hash"})
@JsonIgnoreProperties(ignoreUnknown = false)
public record AuditRecord(long seq, String time, String user, List<String> roles, String method, String template,
        String path, SortedMap<String, List<String>> query, List<String> subjects, int subjectCount, Long resultSize,
        int status, @JsonInclude(JsonInclude.Include.NON_NULL) String caller,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer repeats, String hash) {

    /** An ordinary record: no rate-limit caller, no repeats. */
    public AuditRecord(long seq, String time, String user, List<String> roles, String method, String template,
            String path, SortedMap<String, List<String>> query, List<String> subjects, int subjectCount,
            Long resultSize, int status, String hash) {
        this(seq, time, user, roles, method, template, path, query, subjects, subjectCount, resultSize, status, null,
                null, hash);
    }

    /** Large list or export endpoints name the first subjects only; {@code subjectCount} says how many. */
    public static final int MAX_SUBJECTS = 1000;

    AuditRecord withChain(long seq, String time, String hash) {
        return new AuditRecord(seq, time, user, roles, method, template, path, query, subjects, subjectCount,
                resultSize, status, caller, repeats, hash);
    }

    AuditRecord refusedBy(String caller, Integer repeats) {
        return new AuditRecord(seq, time, user, roles, method, template, path, query, subjects, subjectCount,
                resultSize, status, caller, repeats, hash);
    }
}
