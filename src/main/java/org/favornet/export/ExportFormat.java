package org.favornet.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The formats an analyst can take evidence away in, with their media type and file extension. */
public enum ExportFormat {
    GRAPHML("application/graphml+xml", "graphml", edges -> new GraphMlWriter()),
    /** The only format whose edge declaration is chosen ({@link EdgeMode}). */
    GEXF("application/gexf+xml", "gexf", GexfWriter::new),
    CYTOSCAPE("application/json", "cyjs", edges -> new CytoscapeJsonWriter()),
    CSV("application/zip", "csv.zip", edges -> new CsvZipWriter()),
    CYPHER("text/plain;charset=UTF-8", "cypher", edges -> new CypherScriptWriter()),
    DOT("text/vnd.graphviz;charset=UTF-8", "dot", edges -> new DotWriter());

    private final String mediaType;
    private final String extension;
    private final Function<EdgeMode, SubgraphWriter> writer;

    ExportFormat(String mediaType, String extension, Function<EdgeMode, SubgraphWriter> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    SubgraphWriter writer(EdgeMode edges) {
        return writer.apply(edges);
    }

    /** Parses a format name case-insensitively; an unknown one is a mistake that lists the valid ones. */
    public static ExportFormat parse(String name) {
        if (name != null) {
            for (ExportFormat f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("Unknown format '" + name + "'; valid formats: " + names() + ".");
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
