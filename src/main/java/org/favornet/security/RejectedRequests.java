package org.favornet.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Audits requests refused for their URL before any endpoint saw them: by the servlet container
 * (an encoded {@code /}, {@code \} or NUL, a path climbing above the root, a request line too long;
 * {@link ProblemReportValve}) or by Spring Security's firewall (a {@code ;}, {@code //}, an encoded
 * {@code .}; {@link SecurityConfiguration#requestRejectedHandler}). Each is recorded with its method,
 * its path as received (capped and scrubbed, {@link AuditDrafts#protect}), its status and, as
 * {@code caller}, the client address ({@code addr:<ip>}), since no user has been identified yet.
 *
 * <p>Such refusals come before the rate limiter, so they are coalesced here like rate-limited ones
 * ({@link RefusalCoalescer}): per address and wall-clock second the first is recorded at once,
 * before its answer leaves, the rest counted in one summary record. A flood of bad URLs from one
 * address thus costs at most two records a second and is still accounted for in full.
 */
final class RejectedRequests {

    private final AuditDrafts drafts;
    private final RefusalCoalescer refusals;

    RejectedRequests(PersonRefs refs, RefusalCoalescer refusals) {
        this.drafts = new AuditDrafts(refs);
        this.refusals = refusals;
    }

    /** Records a refused request that the audit filter does not see (outside {@code /api}, or before it). */
    void refused(HttpServletRequest req, int status) {
        refusals.refused(drafts.protect(caller(req)), drafts.record(req, status));
    }

    /** Who asked, as far as is known before any login: the client address. */
    static String caller(HttpServletRequest req) {
        return "addr:" + req.getRemoteAddr();
    }
}
