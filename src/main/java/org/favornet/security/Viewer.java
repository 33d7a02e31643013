package org.favornet.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person behind the current request, as every feature needs him: which regions he sees and
 * whether identifiers are shown in clear. Features ask {@link #current()}; nothing else reads
 * the security context.
 */
public record Viewer(String username, Set<Role> roles, List<String> regions, boolean clearData) {

    /** A viewer for internal work (start-up, CLI) that sees everything in clear. */
    public static Viewer system() {
        return new Viewer("system", Set.of(Role.values()), List.of(""), true);
    }

    public static Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUser u) {
            return new Viewer(u.username(), u.roles(), u.regions(), u.clearData());
        }
        return new Viewer(auth == null ? "anonymous" : auth.getName(), Set.of(), List.of(), false);
    }

    /** True when a record of this region code lies inside one of the viewer's prefixes. */
    public boolean sees(String regionCode) {
        if (regionCode == null) {
            return regions.contains("");
        }
        for (String prefix : regions) {
            if (regionCode.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
