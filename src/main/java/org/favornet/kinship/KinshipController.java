package org.favornet.kinship;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.favornet.security.AuditContext;
import org.favornet.security.PersonRefs;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/relations?a=&b=} (every relation between two persons) and
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

    @GetMapping("/api/relations")
    List<RelationView> relations(@RequestParam String a, @RequestParam String b) {
        String ia = visible(refs.resolve(a, Viewer.current()));
        String ib = visible(refs.resolve(b, Viewer.current()));
        List<RelationView> out = kinship.relationsBetween(ia, ib).stream().map(this::view).toList();
        AuditContext.subjects(List.of(ia, ib));
        AuditContext.resultSize(out.size());
        return out;
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
