package org.favornet.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.favornet.export.EvidenceSubgraph.Edge;
import org.favornet.export.EvidenceSubgraph.Node;
import org.favornet.graph.TieKind;

/**
 * Graphviz DOT, drawn as an analyst reads it: {@code dot -Tpng} must show Chinese names, and the
 * official must stand out.
 * <ul>
 *   <li>Fonts: {@link #FONTS}, a CJK-capable family first with fallbacks, which Graphviz's
 *       Pango/Cairo renderer resolves through fontconfig (Debian: {@code fonts-noto-cjk}).</li>
 *   <li>Persons by role, as the exported ties show it: an official (holds a post, handled or
 *       approved a grant) is a bold red box with a bold name; a beneficiary (received a grant) a blue ellipse; both
 *       roles take the official's shape with the beneficiary's fill; others are plain ellipses.
 *       Records (grants, payments, accounts...) are small grey boxes.</li>
 *   <li>Ties by {@link TieKind}: kin solid, acquaintance dashed, shared phone/address/account
 *       dotted, money green and grant orange (bold, labelled); structure (owns, holds, tips,
 *       household) thin grey. Undirected ties have no arrowhead.</li>
 * </ul>
 * Node ids are {@code n0, n1, ...}; the exported id, type, provenance and the attributes follow as
 * quoted attributes (DOT has no types). Backslashes and quotes are escaped so a value cannot end
 * its string; line breaks become {@code \n} and other control characters are dropped.
 */
final class DotWriter implements SubgraphWriter {

    /** Font list (Pango syntax: families separated by commas, first available wins). */
    static final String FONTS = "Noto Sans CJK SC,Source Han Sans SC,WenQuanYi Zen Hei,WenQuanYi Micro Hei,"
            + "Microsoft YaHei,PingFang SC,Droid Sans Fallback,sans-serif";

    enum Role { OFFICIAL, BENEFICIARY }

    @Override
    public void write(EvidenceSubgraph g, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Map<Node, String> ids = new HashMap<>();
        for (Node n : g.nodes()) {
            ids.put(n, "n" + ids.size());
        }
        Map<Node, Set<Role>> roles = roles(g);
        w.write("digraph favornet {\n");
        statement(w, "graph", ordered("charset", "UTF-8", "fontname", FONTS, "label", g.title(), "labelloc", "t",
                "fontsize", "12"));
        statement(w, "node", ordered("fontname", FONTS, "fontsize", "11"));
        statement(w, "edge", ordered("fontname", FONTS, "fontsize", "9"));
        for (Node n : g.nodes()) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("label", n.caption());
            a.put("id", n.id());
            a.put("type", n.type());
            a.put("provenance", n.provenance());
            style(n, roles.getOrDefault(n, Set.of()), a);
            n.attributes().forEach((k, v) -> a.putIfAbsent(name(k), v.text()));
            statement(w, ids.get(n), a);
        }
        for (Edge e : g.edges()) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("label", e.caption());
            a.put("id", e.id());
            a.put("relationship", e.type());
            a.put("provenance", e.provenance());
            style(e, a);
            e.attributes().forEach((k, v) -> a.putIfAbsent(name(k), v.text()));
            statement(w, ids.get(e.source()) + " -> " + ids.get(e.target()), a);
        }
        w.write("}\n");
        w.flush();
    }

    /** Roles as the exported ties show them. */
    static Map<Node, Set<Role>> roles(EvidenceSubgraph g) {
        Map<Node, Set<Role>> roles = new HashMap<>();
        for (Edge e : g.edges()) {
            Role r = switch (e.type()) {
                case "HOLDS", "HANDLED", "APPROVED" -> Role.OFFICIAL;
                case "RECEIVED" -> Role.BENEFICIARY;
                default -> null;
            };
            if (r != null && e.source().type().equals("Person")) {
                roles.computeIfAbsent(e.source(), x -> EnumSet.noneOf(Role.class)).add(r);
            }
        }
        return roles;
    }

    private static void style(Node n, Set<Role> roles, Map<String, String> a) {
        if (!n.type().equals("Person")) {
            a.put("shape", "box");
            a.put("style", "rounded");
            a.put("color", "#969696");
            a.put("fontcolor", "#525252");
            a.put("fontsize", "9");
            return;
        }
        boolean official = roles.contains(Role.OFFICIAL);
        boolean beneficiary = roles.contains(Role.BENEFICIARY);
        if (official) {
            a.put("role", beneficiary ? "official;beneficiary" : "official");
            a.put("fontname", FONTS + " Bold");
            a.put("shape", "box");
            a.put("style", "filled,bold");
            a.put("penwidth", "2.5");
            a.put("color", "#b2182b");
            a.put("fillcolor", beneficiary ? "#d1e5f0" : "#fddbc7");
            a.put("fontcolor", "#67001f");
            a.put("fontsize", "13");
        } else if (beneficiary) {
            a.put("role", "beneficiary");
            a.put("shape", "ellipse");
            a.put("style", "filled");
            a.put("color", "#2166ac");
            a.put("fillcolor", "#d1e5f0");
        } else {
            a.put("shape", "ellipse");
        }
    }

    private static void style(Edge e, Map<String, String> a) {
        TieKind kind = kind(e.type());
        a.put("kind", kind == null ? "" : kind.name());
        if (!e.directed()) {
            a.put("dir", "none");
        }
        switch (kind == null ? TieKind.HOUSEHOLD : kind) {
            case KIN -> {
                a.put("style", "solid");
                a.put("color", "#252525");
                a.put("penwidth", "1.6");
            }
            case KNOWS -> {
                a.put("style", "dashed");
                a.put("color", "#525252");
            }
            case SHARED -> {
                a.put("style", "dotted");
                a.put("color", "#762a83");
                a.put("fontcolor", "#762a83");
            }
            case MONEY -> {
                a.put("style", "bold");
                a.put("color", "#1b7837");
                a.put("fontcolor", "#1b7837");
            }
            case GRANT -> {
                a.put("style", "bold");
                a.put("color", "#e66101");
                a.put("fontcolor", "#b35806");
            }
            default -> {
                a.put("style", "solid");
                a.put("color", "#bdbdbd");
                a.put("fontcolor", "#737373");
            }
        }
    }

    /** The kind whose relationship types hold this one; null for a type no kind names. */
    static TieKind kind(String relationshipType) {
        for (TieKind k : TieKind.values()) {
            if (k.relationshipTypes().contains(relationshipType)) {
                return k;
            }
        }
        return null;
    }

    private static void statement(Writer w, String head, Map<String, String> attributes) throws IOException {
        w.write("  ");
        w.write(head);
        w.write(" [");
        boolean first = true;
        for (var a : attributes.entrySet()) {
            w.write(first ? "" : ", ");
            w.write(a.getKey());
            w.write("=\"");
            w.write(quoted(a.getValue()));
            w.write('"');
            first = false;
        }
        w.write("];\n");
    }

    /** Name-value pairs in the order given (the same graph always gives the same file). */
    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** DOT attribute names: letters, digits and underscores, not starting with a digit. */
    private static String name(String k) {
        String n = k.replaceAll("[^A-Za-z0-9_]", "_");
        return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "_" + n : n;
    }

    /** The inside of a DOT quoted string: backslash and quote escaped, line breaks as {@code \n}, controls dropped. */
    static String quoted(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("\\n");
                case '\t' -> b.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0x7F) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
