package org.favornet.detection;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.favornet.security.AuditContext;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/analyses}: start an analysis (202, runs in the background) and follow its progress. */
@RestController
class AnalysisController {

    private final AnalysisRunner runner;
    private final OfficialKin kin;

    AnalysisController(AnalysisRunner runner, OfficialKin kin) {
        this.runner = runner;
        this.kin = kin;
    }

    @PostMapping("/api/analyses")
    ResponseEntity<Map<String, Object>> start(@RequestBody(required = false) AnalysisRequest body) {
        AnalysisRequest request;
        try {
            request = body == null ? new AnalysisRequest(null, null, null, null, null) : body;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("problem.detail.as-stated", e.getMessage());
        }
        if (request.scope() != null && !request.scope().isBlank() && !kin.scopes().contains(request.scope())) {
            throw ApiProblem.badRequest("problem.detail.unknown-scope", request.scope(), String.join(", ", kin.scopes()));
        }
        Viewer viewer = Viewer.current();
        String id = runner.submit(request, regionsFor(viewer, request.region()), viewer.username());
        AuditContext.subjects(List.of(id));
        return ResponseEntity.accepted().location(URI.create("/api/analyses/" + id))
                .body(Map.of("id", id, "status", "QUEUED"));
    }

    @GetMapping("/api/analyses/{id}")
    Map<String, Object> status(@PathVariable String id) {
        Map<String, Object> analysis = runner.status(id)
                .orElseThrow(() -> ApiProblem.notFound("problem.detail.analysis-not-found", id));
        Viewer viewer = Viewer.current();
        Object regions = analysis.get("regions");
        if (regions instanceof List<?> list && !list.stream().allMatch(r -> viewer.sees(String.valueOf(r)))) {
            throw ApiProblem.notFound("problem.detail.analysis-not-found", id);
        }
        AuditContext.subjects(List.of(id));
        return analysis;
    }

    /**
     * The region prefixes an analysis may cover for this viewer: the requested region inside his
     * prefixes, or his prefixes inside the requested region; none is 404 (the region is not his).
     */
    static List<String> regionsFor(Viewer viewer, String region) {
        if (viewer.sees(region) && !region.isEmpty()) {
            return List.of(region);
        }
        List<String> inside = viewer.regions().stream().filter(p -> p.startsWith(region)).toList();
        if (inside.isEmpty()) {
            throw ApiProblem.notFound("problem.detail.region-not-found", region);
        }
        return inside;
    }
}
