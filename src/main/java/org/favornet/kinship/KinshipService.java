package org.favornet.kinship;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.favornet.web.ApiProblem;
import org.springframework.stereotype.Service;

/**
 * The kinship engine: relations between two persons and the relatives of one within a statutory
 * scope, computed on the in-memory kin index ({@link KinGraphProjection}) by a bounded
 * bidirectional search ({@link KinshipSearch}: lowest common ancestors with generation counts,
 * joined by at most two marriages), named by {@link KinshipTerms} and tested against the
 * {@link RelationScopes}: Civil Code art. 1045 (近亲属), Civil Servant Law art. 74 (任职回避),
 * 民发〔2021〕57号 (低保 near relatives of handlers and committee members) and configured ones.
 *
 * <p>Why in memory rather than a variable-length Cypher pattern per query: a relation query is a
 * few thousand array reads here (well under a millisecond for a county), whereas the equivalent
 * {@code (a)-[:PARENT_OF|SPOUSE_OF|SIBLING_OF*..6]-(b)} expansion pays a Bolt round trip and
 * enumerates every path before Java could classify them; {@code KinshipBenchmark} measures both.
 */
@Service
public class KinshipService implements KinshipQueries {

    private final KinGraphProjection projection;
    private final RelationScopes scopes;
    private final KinshipProperties props;

    KinshipService(KinGraphProjection projection, RelationScopes scopes, KinshipProperties props) {
        this.projection = projection;
        this.scopes = scopes;
        this.props = props;
    }

    @Override
    public List<Relation> relationsBetween(String a, String b) {
        KinGraph g = projection.graph();
        int ia = require(g, a);
        int ib = require(g, b);
        KinshipSearch search = search(g);
        return relations(g, search.between(ia, ib));
    }

    @Override
    public List<Relation> relativesOf(String personId, String scope) {
        RelationScope s = scope(scope);
        KinGraph g = projection.graph();
        int p = require(g, personId);
        List<KinWalk> walks = search(g).from(p, KinshipSearch.Pruning.of(s), w -> s.admits(w.chain, w.qualifiers));
        return relations(g, walks);
    }

    @Override
    public Object indexToken() {
        return projection.graph();
    }

    @Override
    public List<Relation> relativesOfAny(String personId, java.util.Collection<String> scopeNames) {
        List<RelationScope> wanted = scopeNames.stream().map(this::scope).toList();
        KinGraph g = projection.graph();
        int p = require(g, personId);
        KinshipSearch.Pruning any = new KinshipSearch.Pruning() {
            @Override
            public boolean viable(String prefix) {
                for (RelationScope s : wanted) {
                    if (s.viablePrefix(prefix)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public int segmentLimit(String prefix, int unbounded) {
                int limit = 0;
                for (RelationScope s : wanted) {
                    limit = Math.max(limit, s.segmentLimit(prefix, unbounded));
                }
                return limit;
            }
        };
        List<KinWalk> walks = search(g).from(p, any, w -> wanted.stream().anyMatch(s -> s.admits(w.chain, w.qualifiers)));
        return relations(g, walks);
    }

    @Override
    public Relation describe(List<String> personIds) {
        if (personIds == null || personIds.size() < 2) {
            throw ApiProblem.badRequest("problem.detail.walk-too-short");
        }
        KinGraph g = projection.graph();
        int[] ps = new int[personIds.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = require(g, personIds.get(i));
        }
        List<KinWalk.Segment> segs = new ArrayList<>();
        int runFrom = ps[0];
        List<Integer> ups = new ArrayList<>();
        List<Integer> downs = new ArrayList<>();
        int sib = -1;
        for (int i = 0; i + 1 < ps.length; i++) {
            int[] tie = g.tieBetween(ps[i], ps[i + 1]);
            if (tie == null) {
                throw ApiProblem.badRequest("problem.detail.walk-no-tie", personIds.get(i), personIds.get(i + 1));
            }
            char step = (char) tie[1];
            boolean continues = switch (step) {
                case 'P' -> downs.isEmpty() && sib == -1;
                case 'B' -> downs.isEmpty() && sib == -1;
                case 'C' -> true;
                default -> false;
            };
            if (!continues && (!ups.isEmpty() || !downs.isEmpty() || sib != -1)) {
                segs.add(KinWalk.Segment.blood(line(g, runFrom, ps[i], ups, sib, downs)));
                ups.clear();
                downs.clear();
                sib = -1;
                runFrom = ps[i];
            }
            switch (step) {
                case 'P' -> ups.add(tie[0]);
                case 'C' -> downs.add(tie[0]);
                case 'B' -> sib = tie[0];
                default -> {
                    segs.add(KinWalk.Segment.spouse(tie[0]));
                    runFrom = ps[i + 1];
                }
            }
        }
        if (!ups.isEmpty() || !downs.isEmpty() || sib != -1) {
            segs.add(KinWalk.Segment.blood(line(g, runFrom, ps[ps.length - 1], ups, sib, downs)));
        }
        return relation(g, new KinWalk(g, ps[0], segs));
    }

    private static CommonAncestors.Line line(KinGraph g, int from, int to, List<Integer> ups, int sib,
            List<Integer> downs) {
        int[] up = ups.stream().mapToInt(Integer::intValue).toArray();
        int[] down = downs.stream().mapToInt(Integer::intValue).toArray();
        if (sib != -1) {
            return new CommonAncestors.Line(from, to, up.length + 1, down.length + 1, up, sib, down, List.of(), false);
        }
        List<Integer> apex = up.length > 0 && down.length > 0 ? List.of(g.tieFrom(up[up.length - 1])) : List.of();
        return new CommonAncestors.Line(from, to, up.length, down.length, up, -1, down, apex, false);
    }

    @Override
    public List<String> scopes() {
        return scopes.names();
    }

    /** The named scope; 400 listing the valid ones when unknown. */
    public RelationScope scope(String name) {
        return scopes.get(name).orElseThrow(() -> ApiProblem.badRequest(
                "problem.detail.unknown-scope", name, String.join(", ", scopes.names())));
    }

    /** The current kin index (for reports that need names and regions of relatives). */
    public KinGraph graph() {
        return projection.graph();
    }

    private KinshipSearch search(KinGraph g) {
        return new KinshipSearch(g, props.maxGenerations(), props.maxSteps(), props.maxSpouseLinks());
    }

    private static int require(KinGraph g, String id) {
        int i = id == null ? -1 : g.indexOf(id);
        if (i < 0) {
            throw ApiProblem.notFound("problem.detail.person-not-found", id);
        }
        return i;
    }

    private List<Relation> relations(KinGraph g, List<KinWalk> walks) {
        List<Relation> out = new ArrayList<>(walks.size());
        for (KinWalk w : walks) {
            out.add(relation(g, w));
        }
        return out;
    }

    private Relation relation(KinGraph g, KinWalk w) {
        KinshipTerms.Terms terms = new KinshipTerms(g).name(w);
        Set<String> in = new LinkedHashSet<>();
        for (RelationScope s : scopes.all()) {
            if (s.admits(w.chain, w.qualifiers)) {
                in.add(s.name());
            }
        }
        List<KinTie> ties = new ArrayList<>(w.ties.size());
        for (int[] t : w.ties) {
            int from = t[1];
            int to = g.other(t[0], from);
            String step = switch ((char) t[2]) {
                case 'P' -> "P";
                case 'C' -> "C";
                case 'S' -> "Sp";
                default -> "Sib";
            };
            ties.add(new KinTie(g.id(from), g.id(to), step, g.tieType(t[0]) == KinGraph.PARENT ? g.tieKind(t[0]) : null,
                    g.tieBasis(t[0]), g.tieProvenance(t[0])));
        }
        return new Relation(g.id(w.from), g.id(w.to), w.chain, w.up, w.down, terms.en(), terms.zh(), w.blood(),
                w.degree, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(w.qualifiers)),
                java.util.Collections.unmodifiableSet(in), List.copyOf(ties));
    }
}
