package org.favornet.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.favornet.kinship.KinshipQueries;
import org.favornet.kinship.Relation;
import org.favornet.paths.PathDtos.LinkView;
import org.favornet.paths.PathDtos.PathView;
import org.favornet.paths.PathDtos.PersonView;
import org.favornet.paths.PathDtos.TieView;
import org.favornet.projection.PersonGraph;
import org.favornet.graph.TieKind;
import org.favornet.security.Masking;
import org.favornet.security.PersonRefs;
import org.favornet.security.Sensitive;
import org.favornet.security.Viewer;
import org.favornet.web.Languages;
import org.favornet.web.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns index paths into what an investigator reads: each run of kin ties collapsed into one
 * kinship term (from the kinship engine when one is present, else {@link KinTerms} step by step),
 * every other tie in words, every tie with its provenance. Persons outside the viewer's regions
 * become {@code {"cut": true}} placeholders: no id, name or provenance of theirs leaves the service,
 * though the kinship term of a run through them is kept (it names a relation, not a person).
 * Names of the persons and the provenance of the ties an answer shows come from the projection
 * ({@link PersonGraph#name}, {@link PersonGraph#provenance}): an answer costs no database round trip.
 */
@Component
class PathExplainer {

    /** Message keys of what a path sentence calls a person it may not name, or one without a name. */
    static final String OUTSIDE = "path.person.outside";
    static final String UNNAMED = "path.person.unnamed";

    private static final Texts TEXTS = Texts.shared();

    private final PersonRefs refs;
    private final ObjectProvider<KinshipQueries> kinship;

    PathExplainer(PersonRefs refs, ObjectProvider<KinshipQueries> kinship) {
        this.refs = refs;
        this.kinship = kinship;
    }

    /** Display details of persons, by id. */
    record Details(String name, String regionCode) {}

    /** Explained paths, and the display details of every visible person named (paths and extras). */
    record Explained(List<PathView> paths, Map<String, Details> details) {}

    /** The records of an answer: details by person id, provenance by edge index. */
    private record Records(Map<String, Details> details, Map<Integer, List<String>> provenance) {}

    /** Names and regions of {@code persons} and the provenance of {@code edges}, from the projection. */
    private static Records records(PersonGraph g, Collection<Integer> persons, Collection<Integer> edges) {
        Map<String, Details> details = new HashMap<>();
        for (int v : persons) {
            details.put(g.personId(v), new Details(g.name(v), g.regionCode(v)));
        }
        Map<Integer, List<String>> provenance = new HashMap<>();
        for (int e : edges) {
            provenance.put(e, g.provenance(e));
        }
        return new Records(details, provenance);
    }

    PersonView person(PersonGraph g, int v, Viewer viewer, Map<String, Details> details) {
        if (!viewer.sees(g.regionCode(v))) {
            return PersonView.placeholder();
        }
        String id = g.personId(v);
        Details d = details.getOrDefault(id, new Details(null, g.regionCode(v)));
        return new PersonView(id, refs.ref(id), d.name(), d.regionCode(), null);
    }

    /**
     * Explains {@code paths} for the viewer; {@code alsoPersons} (e.g. the two ends of a query, the
     * members of a circle) get their display details from the same query.
     */
    Explained explain(PersonGraph g, List<IndexPath> paths, double[] weights, Viewer viewer,
            Collection<Integer> alsoPersons) {
        Set<Integer> ids = new LinkedHashSet<>();
        Set<Integer> edges = new LinkedHashSet<>();
        for (int v : alsoPersons) {
            if (viewer.sees(g.regionCode(v))) {
                ids.add(v);
            }
        }
        for (IndexPath p : paths) {
            for (int v : p.vertices()) {
                if (viewer.sees(g.regionCode(v))) {
                    ids.add(v);
                }
            }
            for (int e : p.edges()) {
                if (viewer.sees(g.regionCode(g.source(e))) && viewer.sees(g.regionCode(g.target(e)))) {
                    edges.add(e);
                }
            }
        }
        Records records = records(g, ids, edges);
        Map<List<String>, KinTerms.Named> named = new HashMap<>();
        List<PathView> out = new ArrayList<>();
        int rank = 1;
        Locale language = Languages.current();
        for (IndexPath p : paths) {
            out.add(view(g, p, rank++, weights, viewer, records.details(), records.provenance(), named, language));
        }
        return new Explained(out, records.details());
    }

    private PathView view(PersonGraph g, IndexPath p, int rank, double[] weights, Viewer viewer,
            Map<String, Details> details, Map<Integer, List<String>> records, Map<List<String>, KinTerms.Named> named,
            Locale language) {
        int[] vs = p.vertices();
        int[] es = p.edges();
        List<PersonView> persons = new ArrayList<>();
        boolean cut = false;
        for (int v : vs) {
            PersonView view = person(g, v, viewer, details);
            cut |= view.cut() != null;
            persons.add(view);
        }
        List<LinkView> links = new ArrayList<>();
        int i = 0;
        while (i < es.length) {
            int j = i + 1;
            if (g.kind(es[i]) == TieKind.KIN) {
                while (j < es.length && g.kind(es[j]) == TieKind.KIN) {
                    j++;
                }
            }
            List<TieView> ties = new ArrayList<>();
            double weight = 0;
            for (int x = i; x < j; x++) {
                int e = es[x];
                double w = weights[g.kind(e).ordinal()];
                weight += w;
                String direction = g.type(e).symmetric() ? null : g.source(e) == vs[x] ? "forward" : "backward";
                List<String> prov = records.getOrDefault(e, List.of()).stream().map(s -> mask(s, viewer)).toList();
                ties.add(new TieView(x, x + 1, g.type(e).name(), g.subtype(e), direction, w, prov));
            }
            String a = name(persons.get(i), language);
            String b = name(persons.get(j), language);
            if (g.kind(es[i]) == TieKind.KIN) {
                KinTerms.Named n = kinName(g, java.util.Arrays.copyOfRange(vs, i, j + 1),
                        java.util.Arrays.copyOfRange(es, i, j), named);
                links.add(new LinkView(i, j, TieKind.KIN.name(), n.chain(), n.termEn(), n.termZh(),
                        TEXTS.get(language, "path.kin", a, b, term(language, n.termEn(), n.termZh())), weight, ties));
            } else {
                TieWords.Words w = TieWords.of(g, vs[i], es[i]);
                links.add(new LinkView(i, j, g.kind(es[i]).name(), null, w.termEn(), w.termZh(),
                        TEXTS.get(language, w.textKey(), a, b, term(language, w.termEn(), w.termZh())), weight, ties));
            }
            i = j;
        }
        return new PathView(rank, p.weight(), p.hops(), cut, persons, links);
    }

    private KinTerms.Named kinName(PersonGraph g, int[] vs, int[] es, Map<List<String>, KinTerms.Named> cache) {
        List<String> ids = java.util.Arrays.stream(vs).mapToObj(g::personId).toList();
        return cache.computeIfAbsent(ids, k -> {
            KinshipQueries engine = kinship.getIfAvailable();
            if (engine != null) {
                try {
                    Relation r = engine.describe(ids);
                    if (r != null && r.termEn() != null) {
                        return new KinTerms.Named(r.chain(), r.termEn(), r.termZh());
                    }
                } catch (RuntimeException unnamed) {
                    // the engine cannot name this walk (e.g. the graph changed under it): name it step by step
                }
            }
            return KinTerms.name(g, vs, es);
        });
    }

    private static String name(PersonView p, Locale language) {
        if (p.cut() != null) {
            return TEXTS.get(language, OUTSIDE);
        }
        return p.name() == null ? TEXTS.get(language, UNNAMED) : p.name();
    }

    /** A kinship or tie term in the request's language (the other one stays in {@code termEn}/{@code termZh}). */
    static String term(Locale language, String termEn, String termZh) {
        return Languages.ENGLISH.equals(Languages.supported(language)) || termZh == null ? termEn : termZh;
    }

    /** Phone numbers and accounts inside provenance strings are masked like the fields holding them. */
    private static String mask(String record, Viewer viewer) {
        if (record.startsWith("phone:")) {
            return "phone:" + Masking.forViewer(viewer, Sensitive.Kind.PHONE, record.substring(6));
        }
        if (record.startsWith("account:")) {
            return "account:" + Masking.forViewer(viewer, Sensitive.Kind.ACCOUNT, record.substring(8));
        }
        return record;
    }
}
