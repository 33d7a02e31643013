package org.favornet.export;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.favornet.cli.Cli;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import org.favornet.graph.TieKind;
import org.favornet.security.AuditLog;
import org.favornet.security.AuditRecord;
import org.favornet.security.Masking;
import org.favornet.security.PersonRefs;
import org.favornet.security.Role;
import org.favornet.security.Viewer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the API's exports for the operator on the server. Masked as for an analyst unless
 * {@code --clear}, and each written to the audit trail as the API's are, by user
 * {@code cli:<os user>} (with every role and clear data when {@code --clear}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a lead's evidence, the subgraph around seed persons, or an official's circle as a file. "
                + "Resident ids, phones and accounts are masked unless --clear; every export is audited as user cli:<os user>.")
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--lead", paramLabel = "ID", description = "A lead's evidence.")
        String lead;

        @Option(names = "--seeds", paramLabel = "ID,ID", split = ",", description = "Seed persons (ids or refs), expanded --hops times over --ties.")
        List<String> seeds;

        @Option(names = "--circle", paramLabel = "ID", description = "An official's circle: kin and acquaintances within --hops, and their grants.")
        String circle;
    }

    @Option(names = "--hops", paramLabel = "N", defaultValue = "1", description = "Hops around the seeds or the official (default ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--ties", paramLabel = "KIND,KIND", split = ",", defaultValue = "KIN,KNOWS",
            description = "Tie kinds followed from the seeds: KIN, KNOWS, SHARED, MONEY, GRANT, OWNS, HOLDS, TIPS, HOUSEHOLD "
                    + "(old names SHARES, GRANTS, PAYMENTS, TRANSFERS accepted; default ${DEFAULT-VALUE}).")
    List<String> ties;

    @Option(names = "--edges", paramLabel = "MODE",
            description = "GEXF only: directed (default; Gephi and networkx read it), undirected, or mixed "
                    + "(symmetric ties undirected in a directed graph; Gephi only).")
    String edges;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "graphml",
            description = "graphml, gexf, cytoscape, csv, cypher or dot (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;

    @Option(names = "--clear", description = "Clear resident ids, phones and accounts, for operators cleared to see them (audited as such).")
    boolean clear;

    @Override
    public Integer call() throws Exception {
        ExportFormat f;
        Set<TieKind> kinds = EnumSet.noneOf(TieKind.class);
        EdgeMode mode = null;
        try {
            f = ExportFormat.parse(format);
            if (edges != null) {
                if (f != ExportFormat.GEXF) {
                    throw new IllegalArgumentException("--edges applies to --format gexf only.");
                }
                mode = EdgeMode.parse(edges);
            }
            for (String t : ties) {
                kinds.add(TieKind.parse(t));
            }
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
        try (Services services = top.services(service)) {
            return export(services.get(SubgraphExporter.class), services.get(PersonRefs.class),
                    services.get(AuditLog.class), f, kinds, mode, spec.commandLine().getOut());
        }
    }

    private int export(SubgraphExporter exporter, PersonRefs refs, AuditLog audit, ExportFormat f, Set<TieKind> kinds,
            EdgeMode mode, PrintWriter print)
            throws Exception {
        Viewer viewer = viewer(clear);
        SubgraphExporter.PreparedExport export;
        if (what.lead != null) {
            export = exporter.lead(what.lead, f, viewer);
        } else if (what.circle != null) {
            export = exporter.circle(refs.ref(refs.resolve(what.circle.strip(), Viewer.system())), hops, f, viewer);
        } else {
            // The operator on the server may name persons by number even for a masked file: seeds go in as refs.
            List<String> seeds = new ArrayList<>(what.seeds.stream()
                    .map(s -> refs.ref(refs.resolve(s.strip(), Viewer.system()))).toList());
            export = exporter.around(seeds, hops, kinds, f, viewer);
        }
        export = export.withEdges(mode);
        try (OutputStream file = Files.newOutputStream(out)) {
            export.writeTo(file);
        }
        EvidenceSubgraph g = export.subgraph();
        audit.append(record(viewer, g, f));
        print.println("Wrote " + out + ": " + g.nodeCount() + " nodes, " + g.edgeCount() + " edges ("
                + f.name().toLowerCase() + (clear ? ", clear" : ", masked") + ")");
        print.flush();
        return ExitCode.OK;
    }

    /** The operator on the command line: as an analyst (masked), or with every role in clear. */
    static Viewer viewer(boolean clear) {
        String user = "cli:" + System.getProperty("user.name", "unknown");
        return clear ? new Viewer(user, Set.of(Role.values()), List.of(""), true)
                : new Viewer(user, Set.of(Role.ANALYST), List.of(""), false);
    }

    /** The audit record the API would write for the same export: who, what was asked, whom it names, its size. */
    private AuditRecord record(Viewer viewer, EvidenceSubgraph g, ExportFormat f) {
        SortedMap<String, List<String>> query = new TreeMap<>();
        query.put("format", List.of(f.name().toLowerCase()));
        query.put("clear", List.of(Boolean.toString(clear)));
        if (edges != null) {
            query.put("edges", List.of(edges.strip().toLowerCase()));
        }
        if (what.lead != null) {
            query.put("lead", List.of(Masking.scrub(what.lead)));
        } else if (what.circle != null) {
            query.put("circle", List.of(Masking.scrub(what.circle)));
            query.put("hops", List.of(Integer.toString(hops)));
        } else {
            query.put("seeds", what.seeds.stream().map(Masking::scrub).toList());
            query.put("hops", List.of(Integer.toString(hops)));
            query.put("ties", List.copyOf(ties));
        }
        List<String> persons = List.copyOf(g.personIds());
        List<String> subjects = persons.stream().limit(AuditRecord.MAX_SUBJECTS).map(Masking::scrub).toList();
        List<String> roles = viewer.roles().stream().map(Enum::name).sorted().toList();
        return new AuditRecord(0, null, viewer.username(), roles, "CLI", "favornet export", "favornet export", query,
                subjects, persons.size(), (long) g.nodeCount() + g.edgeCount(), 200, null);
    }
}
