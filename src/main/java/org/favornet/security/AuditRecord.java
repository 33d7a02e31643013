package org.favornet.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
 *     before an endpoint was chosen (401, 403, 429)
 * @param query query parameters (sorted by name)
 * @param subjects persons, leads... the endpoint said it touched (at most {@link #MAX_SUBJECTS})
 * @param subjectCount how many subjects there were in all
 * @param resultSize items in the response, when the endpoint told; null when unknown (streams)
 * @param status the HTTP status sent
 * @param hash base64url SHA-256 of the previous record's hash followed by this record's canonical
 *     JSON (all fields above, in this order, no spaces); null while the record is being built
 */
@JsonPropertyOrder({"seq", "time", "user", "roles", "method", "template", "path", "query", "subjects",
        "subjectCount", "resultSize", "status", "hash"})
@JsonIgnoreProperties(ignoreUnknown = false)
public record AuditRecord(long seq, String time, String user, List<String> roles, String method, String template,
        String path, SortedMap<String, List<String>> query, List<String> subjects, int subjectCount, Long resultSize,
        int status, String hash) {

    /** Large list or export endpoints name the first subjects only; {@code subjectCount} says how many. */
    public static final int MAX_SUBJECTS = 1000;

    AuditRecord withChain(long seq, String time, String hash) {
        return new AuditRecord(seq, time, user, roles, method, template, path, query, subjects, subjectCount,
                resultSize, status, hash);
    }
}
