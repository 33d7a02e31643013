package org.favornet.kinship.gedcom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.graph.CypherRunner;
import org.favornet.graph.GraphChanged;
import org.favornet.graph.GraphProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads a GEDCOM file into the graph: each {@code INDI} a {@code Person} with id
 * {@code <file>:<xref>} and source {@code gedcom:<file>}; each {@code FAM} a {@code SPOUSE_OF}
 * between husband and wife and a {@code PARENT_OF} from each parent to each child (kind from
 * {@code PEDI} or {@code _FREL}/{@code _MREL}: adopted and foster become ADOPTIVE), with
 * provenance {@code gedcom:<file>:<FAM xref>}. Writes are {@code UNWIND} batches of
 * {@code favornet.batch-size} rows, idempotent (MERGE), and end with a {@link GraphChanged} event.
 */
@Component
public class GedcomImport {

    /** What an import did. */
    public record Report(String file, String charset, int individuals, int families, long personsWritten,
            long tiesWritten, List<GedcomFile.Skipped> skipped) {}

    private final CypherRunner cypher;
    private final GraphProperties props;
    private final ApplicationEventPublisher events;

    GedcomImport(CypherRunner cypher, GraphProperties props, ApplicationEventPublisher events) {
        this.cypher = cypher;
        this.props = props;
        this.events = events;
    }

    /** Imports {@code bytes} under the name {@code file} (a file name; its extension is dropped). */
    public Report load(String file, byte[] bytes) {
        String name = baseName(file);
        GedcomFile g = GedcomFile.parse(bytes);
        List<GedcomFile.Skipped> skipped = new ArrayList<>(g.skipped());
        Map<String, GedcomFile.Individual> byXref = new HashMap<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        for (GedcomFile.Individual i : g.individuals()) {
            byXref.put(i.xref(), i);
            Map<String, Object> row = new HashMap<>();
            row.put("id", name + ":" + i.xref());
            row.put("name", i.name());
            row.put("gender", i.sex());
            row.put("birthDate", i.birthDate() == null ? null : i.birthDate().toString());
            row.put("birthYear", i.birthYear());
            row.put("deathDate", i.deathDate() == null ? null : i.deathDate().toString());
            row.put("deathYear", i.deathYear());
            row.put("source", "gedcom:" + name);
            persons.add(row);
        }
        List<Map<String, Object>> parents = new ArrayList<>();
        List<Map<String, Object>> spouses = new ArrayList<>();
        for (GedcomFile.Family f : g.families()) {
            String prov = "gedcom:" + name + ":" + f.xref();
            if (f.husband() != null && f.wife() != null) {
                if (known(byXref, f.husband(), f, skipped) && known(byXref, f.wife(), f, skipped)) {
                    spouses.add(Map.of("husbandId", name + ":" + f.husband(), "wifeId", name + ":" + f.wife(),
                            "provenance", prov));
                }
            }
            for (GedcomFile.Child c : f.children()) {
                if (!known(byXref, c.xref(), f, skipped)) {
                    continue;
                }
                GedcomFile.Individual child = byXref.get(c.xref());
                String pedi = child.pedigree().get(f.xref());
                if (f.husband() != null && known(byXref, f.husband(), f, skipped)) {
                    parents.add(parentRow(name, f.husband(), c.xref(), pedi != null ? pedi : c.fatherKind(), prov));
                }
                if (f.wife() != null && known(byXref, f.wife(), f, skipped)) {
                    parents.add(parentRow(name, f.wife(), c.xref(), pedi != null ? pedi : c.motherKind(), prov));
                }
            }
        }
        long written = write("kinship/gedcom_persons.cypher", persons);
        long ties = write("kinship/gedcom_parents.cypher", parents) + write("kinship/gedcom_spouses.cypher", spouses);
        events.publishEvent(new GraphChanged(Set.of("persons", "kinship", "gedcom")));
        return new Report(name, g.charset(), g.individuals().size(), g.families().size(), written, ties, skipped);
    }

    private static Map<String, Object> parentRow(String name, String parent, String child, String kind, String prov) {
        return Map.of("parentId", name + ":" + parent, "childId", name + ":" + child,
                "kind", kind == null ? "BIRTH" : kind, "provenance", prov);
    }

    private static boolean known(Map<String, GedcomFile.Individual> byXref, String xref, GedcomFile.Family f,
            List<GedcomFile.Skipped> skipped) {
        if (byXref.containsKey(xref)) {
            return true;
        }
        skipped.add(new GedcomFile.Skipped(0, "family " + f.xref() + " refers to unknown individual " + xref));
        return false;
    }

    private long write(String file, List<Map<String, Object>> rows) {
        long n = 0;
        int batch = Math.max(1, props.batchSize());
        for (int from = 0; from < rows.size(); from += batch) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + batch));
            n += cypher.writeReturning(file, Map.of("rows", slice), r -> r.get("written").asLong()).get(0);
        }
        return n;
    }

    /** {@code royal92.ged} → {@code royal92}; path separators and unsafe characters dropped. */
    static String baseName(String file) {
        String s = file == null || file.isBlank() ? "gedcom" : file;
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        int dot = s.lastIndexOf('.');
        if (dot > 0) {
            s = s.substring(0, dot);
        }
        s = s.replaceAll("[^A-Za-z0-9_\\-]", "_");
        return s.isEmpty() ? "gedcom" : s;
    }
}
