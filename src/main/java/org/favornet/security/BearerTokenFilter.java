package org.favornet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the SHA-256 token hashes stored on
 * users. Hashing first means the database compares digests, so lookup time says nothing about the
 * token. An unknown token or a disabled user is a 401, never a fall-through to anonymous.
 *
 * <p>The authentication is also saved on the request, as HTTP Basic's is, so a later dispatch of the
 * same request (async, error) is still authenticated; without that, an async dispatch ran
 * authorization anonymously, was denied after the body had started, and cut the response short.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "bearer ";
    private static final SecurityContextRepository REQUEST = new RequestAttributeSecurityContextRepository();

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint refuse;

    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint refuse) {
        this.tokens = tokens;
        this.refuse = refuse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String header = req.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(req, res);
            return;
        }
        Optional<AppUser> user = tokens.authenticate(header.substring(PREFIX.length()).trim());
        if (user.isEmpty() || !user.get().enabled()) {
            SecurityContextHolder.clearContext();
            refuse.commence(req, res, new BadCredentialsException("Unknown or revoked token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        REQUEST.saveContext(context, req, res);
        chain.doFilter(req, res);
    }
}
