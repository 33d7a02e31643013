package org.favornet.kinship;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.favornet.security.AuditContext;
import org.favornet.security.PersonRefs;
import org.favornet.security.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.favornet.web.ApiProblem;
import org.favornet.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/relations?from=&to=} (every relation between two persons, as a page; {@code a} and
 * {@code b} are deprecated aliases of {@code from} and {@code to}) and
 * {@code GET /api/persons/{id}/relatives?scope=} (the kinship report, default the Civil Servant
 * Law art. 74 recusal scope). Ids may be refs; persons outside the viewer's regions are 404.
 */
@RestController
class KinshipController {

    private final KinshipService kinship;
    private final PersonRefs refs;

    KinshipController(KinshipService kinship, PersonRefs refs) {
        this.kinship = kinship;
        this.refs = refs;
    }

    /**
     * The pair is named {@code from}/{@code to} as in {@code /api/paths}. The former names {@code a}
     * and {@code b} still work (read from the request, not declared, so the API's parameter list shows
     * the current names only) and are answered with a {@code Deprecation} header.
     */
    @GetMapping("/api/relations")
    Page<RelationView> relations(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request, HttpServletResponse response) {
        String a = request.getParameter("a");
        String b = request.getParameter("b");
        if (a != null || b != null) {
            response.setHeader("Deprecation", "true");
        }
        String fromId = one("from", from, "a", a);
        String toId = one("to", to, "b", b);
        Page.check(page, size);
        String ia = visible(refs.resolve(fromId, Viewer.current()));
        String ib = visible(refs.resolve(toId, Viewer.current()));
        List<RelationView> all = kinship.relationsBetween(ia, ib).stream().map(this::view).toList();
        Page<RelationView> out = Page.of(all, page, size);
        AuditContext.subjects(List.of(ia, ib));
        AuditContext.resultSize(out.items().size());
        return out;
    }

    /** The value of a parameter given under its name or its deprecated alias: exactly one of the two. */
    private static String one(String name, String value, String alias, String aliasValue) {
        if (value != null && aliasValue != null) {
            throw ApiProblem.badRequest("Give '" + name + "' or its deprecated alias '" + alias + "', not both.");
        }
        String v = value != null ? value : aliasValue;
        if (v == null || v.isBlank()) {
            throw ApiProblem.badRequest("Parameter '" + name + "' (a person id or ref) is required.");
        }
        return v;
    }

    @GetMapping("/api/persons/{id}/relatives")
    RelationView.Report relatives(@PathVariable String id,
            @RequestParam(defaultValue = "CIVIL_SERVANT_RECUSAL") String scope) {
        RelationScope s = kinship.scope(scope);
        String pid = visible(refs.resolve(id, Viewer.current()));
        KinGraph g = kinship.graph();
        Viewer viewer = Viewer.current();
        List<RelationView> shown = new ArrayList<>();
        Set<String> subjects = new LinkedHashSet<>(List.of(pid));
        int omitted = 0;
        Set<String> omittedIds = new LinkedHashSet<>();
        for (Relation r : kinship.relativesOf(pid, s.name())) {
            int i = g.indexOf(r.toId());
            if (i >= 0 && !viewer.sees(g.region(i))) {
                if (omittedIds.add(r.toId())) {
                    omitted++;
                }
                continue;
            }
            shown.add(view(r));
            subjects.add(r.toId());
        }
        AuditContext.subjects(subjects);
        AuditContext.resultSize(shown.size());
        return new RelationView.Report(pid, refs.ref(pid), g.name(g.indexOf(pid)), s.name(), s.basis(), shown, omitted);
    }

    /** The id when the person exists and lies in the viewer's regions; else 404 (never 403). */
    private String visible(String id) {
        KinGraph g = kinship.graph();
        int i = g.indexOf(id);
        if (i < 0 || !Viewer.current().sees(g.region(i))) {
            throw ApiProblem.notFound("problem.detail.person-not-found", id);
        }
        return id;
    }

    private RelationView view(Relation r) {
        KinGraph g = kinship.graph();
        int to = g.indexOf(r.toId());
        List<RelationView.TieView> ties = r.ties().stream().map(t -> new RelationView.TieView(t.fromId(),
                refs.ref(t.fromId()), t.toId(), refs.ref(t.toId()), t.step(), t.kind(), t.basis(), t.provenance()))
                .toList();
        return new RelationView(r.fromId(), refs.ref(r.fromId()), r.toId(), refs.ref(r.toId()),
                to < 0 ? null : g.name(to), r.chain(), r.up(), r.down(), r.termEn(), r.termZh(), r.blood(), r.degree(),
                r.qualifiers(), r.scopes(), ties);
    }
}
