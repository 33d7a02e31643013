package org.favornet.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a GEXF file declares its edges ({@code edges=} on the API, {@code --edges} on the command
 * line). Some relationship types are read undirected (kinship between spouses or siblings,
 * acquaintance, shared phones); the others have a meaningful direction (official to grant, sender
 * to transfer). Every mode keeps the record direction as source and target and says in the
 * {@code directed} edge attribute whether that direction means something.
 */
public enum EdgeMode {
    /**
     * The default: a directed graph, every edge directed. Gephi and networkx ({@code read_gexf},
     * which refuses a file mixing edge types) both read it.
     */
    DIRECTED,
    /** An undirected graph, every edge undirected (for community detection, centralities). */
    UNDIRECTED,
    /**
     * A directed graph whose symmetric ties are marked {@code type="undirected"}: valid GEXF 1.3 and
     * read by Gephi as a mixed graph, but networkx refuses it ("Undirected edge found in directed graph").
     */
    MIXED;

    public static final EdgeMode DEFAULT = DIRECTED;

    /** Parses a mode case-insensitively; null means the default. */
    public static EdgeMode parse(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT;
        }
        for (EdgeMode m : values()) {
            if (m.name().equalsIgnoreCase(name.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown edges '" + name + "'; valid: " + names() + ".");
    }

    public static String names() {
        return Arrays.stream(values()).map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
