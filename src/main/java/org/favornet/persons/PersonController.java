package org.favornet.persons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.favornet.security.AuditContext;
import org.favornet.security.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/persons?q=&page=&size=} (person search) and {@code GET /api/persons/{id}} (a person's
 * profile), for investigators and analysts; region-scoped, masked, audited.
 */
@RestController
class PersonController {

    private final PersonSearch search;
    private final PersonProfiles profiles;

    PersonController(PersonSearch search, PersonProfiles profiles) {
        this.search = search;
        this.profiles = profiles;
    }

    @Operation(summary = "Find persons", description = """
            One search box: a name (full or partial, Chinese characters too), a full resident ID number (only with \
            clear-data permission; otherwise 400: name the person by his ref), the last 4 characters of an ID number \
            (more for clear-data viewers), a phone or account number, or a ref. Inside the viewer's regions, best \
            matches first (exact before partial). Answers {items, total, page, size}.""")
    @GetMapping("/api/persons")
    PersonViews.Page find(
            @Parameter(description = "The text to look for, 1 to 200 characters") @RequestParam String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PersonSearch.Result result = search.search(q, page, size, Viewer.current());
        AuditContext.subjects(result.ids());
        AuditContext.resultSize(result.page().items().size());
        return result.page();
    }

    @Operation(summary = "A person's profile", description = """
            Identity, household members with their GB/T 4761-2008 relation codes, posts held, grants received and \
            grants handled or approved, payments, relatives within each legal relation scope, and the leads that \
            involve him. 404 for an unknown person or one outside the viewer's regions.""")
    @GetMapping("/api/persons/{id}")
    PersonViews.Profile profile(@Parameter(description = "The person's ref (p.…), or his id with clear-data permission")
            @PathVariable String id) {
        PersonProfiles.Result result = profiles.profile(id, Viewer.current());
        AuditContext.subjects(result.subjects());
        AuditContext.resultSize(1);
        return result.profile();
    }
}
