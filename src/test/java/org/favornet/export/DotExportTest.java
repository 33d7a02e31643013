package org.favornet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.TieKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DOT export read as Graphviz reads it (statements parsed from the text): a CJK-capable font
 * on the graph, nodes and edges; persons styled by the role the exported ties give them (the
 * official stands out); ties styled by kind; names back unchanged through the quoting. When
 * Graphviz ({@code dot}) is installed the file is also drawn with {@code dot -Tpng}.
 */
@GraphTest
class DotExportTest {

    private static final Pattern STATEMENT = Pattern.compile("^  (\\S+(?: -> \\S+)?) \\[(.*)];$");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Autowired TestGraph graph;
    @Autowired SubgraphExporter exporter;
    @Autowired org.favornet.security.PersonRefs refs;

    record Statement(String head, Map<String, String> attributes) {

        String get(String name) {
            return attributes.get(name);
        }
    }

    @BeforeEach
    void seed() {
        graph.clear();
        ExportFixture.seed(graph);
    }

    private SubgraphExporter.PreparedExport whole() {
        List<String> persons = graph.run("MATCH (p:Person) RETURN p.id AS id").stream()
                .map(r -> refs.ref(r.get("id").asString())).toList();
        return exporter.around(persons, 4, EnumSet.allOf(TieKind.class), ExportFormat.DOT, ExportFormatsTest.CLEAR);
    }

    static List<Statement> parse(String dot) {
        List<String> lines = dot.lines().toList();
        assertThat(lines.get(0)).isEqualTo("digraph favornet {");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
        List<Statement> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            Matcher m = STATEMENT.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(m.group(2));
            int end = 0;
            while (a.find()) {
                assertThat(a.start()).as("attributes separated by ', ' in " + line).isEqualTo(end == 0 ? 0 : end + 2);
                attributes.put(a.group(1), unquote(a.group(2)));
                end = a.end();
            }
            assertThat(end).as("every attribute parsed in " + line).isEqualTo(m.group(2).length());
            out.add(new Statement(m.group(1), attributes));
        }
        return out;
    }

    private static String unquote(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    @Test
    void chineseFontsRolesAndTieKindsAreInTheDotText() throws Exception {
        SubgraphExporter.PreparedExport export = whole();
        EvidenceSubgraph model = export.subgraph();
        List<Statement> statements = parse(text(export));
        Map<String, Statement> nodes = new LinkedHashMap<>();
        Map<String, Statement> edges = new LinkedHashMap<>();
        for (Statement s : statements) {
            if (s.head().equals("graph") || s.head().equals("node") || s.head().equals("edge")) {
                assertThat(s.get("fontname")).as(s.head()).startsWith("Noto Sans CJK SC,").endsWith(",sans-serif");
            } else if (s.head().contains(" -> ")) {
                edges.put(s.get("id"), s);
            } else {
                nodes.put(s.get("id"), s);
            }
        }
        assertThat(statements).extracting(Statement::head).startsWith("graph", "node", "edge");
        assertThat(nodes).hasSize(model.nodeCount());
        assertThat(edges).hasSize(model.edgeCount());

        // Roles from the fixture's ties: the official handled the grant and holds a post, 钱审批 approved it,
        // the son received it; the wife and the friend have none.
        Statement official = nodes.get(ExportFixture.OFFICIAL);
        assertThat(official.get("label")).isEqualTo("王建国");
        assertThat(official.get("role")).isEqualTo("official");
        assertThat(official.get("shape")).isEqualTo("box");
        assertThat(official.get("style")).contains("bold");
        assertThat(official.get("fontname")).startsWith("Noto Sans CJK SC,").endsWith(" Bold");
        assertThat(nodes.get(ExportFixture.APPROVER).get("role")).isEqualTo("official");
        Statement son = nodes.get(ExportFixture.SON);
        assertThat(son.get("role")).isEqualTo("beneficiary");
        assertThat(son.get("fillcolor")).isNotBlank().isNotEqualTo(official.get("fillcolor"));
        assertThat(son.get("shape")).isNotEqualTo(official.get("shape"));
        for (String plain : List.of(ExportFixture.WIFE, ExportFixture.FRIEND)) {
            assertThat(nodes.get(plain).attributes()).as(plain).doesNotContainKeys("role", "fillcolor");
            assertThat(nodes.get(plain).get("style")).as(plain).isNull();
        }

        // Ties by kind: every edge names its kind; the kinds look different from each other.
        Map<String, String> styleOfKind = new LinkedHashMap<>();
        for (EvidenceSubgraph.Edge e : model.edges()) {
            Statement s = edges.get(e.id());
            assertThat(s.head()).isEqualTo(idOf(nodes, e.source()) + " -> " + idOf(nodes, e.target()));
            assertThat(s.get("relationship")).isEqualTo(e.type());
            TieKind kind = TieKind.values()[0];
            for (TieKind k : TieKind.values()) {
                if (k.relationshipTypes().contains(e.type())) {
                    kind = k;
                }
            }
            assertThat(s.get("kind")).as(e.type()).isEqualTo(kind.name());
            assertThat(s.attributes().containsKey("dir")).as(e.type()).isEqualTo(!e.directed());
            String look = s.get("style") + " " + s.get("color");
            assertThat(styleOfKind.putIfAbsent(kind.name(), look)).as(kind.name()).isIn(null, look);
            if (kind == TieKind.MONEY || kind == TieKind.GRANT) {
                assertThat(s.get("label")).as(e.type()).isNotBlank();
                assertThat(s.get("fontcolor")).as(e.type() + ": labelled in colour").isNotBlank();
            }
        }
        assertThat(styleOfKind.get("KIN")).startsWith("solid ");
        assertThat(styleOfKind.get("KNOWS")).startsWith("dashed ");
        assertThat(styleOfKind).containsKeys("KIN", "KNOWS", "SHARED", "MONEY", "GRANT");
        assertThat(List.of("KIN", "KNOWS", "SHARED", "MONEY", "GRANT")).extracting(styleOfKind::get)
                .as("kin, acquaintance, shared, money and grant drawn apart").doesNotHaveDuplicates();

        // Names come back unchanged through the quoting, hostile ones included.
        for (EvidenceSubgraph.Node n : model.nodes()) {
            String expected = n.caption().replace("\r", "\n").replace("\t", " ");
            assertThat(nodes.get(n.id()).get("label").replace("\\n", "\n")).as(n.id()).isEqualTo(expected);
        }
    }

    private static String idOf(Map<String, Statement> nodes, EvidenceSubgraph.Node n) {
        int i = new ArrayList<>(nodes.keySet()).indexOf(n.id());
        return "n" + i;
    }

    @Test
    void graphvizDrawsTheExportWhenInstalled(@TempDir Path dir) throws Exception {
        if (!dotInstalled()) {
            System.out.println("DotExportTest: Graphviz 'dot' is not installed; the DOT file was checked as text only.");
            return;
        }
        Path file = dir.resolve("whole.dot");
        Files.writeString(file, text(whole()), StandardCharsets.UTF_8);
        Path png = dir.resolve("whole.png");
        Process p = new ProcessBuilder("dot", "-Tpng", "-o", png.toString(), file.toString())
                .redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(messages).isZero();
        assertThat(messages).as("Graphviz complaints").doesNotContainIgnoringCase("error")
                .doesNotContainIgnoringCase("syntax");
        byte[] image = Files.readAllBytes(png);
        assertThat(image.length).isGreaterThan(10_000);
        assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        String keep = System.getenv("FAVORNET_DOT_SAMPLE");
        if (keep != null) {
            Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(file, Path.of(keep + ".dot"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean dotInstalled() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(SubgraphExporter.PreparedExport export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
