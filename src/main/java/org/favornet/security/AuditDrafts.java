package org.favornet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Builds the audit record of a request (before the trail numbers and chains it), from what the
 * request says about itself: the viewer, the endpoint, the subjects the endpoint named. Every value
 * taken from the client is capped and scrubbed ({@link #protect}), so a hostile URL can neither
 * bloat the trail nor put a clear ID number in it.
 */
final class AuditDrafts {

    private static final int MAX_VALUE = 256;
    /**
     * The path of a request Tomcat refused before it had read the request line (too long, or
     * malformed): it has none to give. Never a real path, which starts with {@code /}.
     */
    static final String UNREAD_PATH = "(not read: malformed or over-long request line)";
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dXx]");

    private final PersonRefs refs;

    AuditDrafts(PersonRefs refs) {
        this.refs = refs;
    }

    AuditRecord record(HttpServletRequest req, int status) {
        Viewer viewer = req.getAttribute(AuditTrailFilter.VIEWER) instanceof Viewer v ? v : null;
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
        String path = req.getRequestURI() == null ? UNREAD_PATH : protect(req.getRequestURI());
        return new AuditRecord(0, null, user, roles, req.getMethod(), template == null ? null : template.toString(),
                path, query(req.getQueryString()), subjects, told == null ? 0 : told.size(), size, status, null);
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
     * Values are capped so a hostile client cannot bloat the trail; control characters (a decoded
     * {@code %00}, a raw TAB) become {@code ?} so a record reads as one plain line anywhere.
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
        return Masking.scrub(replaced.replaceAll("\\p{Cntrl}", "?"));
    }
}
