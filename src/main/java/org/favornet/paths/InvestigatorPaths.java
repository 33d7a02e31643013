package org.favornet.paths;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.graph.CypherRunner;
import org.favornet.paths.PathDtos.CircleAnswer;
import org.favornet.paths.PathDtos.CircleMember;
import org.favornet.paths.PathDtos.GrantView;
import org.favornet.paths.PathDtos.PathView;
import org.favornet.paths.PathDtos.PathsAnswer;
import org.favornet.paths.PathDtos.PersonView;
import org.favornet.projection.LiveProjection;
import org.favornet.projection.PersonGraph;
import org.favornet.graph.TieKind;
import org.favornet.security.AuditContext;
import org.favornet.security.PersonRefs;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Answers "how is this beneficiary connected to that official?" ({@link #paths}) and "who around
 * this person got what?" ({@link #circle}) from the live projection. Every query is bounded: hops,
 * number of paths, circle size and a wall-clock budget (503 past it). Persons outside the viewer's
 * regions: as an end or centre they are unknown (404); on a path they are cut (placeholder).
 */
@Service
public class InvestigatorPaths {

    private final LiveProjection projection;
    private final PathExplainer explainer;
    private final PersonRefs refs;
    private final CypherRunner cypher;
    private final PathsProperties props;

    InvestigatorPaths(LiveProjection projection, PathExplainer explainer, PersonRefs refs, CypherRunner cypher,
            PathsProperties props) {
        this.projection = projection;
        this.explainer = explainer;
        this.refs = refs;
        this.cypher = cypher;
        this.props = props;
    }

    /** A path request; null fields take the configured defaults. */
    public record PathQuery(String from, String to, Integer maxHops, Integer k, List<String> ties, Long budgetMs) {}

    public PathsAnswer paths(PathQuery q) {
        int maxHops = bounded("maxHops", q.maxHops(), props.defaultMaxHops(), 1, props.maxHops());
        int k = bounded("k", q.k(), props.defaultK(), 1, props.maxK());
        Duration budget = budget(q.budgetMs());
        Set<TieKind> kinds = kinds(q.ties());
        Viewer viewer = Viewer.current();
        PersonGraph g = projection.current();
        int s = person(g, q.from(), viewer);
        int t = person(g, q.to(), viewer);
        double[] weights = props.weights().byKind();
        Deadline deadline = Deadline.after(budget);
        HopBoundedPaths search = new HopBoundedPaths(g, TieKind.mask(kinds), weights, deadline);
        int shortest;
        List<IndexPath> found;
        try {
            shortest = search.shortestHops(s, t, maxHops);
            found = search.kShortest(s, t, k, maxHops, shortest);
        } catch (Deadline.Exceeded e) {
            throw ApiProblem.unavailable("problem.detail.path-time-budget", e.budgetMs());
        }
        PathExplainer.Explained explained = explainer.explain(g, found, weights, viewer, List.of(s, t));
        var details = explained.details();
        AuditContext.subjects(List.of(g.personId(s), g.personId(t)));
        AuditContext.resultSize(explained.paths().size());
        return new PathsAnswer(explainer.person(g, s, viewer, details), explainer.person(g, t, viewer, details),
                kinds.stream().map(Enum::name).toList(), maxHops, k, shortest < 0 ? null : shortest, g.version(),
                explained.paths());
    }

    /** Only the fewest hops (no explanation), for benchmarks and the Cypher oracle. */
    public int shortestHops(String from, String to, Set<TieKind> kinds, int maxHops) {
        PersonGraph g = projection.current();
        int s = person(g, from, Viewer.system());
        int t = person(g, to, Viewer.system());
        return new HopBoundedPaths(g, TieKind.mask(kinds), props.weights().byKind(),
                Deadline.after(props.timeBudget())).shortestHops(s, t, maxHops);
    }

    public CircleAnswer circle(String centreId, Integer hopsParam, List<String> ties, Long budgetMs) {
        int hops = bounded("hops", hopsParam, props.defaultCircleHops(), 1, props.maxCircleHops());
        Duration budget = budget(budgetMs);
        Set<TieKind> kinds = kinds(ties);
        Viewer viewer = Viewer.current();
        PersonGraph g = projection.current();
        int centre = person(g, centreId, viewer);
        double[] weights = props.weights().byKind();
        CircleSearch.Circle circle;
        try {
            circle = new CircleSearch(g, TieKind.mask(kinds), weights, Deadline.after(budget))
                    .around(centre, hops, props.maxCircleMembers());
        } catch (Deadline.Exceeded e) {
            throw ApiProblem.unavailable("problem.detail.path-time-budget", e.budgetMs());
        }
        List<Integer> visible = new ArrayList<>();
        List<IndexPath> paths = new ArrayList<>();
        List<Integer> persons = new ArrayList<>();
        for (int i = 0; i < circle.members().length; i++) {
            if (viewer.sees(g.regionCode(circle.members()[i]))) {
                visible.add(i);
                paths.add(circle.pathTo(i));
                persons.add(circle.members()[i]);
            }
        }
        PathExplainer.Explained explained = explainer.explain(g, paths, weights, viewer, persons);
        List<PathView> views = explained.paths();
        List<String> ids = visible.stream().map(i -> g.personId(circle.members()[i])).toList();
        var details = explained.details();
        Map<String, List<GrantView>> grants = grants(ids, viewer);
        List<CircleMember> members = new ArrayList<>();
        for (int x = 0; x < visible.size(); x++) {
            int i = visible.get(x);
            int v = circle.members()[i];
            members.add(new CircleMember(explainer.person(g, v, viewer, details), circle.hops()[i],
                    circle.weight()[i], views.get(x), grants.getOrDefault(g.personId(v), List.of())));
        }
        members.sort(Comparator.comparingInt(CircleMember::hops).thenComparingDouble(CircleMember::weight)
                .thenComparing(m -> m.person().id()));
        AuditContext.subjects(ids);
        AuditContext.resultSize(members.size());
        return new CircleAnswer(explainer.person(g, centre, viewer, details), hops,
                kinds.stream().map(Enum::name).toList(), circle.truncated(), g.version(), members);
    }

    private Map<String, List<GrantView>> grants(List<String> ids, Viewer viewer) {
        Map<String, List<GrantView>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        cypher.lookup("paths/circle_grants.cypher", Map.of("ids", ids), r -> {
            String region = text(r.get("regionCode"));
            if (viewer.sees(region)) {
                out.computeIfAbsent(r.get("personId").asString(), k -> new ArrayList<>()).add(new GrantView(
                        r.get("grantId").asString(), text(r.get("program")),
                        r.get("amount").isNull() ? null : new java.math.BigDecimal(r.get("amount").asObject().toString()),
                        region, date(r.get("appliedDate")), date(r.get("approvedDate")), date(r.get("endDate")),
                        officials(r.get("handledBy"), viewer), officials(r.get("approvedBy"), viewer)));
            }
            return r;
        });
        return out;
    }

    private List<PersonView> officials(Value list, Viewer viewer) {
        return list.asList(o -> {
            String id = o.get("id").asString();
            String region = text(o.get("regionCode"));
            return viewer.sees(region) ? new PersonView(id, refs.ref(id), text(o.get("name")), region, null)
                    : PersonView.placeholder();
        });
    }

    private int person(PersonGraph g, String refOrId, Viewer viewer) {
        if (refOrId == null || refOrId.isBlank()) {
            throw ApiProblem.badRequest("problem.detail.person-missing");
        }
        int v = g.indexOf(refs.resolve(refOrId.strip(), viewer));
        if (v < 0 || !viewer.sees(g.regionCode(v))) {
            throw ApiProblem.notFound("problem.detail.person-not-found", refOrId);
        }
        return v;
    }

    private Set<TieKind> kinds(List<String> ties) {
        if (ties == null || ties.isEmpty()) {
            return new LinkedHashSet<>(props.defaultTies());
        }
        Set<TieKind> kinds = new LinkedHashSet<>();
        for (String t : ties) {
            for (String part : t.split(",")) {
                if (!part.isBlank()) {
                    kinds.add(TieKind.parseBetweenPersons(part));
                }
            }
        }
        if (kinds.isEmpty()) {
            return new LinkedHashSet<>(props.defaultTies());
        }
        return kinds;
    }

    private Duration budget(Long budgetMs) {
        if (budgetMs == null) {
            return props.timeBudget();
        }
        if (budgetMs < 0 || budgetMs > props.timeBudget().toMillis()) {
            throw ApiProblem.badRequest("problem.detail.budget-range", props.timeBudget().toMillis());
        }
        return Duration.ofMillis(budgetMs);
    }

    private static int bounded(String name, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw ApiProblem.badRequest("problem.detail.parameter-range", name, min, max, v);
        }
        return v;
    }

    private static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }
}
