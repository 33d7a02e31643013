package org.favornet.detection.leads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.favornet.security.AuditContext;
import org.favornet.security.PersonRefs;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/leads}: list (filtered, sorted, paged, region-scoped), show one with its evidence, review. */
@RestController
class LeadController {

    private final LeadStore store;
    private final PersonRefs refs;

    LeadController(LeadStore store, PersonRefs refs) {
        this.store = store;
        this.refs = refs;
    }

    /** A review decision. */
    record ReviewRequest(String status, String reason) {}

    @GetMapping("/api/leads")
    LeadViews.Page list(@RequestParam(required = false) String status, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String region, @RequestParam(required = false) String official,
            @RequestParam(required = false) Double minScore, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "score") String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        LeadFilter filter;
        try {
            filter = new LeadFilter(Viewer.current().regions(), status == null ? null : status(status), rule, region,
                    official == null ? null : refs.resolve(official, Viewer.current()), minScore,
                    severity == null || severity.isBlank() ? null : severity.strip().toUpperCase(java.util.Locale.ROOT),
                    program == null || program.isBlank() ? null : program.strip().toUpperCase(java.util.Locale.ROOT),
                    from, to, sort, page, size);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("problem.detail.as-stated", e.getMessage());
        }
        LeadViews.Page result = store.find(filter);
        List<String> subjects = new ArrayList<>();
        result.items().forEach(l -> {
            subjects.add(l.id());
            if (l.officialId() != null) {
                subjects.add(l.officialId());
            }
        });
        AuditContext.subjects(subjects);
        AuditContext.resultSize(result.items().size());
        return result;
    }

    @GetMapping("/api/leads/{id}")
    LeadViews.Detail show(@PathVariable String id) {
        visible(id);
        LeadViews.Detail detail = store.detail(id, Viewer.current()).orElseThrow(() -> ApiProblem.notFound("problem.detail.lead-not-found", id));
        List<String> subjects = new ArrayList<>(List.of(id));
        subjects.addAll(store.personIds(detail));
        AuditContext.subjects(subjects);
        AuditContext.resultSize(1);
        return detail;
    }

    @PatchMapping("/api/leads/{id}")
    LeadViews.Summary review(@PathVariable String id, @RequestBody ReviewRequest body) {
        visible(id);
        if (body == null || body.status() == null) {
            throw ApiProblem.badRequest("problem.detail.status-required");
        }
        ReviewStatus status = status(body.status());
        String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        if (status == ReviewStatus.DISMISSED && reason == null) {
            throw ApiProblem.badRequest("problem.detail.dismissal-reason");
        }
        store.review(id, status, reason, Viewer.current().username());
        AuditContext.subjects(List.of(id));
        return store.detail(id, Viewer.current()).orElseThrow(() -> ApiProblem.notFound("problem.detail.lead-not-found", id)).lead();
    }

    private void visible(String id) {
        String region = store.region(id).orElseThrow(() -> ApiProblem.notFound("problem.detail.lead-not-found", id));
        if (!Viewer.current().sees(region)) {
            throw ApiProblem.notFound("problem.detail.lead-not-found", id);
        }
    }

    private static ReviewStatus status(String s) {
        try {
            return ReviewStatus.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("problem.detail.status-one-of");
        }
    }
}
