package org.favornet.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.favornet.web.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the console needs about the signed-in user: {@code GET /api/me} (name, roles, regions, clear
 * data; its menus follow the roles) and {@code DELETE /api/tokens/current}, the logout, which
 * revokes the bearer token the request presents and no other.
 */
@RestController
class SessionController {

    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;

    SessionController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** The signed-in user as the API sees him. */
    record Me(String username, List<String> roles, List<String> regions, boolean clearData) {}

    @GetMapping("/api/me")
    Me me() {
        Viewer viewer = Viewer.current();
        AuditContext.resultSize(1);
        return new Me(viewer.username(), viewer.roles().stream().map(Enum::name).sorted().toList(),
                viewer.regions(), viewer.clearData());
    }

    @DeleteMapping("/api/tokens/current")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiProblem.badRequest("Logout revokes the bearer token of the request; this request has none.");
        }
        if (!tokens.revoke(Viewer.current().username(), header.substring(BEARER.length()).trim())) {
            throw ApiProblem.notFound("The token presented is not held by this user.");
        }
        return ResponseEntity.noContent().build();
    }
}
