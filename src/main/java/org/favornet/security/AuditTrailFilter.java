package org.favornet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.favornet.web.ProblemKind;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes one audit record for every {@code /api} request, allowed or refused, before any byte of
 * its response reaches the client: the response is held (up to {@link AuditedResponse#HOLD} bytes)
 * until the handler finishes, then the record is forced to disk, then the body goes out. A body
 * that outgrows the hold, is flushed early, or streams asynchronously is recorded at that moment
 * (status known, result size as told so far, usually unknown); it still gets exactly one record.
 * When the record cannot be written, the client gets a 503 instead of the data (fail closed).
 *
 * <p>Requests refused by the rate limit (429) go through the {@link RefusalCoalescer} instead: the
 * first per caller and second is recorded, the rest of that second counted in one summary. When the
 * trail did not verify at start and the service runs read-only, every state-changing request
 * (anything but GET, HEAD, OPTIONS) is answered 503 here, and recorded. URLs the firewall refuses
 * (400) are coalesced the same way, per client address ({@link RejectedRequests}).
 */
final class AuditTrailFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link Viewer} once authentication has run. */
    static final String VIEWER = AuditTrailFilter.class.getName() + ".viewer";
    /** Request attribute: this filter records the request (so nobody else must). */
    static final String AUDITED = AuditTrailFilter.class.getName() + ".audited";
    /** Request attribute: the firewall refused the request's URL ({@link RejectedRequests}). */
    static final String REJECTED = AuditTrailFilter.class.getName() + ".rejected";
    private static final Logger log = LoggerFactory.getLogger(AuditTrailFilter.class);
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private final AuditLog trail;
    private final AuditDrafts drafts;
    private final RefusalCoalescer refusals;

    AuditTrailFilter(AuditLog trail, PersonRefs refs, RefusalCoalescer refusals) {
        this.trail = trail;
        this.drafts = new AuditDrafts(refs);
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        AuditedResponse audited = new AuditedResponse(res, () -> {
            AuditRecord record = drafts.record(req, res.getStatus());
            if (record.status() == 429) {
                refusals.refused(caller(req), record);
            } else if (req.getAttribute(REJECTED) != null) {
                refusals.refused(protect(RejectedRequests.caller(req)), record);
            } else {
                trail.append(record);
            }
        });
        req.setAttribute(AUDITED, Boolean.TRUE);
        boolean failed = true;
        try {
            if (trail.readOnlyReason() != null && !SAFE_METHODS.contains(req.getMethod())) {
                ProblemResponse.write(req, audited, ProblemKind.READ_ONLY, "problem.detail.read-only");
            } else {
                chain.doFilter(req, audited);
            }
            failed = false;
        } finally {
            if (failed && !audited.recorded()) {
                // An exception escaped every handler: the container answers 500; say so in the record.
                res.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
            try {
                if (req.isAsyncStarted()) {
                    audited.recordAndPassThrough();
                } else {
                    audited.finish();
                }
            } catch (RuntimeException | IOException e) {
                log.error("Audit record could not be written; response withheld: {}", e.getMessage());
                if (!res.isCommitted()) {
                    res.reset();
                    ProblemResponse.write(req, res, ProblemKind.AUDIT_UNAVAILABLE, "problem.detail.audit-unavailable");
                }
            }
        }
    }

    /**
     * Whose refusals are counted together: the signed-in user, else the name a Basic header claims at
     * its address, else the address (the keys {@link RequestLimits} meters by).
     */
    private String caller(HttpServletRequest req) {
        if (req.getAttribute(VIEWER) instanceof Viewer v && !v.roles().isEmpty()) {
            return protect("user:" + v.username());
        }
        String name = RequestLimits.claimedName(req);
        return protect(name == null ? "addr:" + req.getRemoteAddr() : "name:" + name + "@" + req.getRemoteAddr());
    }

    /** Resident IDs become the person's ref; values capped and scrubbed ({@link AuditDrafts#protect}). */
    String protect(String value) {
        return drafts.protect(value);
    }
}
