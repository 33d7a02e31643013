package org.favornet.export;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.favornet.cli.CliCommand;
import org.favornet.security.Role;
import org.favornet.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * {@code export --lead ID | --seeds a,b [--hops 2] [--ties KIN,KNOWS] | --circle ID [--hops 2]
 * --format gexf --out file [--masked]}: the same exports as the API, for the operator on the
 * server (clear data unless {@code --masked}).
 */
@Component
class ExportCommand implements CliCommand {

    private final SubgraphExporter exporter;

    private final org.favornet.security.PersonRefs refs;

    ExportCommand(SubgraphExporter exporter, org.favornet.security.PersonRefs refs) {
        this.refs = refs;
        this.exporter = exporter;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "--lead ID | --seeds a,b [--hops 2] [--ties KIN,KNOWS] | --circle ID [--hops 2]  --format "
                + ExportFormat.names().replace(", ", "|") + " --out FILE [--masked]";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--masked")) {
                opts.put("masked", "true");
            } else if (a.startsWith("--") && i + 1 < args.size()) {
                opts.put(a.substring(2), args.get(++i));
            } else {
                throw new IllegalArgumentException("Unexpected argument '" + a + "'.");
            }
        }
        ExportFormat format = ExportFormat.parse(opts.getOrDefault("format", "graphml"));
        String outFile = opts.get("out");
        if (outFile == null) {
            throw new IllegalArgumentException("--out FILE is required.");
        }
        Viewer viewer = opts.containsKey("masked")
                ? new Viewer("cli", Set.of(Role.ANALYST), List.of(""), false) : Viewer.system();
        int hops = Integer.parseInt(opts.getOrDefault("hops", "1"));
        SubgraphExporter.PreparedExport export;
        if (opts.containsKey("lead")) {
            export = exporter.lead(opts.get("lead"), format, viewer);
        } else if (opts.containsKey("circle")) {
            export = exporter.circle(refs.ref(refs.resolve(opts.get("circle").strip(), Viewer.system())), hops, format,
                    viewer);
        } else if (opts.containsKey("seeds")) {
            Set<TieKind> ties = EnumSet.noneOf(TieKind.class);
            for (String t : opts.getOrDefault("ties", "KIN,KNOWS").split(",")) {
                ties.add(TieKind.parse(t));
            }
            // The operator on the server may name persons by number even for a masked file: seeds go in as refs.
            List<String> seeds = new ArrayList<>(Arrays.stream(opts.get("seeds").split(","))
                    .map(s -> refs.ref(refs.resolve(s.strip(), Viewer.system()))).toList());
            export = exporter.around(seeds, hops, ties, format, viewer);
        } else {
            throw new IllegalArgumentException("Give --lead, --seeds or --circle.");
        }
        Path path = Path.of(outFile);
        try (OutputStream file = Files.newOutputStream(path)) {
            export.writeTo(file);
        }
        EvidenceSubgraph g = export.subgraph();
        out.println("Wrote " + path + ": " + g.nodeCount() + " nodes, " + g.edgeCount() + " edges ("
                + format.name().toLowerCase() + ")");
        return 0;
    }
}
