package org.favornet.kinship.gedcom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.graph.CypherRunner;
import org.favornet.graph.GraphChanged;
import org.favornet.graph.GraphProperties;
import org.favornet.ingest.FieldLimits;
import org.favornet.ingest.ParentGraph;
import org.favornet.ingest.Reject;
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

    /**
     * What an import did.
     *
     * @param rejected individuals and ties not written because they break a kinship rule
     * @param rejects each with its line in the GEDCOM file, the tag at fault and the reason, as a CSV import reports them
     */
    public record Report(String file, String charset, int individuals, int families, long personsWritten,
            long tiesWritten, List<GedcomFile.Skipped> skipped, long rejected, List<Reject> rejects) {}

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
        return load(file, bytes, LocalDate.now());
    }

    /**
     * Imports {@code bytes} under the name {@code file}, with the kinship rules of a CSV kinship
     * import: an individual whose name cannot be stored, who dies before he is born or is born
     * in the future is rejected (and so are the ties that name him); a person as his own parent
     * or spouse, a third parent, and a parent tie that closes a cycle (A parent of B, B parent of
     * A, or longer, counting ties already in the graph) are rejected ties ({@link ParentGraph}).
     */
    Report load(String file, byte[] bytes, LocalDate today) {
        String name = baseName(file);
        GedcomFile g = GedcomFile.parse(bytes);
        List<GedcomFile.Skipped> skipped = new ArrayList<>(g.skipped());
        List<Reject> rejects = new ArrayList<>();
        Map<String, GedcomFile.Individual> byXref = new HashMap<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        for (GedcomFile.Individual i : g.individuals()) {
            Reject problem = problem(i, name, today);
            if (problem != null) {
                rejects.add(problem);
                continue;
            }
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
        ParentGraph parentGraph = ParentGraph.stored(cypher);
        List<Map<String, Object>> parents = new ArrayList<>();
        List<Map<String, Object>> spouses = new ArrayList<>();
        for (GedcomFile.Family f : g.families()) {
            String prov = "gedcom:" + name + ":" + f.xref();
            if (f.husband() != null && f.wife() != null) {
                if (f.husband().equals(f.wife())) {
                    rejects.add(new Reject(f.wifeLine(), "WIFE", f.wife(), "family " + f.xref() + ": " + f.wife()
                            + " is both husband and wife: a person cannot be tied to himself", null));
                } else if (known(byXref, f.husband(), f, f.line(), rejects) && known(byXref, f.wife(), f, f.wifeLine(), rejects)) {
                    spouses.add(Map.of("husbandId", name + ":" + f.husband(), "wifeId", name + ":" + f.wife(),
                            "provenance", prov));
                }
            }
            for (GedcomFile.Child c : f.children()) {
                if (!known(byXref, c.xref(), f, c.line(), rejects)) {
                    continue;
                }
                GedcomFile.Individual child = byXref.get(c.xref());
                String pedi = child.pedigree().get(f.xref());
                for (String parent : new String[] {f.husband(), f.wife()}) {
                    if (parent == null || !known(byXref, parent, f, c.line(), rejects)) {
                        continue;
                    }
                    String why = parent.equals(c.xref()) ? "a person cannot be his own parent"
                            : parentGraph.violation(name + ":" + parent, name + ":" + c.xref());
                    if (why != null) {
                        rejects.add(new Reject(c.line(), "CHIL", c.xref(), "family " + f.xref() + ": PARENT_OF "
                                + parent + " -> " + c.xref() + ": " + why, null));
                        continue;
                    }
                    parentGraph.add(name + ":" + parent, name + ":" + c.xref());
                    String kind = pedi != null ? pedi : parent.equals(f.husband()) ? c.fatherKind() : c.motherKind();
                    parents.add(parentRow(name, parent, c.xref(), kind, prov));
                }
            }
        }
        long written = write("kinship/gedcom_persons.cypher", persons);
        long ties = write("kinship/gedcom_parents.cypher", parents) + write("kinship/gedcom_spouses.cypher", spouses);
        events.publishEvent(new GraphChanged(Set.of("persons", "kinship", "gedcom")));
        rejects.sort(java.util.Comparator.comparingLong(Reject::line));
        return new Report(name, g.charset(), g.individuals().size(), g.families().size(), written, ties, skipped,
                rejects.size(), rejects);
    }

    /** Why an individual cannot be written, as a CSV persons row would be rejected; {@code null} when he can. */
    private static Reject problem(GedcomFile.Individual i, String file, LocalDate today) {
        String who = "individual " + i.xref();
        if (FieldLimits.utf8Bytes(file + ":" + i.xref()) > FieldLimits.INDEX_KEY_BYTES) {
            return new Reject(i.line(), "INDI", i.xref(), who + ": the cross-reference is too long to be a person id", null);
        }
        if (i.name() != null && FieldLimits.utf8Bytes(i.name()) > FieldLimits.INDEX_KEY_BYTES) {
            return new Reject(i.line(), "NAME", null, who + ": the name is " + FieldLimits.utf8Bytes(i.name())
                    + " bytes long (UTF-8); at most " + FieldLimits.INDEX_KEY_BYTES + " bytes fit", null);
        }
        if (i.name() != null && i.name().chars().anyMatch(ch -> ch < 0x20 || ch >= 0x7F && ch <= 0x9F)) {
            return new Reject(i.line(), "NAME", null, who + ": the name holds a control character", null);
        }
        if (i.birthDate() != null && i.birthDate().isAfter(today)) {
            return new Reject(i.line(), "BIRT", i.birthDate().toString(), who + ": born " + i.birthDate()
                    + ", which lies in the future", null);
        }
        boolean diesFirst = i.birthDate() != null && i.deathDate() != null ? i.deathDate().isBefore(i.birthDate())
                : i.birthYear() != null && i.deathYear() != null && i.deathYear() < i.birthYear();
        if (diesFirst) {
            return new Reject(i.line(), "DEAT", null, who + ": dies (" + (i.deathDate() != null ? i.deathDate()
                    : i.deathYear()) + ") before he is born (" + (i.birthDate() != null ? i.birthDate() : i.birthYear())
                    + ")", null);
        }
        return null;
    }

    private static Map<String, Object> parentRow(String name, String parent, String child, String kind, String prov) {
        return Map.of("parentId", name + ":" + parent, "childId", name + ":" + child,
                "kind", kind == null ? "BIRTH" : kind, "provenance", prov);
    }

    private static boolean known(Map<String, GedcomFile.Individual> byXref, String xref, GedcomFile.Family f, int line,
            List<Reject> rejects) {
        if (byXref.containsKey(xref)) {
            return true;
        }
        rejects.add(new Reject(line, "FAM", xref, "family " + f.xref() + " refers to individual " + xref
                + ", who is not in the file or was rejected", null));
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
