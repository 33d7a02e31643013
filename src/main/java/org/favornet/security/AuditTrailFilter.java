package org.favornet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.favornet.web.ProblemKind;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

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
 * (anything but GET, HEAD, OPTIONS) is answered 503 here, and recorded.
 */
final class AuditTrailFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link Viewer} once authentication has run. */
    static final String VIEWER = AuditTrailFilter.class.getName() + ".viewer";
    private static final Logger log = LoggerFactory.getLogger(AuditTrailFilter.class);
    private static final int MAX_VALUE = 256;
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dXx]");
    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private final AuditLog trail;
    private final PersonRefs refs;
    private final RefusalCoalescer refusals;

    AuditTrailFilter(AuditLog trail, PersonRefs refs, RefusalCoalescer refusals) {
        this.trail = trail;
        this.refs = refs;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        AuditedResponse audited = new AuditedResponse(res, () -> {
            AuditRecord record = record(req, res);
            if (record.status() == 429) {
                refusals.refused(caller(req), record);
            } else {
                trail.append(record);
            }
        });
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

    private AuditRecord record(HttpServletRequest req, HttpServletResponse res) {
        Viewer viewer = req.getAttribute(VIEWER) instanceof Viewer v ? v : null;
        String user = viewer == null || viewer.roles().isEmpty() ? "anonymous" : viewer.username();
        List<String> roles = viewer == null ? List.of() : viewer.roles().stream().map(Enum::name).sorted().toList();
        Object template = req.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        List<String> told = (List<String>) req.getAttribute(AuditContext.SUBJECTS);
        List<String> subjects = new ArrayList<>();
        if (told != null) {
            for (int i = 0; i < Math.min(told.size(), AuditRecord.MAX_SUBJECTS); i++) {
                subjects.add(protect(told.get(i)));
            }
        }
        Long size = req.getAttribute(AuditContext.RESULT_SIZE) instanceof Number n ? n.longValue() : null;
        return new AuditRecord(0, null, user, roles, req.getMethod(), template == null ? null : template.toString(),
                protect(req.getRequestURI()), query(req.getQueryString()), subjects, told == null ? 0 : told.size(),
                size, res.getStatus(), null);
    }

    /**
     * Only the query string, never {@code getParameterMap()}: that would read form bodies, and
     * uploads are none of the trail's business.
     */
    private SortedMap<String, List<String>> query(String queryString) {
        SortedMap<String, List<String>> query = new TreeMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return query;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(protect(name), k -> new ArrayList<>()).add(protect(value));
        }
        return query;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }

    /**
     * Resident IDs become the person's ref (searchable by the administrator); then a last scrub.
     * Values are capped so a hostile client cannot bloat the trail.
     */
    String protect(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "...(" + value.length() + " chars)";
        }
        Matcher m = RESIDENT_ID.matcher(value);
        String replaced = m.find() ? m.replaceAll(r -> Matcher.quoteReplacement(refs.ref(r.group()))) : value;
        return Masking.scrub(replaced);
    }
}
