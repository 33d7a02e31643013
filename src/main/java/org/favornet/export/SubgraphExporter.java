package org.favornet.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.favornet.graph.TieKind;
import org.favornet.security.PersonRefs;
import org.favornet.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Prepares an export for a viewer: gathers the subgraph (limits and region checked, so a refusal
 * comes before any byte), masks it, and hands back something that streams the chosen format.
 */
@Component
public class SubgraphExporter {

    /** The ties of an official's circle: family and acquaintances; the grants around them are attached. */
    static final Set<TieKind> CIRCLE = EnumSet.of(TieKind.KIN, TieKind.KNOWS);

    private final SubgraphGatherer gatherer;
    private final SubgraphAssembler assembler;
    private final PersonRefs refs;

    SubgraphExporter(SubgraphGatherer gatherer, SubgraphAssembler assembler, PersonRefs refs) {
        this.gatherer = gatherer;
        this.assembler = assembler;
        this.refs = refs;
    }

    /** A subgraph ready to stream in one format, with the file name to offer (and, for GEXF, the edge declaration). */
    public record PreparedExport(EvidenceSubgraph subgraph, ExportFormat format, String filename, EdgeMode edges) {

        public PreparedExport(EvidenceSubgraph subgraph, ExportFormat format, String filename) {
            this(subgraph, format, filename, EdgeMode.DEFAULT);
        }

        /** The same export with GEXF edges declared so; other formats have one form only and refuse a choice. */
        public PreparedExport withEdges(EdgeMode mode) {
            if (mode == null) {
                return this;
            }
            if (format != ExportFormat.GEXF) {
                throw new IllegalArgumentException("'edges' applies to the GEXF format only.");
            }
            return new PreparedExport(subgraph, format, filename, mode);
        }

        public void writeTo(OutputStream out) throws IOException {
            format.writer(edges).write(subgraph, out);
        }
    }

    /** A lead's evidence: the nodes it names and the ties between them. */
    public PreparedExport lead(String leadId, ExportFormat format, Viewer viewer) {
        EvidenceSubgraph g = assembler.assemble(gatherer.lead(leadId, viewer), viewer);
        return new PreparedExport(g, format, filename("lead-" + leadId, format));
    }

    /** Seeds (person ids or refs) expanded {@code hops} times over {@code ties}. */
    public PreparedExport around(List<String> seeds, int hops, Set<TieKind> ties, ExportFormat format, Viewer viewer) {
        return around(seeds, hops, ties, Set.of(), format, viewer);
    }

    /** An official's circle: kin and acquaintances within {@code hops}, and the grants any of them touched. */
    public PreparedExport circle(String personIdOrRef, int hops, ExportFormat format, Viewer viewer) {
        return around(List.of(personIdOrRef), hops, CIRCLE, EnumSet.of(TieKind.GRANT), format, viewer);
    }

    PreparedExport around(List<String> seeds, int hops, Set<TieKind> ties, Set<TieKind> attach, ExportFormat format,
            Viewer viewer) {
        Set<String> ids = new LinkedHashSet<>();
        for (String s : seeds) {
            if (s != null && !s.isBlank()) {
                ids.add(refs.resolve(s.strip(), viewer));
            }
        }
        List<String> kinds = new ArrayList<>();
        ties.forEach(t -> kinds.add(t.name()));
        attach.forEach(t -> kinds.add("+" + t.name()));
        String title = "Around " + ids.size() + " seed(s), " + hops + " hop(s) over " + String.join(", ", kinds);
        EvidenceSubgraph g = assembler.assemble(gatherer.around(ids, hops, ties, attach, viewer, title), viewer);
        return new PreparedExport(g, format, filename("subgraph-" + hops + "hops", format));
    }

    /** File names are ASCII (ids sanitised), so a plain quoted {@code filename} suffices. */
    private static String filename(String stem, ExportFormat format) {
        return "favornet-" + stem.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.extension();
    }
}
