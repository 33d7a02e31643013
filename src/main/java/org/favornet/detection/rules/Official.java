package org.favornet.detection.rules;

import java.util.List;
import java.util.Set;

/**
 * A person holding at least one post in the analysed regions.
 *
 * @param programs programmes his posts handle; empty means all
 * @param jurisdictions region codes of his posts
 */
public record Official(String id, Set<String> programs, List<String> jurisdictions) {

    public boolean handles(String program) {
        return programs.isEmpty() || programs.contains(program);
    }

    public boolean governs(String regionCode) {
        return regionCode != null && jurisdictions.stream().anyMatch(regionCode::startsWith);
    }
}
