package org.favornet.paths;

import java.util.List;
import org.favornet.paths.PathDtos.CircleAnswer;
import org.favornet.paths.PathDtos.PathsAnswer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/paths?from=&to=&maxHops=&k=&ties=&budgetMs=}: the k lightest explained paths
 * between two persons. {@code GET /api/persons/{id}/circle?hops=&ties=&budgetMs=}: everyone within
 * h ties, how each is connected and what each received. Ids may be refs. Ties: comma-separated
 * {@code KIN, KNOWS, SHARED, MONEY, GRANT} (default all but MONEY).
 */
@RestController
class PathsController {

    private final InvestigatorPaths paths;

    PathsController(InvestigatorPaths paths) {
        this.paths = paths;
    }

    @GetMapping("/api/paths")
    PathsAnswer paths(@RequestParam String from, @RequestParam String to, @RequestParam(required = false) Integer maxHops,
            @RequestParam(required = false) Integer k, @RequestParam(required = false) List<String> ties,
            @RequestParam(required = false) Long budgetMs) {
        return paths.paths(new InvestigatorPaths.PathQuery(from, to, maxHops, k, ties, budgetMs));
    }

    @GetMapping("/api/persons/{id}/circle")
    CircleAnswer circle(@PathVariable String id, @RequestParam(required = false) Integer hops,
            @RequestParam(required = false) List<String> ties, @RequestParam(required = false) Long budgetMs) {
        return paths.circle(id, hops, ties, budgetMs);
    }
}
