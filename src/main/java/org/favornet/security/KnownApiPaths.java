package org.favornet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether a path under {@code /api} names an endpoint at all (any method), read from the
 * controllers' handler mapping. A signed-in caller denied a path no controller maps gets 404, as
 * for a path his role admits, instead of 403: the answer is "there is nothing here", whatever his
 * role. Paths that exist keep their 403. Anonymous callers keep 401 everywhere (see docs/api.md).
 */
final class KnownApiPaths {

    private final ObjectProvider<RequestMappingHandlerMapping> mapping;
    private volatile List<PathPattern> patterns;

    KnownApiPaths(ObjectProvider<RequestMappingHandlerMapping> mapping) {
        this.mapping = mapping;
    }

    /** True for a path under {@code /api} that no controller maps, whatever the method. */
    boolean unknown(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return false;
        }
        List<PathPattern> known = patterns();
        if (known == null) {
            return false; // no controllers (not a web context): nothing to tell
        }
        PathContainer container = PathContainer.parsePath(path);
        return known.stream().noneMatch(p -> p.matches(container));
    }

    private List<PathPattern> patterns() {
        List<PathPattern> p = patterns;
        if (p == null) {
            RequestMappingHandlerMapping m = mapping.getIfAvailable();
            if (m == null) {
                return null;
            }
            PathPatternParser parser = PathPatternParser.defaultInstance;
            p = m.getHandlerMethods().keySet().stream().flatMap(info -> info.getPatternValues().stream())
                    .distinct().map(parser::parse).toList();
            patterns = p;
        }
        return p;
    }
}
