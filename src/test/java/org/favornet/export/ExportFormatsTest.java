package org.favornet.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.CypherRunner;
import org.favornet.graph.TieKind;
import org.favornet.security.Role;
import org.favornet.security.Viewer;
import org.favornet.web.ApiProblem;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@GraphTest
class ExportFormatsTest {

    static final Viewer CLEAR = Viewer.system();
    static final Viewer MASKED = new Viewer("analyst", Set.of(Role.ANALYST), List.of(""), false);
    static final Pattern RESIDENT_ID = Pattern.compile("[0-9]{17}[0-9Xx]");

    @Autowired TestGraph graph;
    @Autowired SubgraphExporter exporter;
    @Autowired CypherRunner cypher;
    @Autowired Driver driver;
    @Autowired org.favornet.security.PersonRefs refs;

    @BeforeEach
    void seed() {
        graph.clear();
        ExportFixture.seed(graph);
    }

    /** Every node but the lead: all persons as seeds, every tie kind, four hops. */
    SubgraphExporter.PreparedExport whole(ExportFormat format, Viewer viewer) {
        List<String> persons = graph.run("MATCH (p:Person) RETURN p.id AS id").stream()
                .map(r -> refs.ref(r.get("id").asString())).toList();
        return exporter.around(persons, 4, EnumSet.allOf(TieKind.class), format, viewer);
    }

    static byte[] bytes(SubgraphExporter.PreparedExport export) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void leadExportHoldsTheNodesItsEvidenceNamesAndTheTiesBetweenThem() {
        EvidenceSubgraph g = exporter.lead("lead-1", ExportFormat.GRAPHML, CLEAR).subgraph();
        assertThat(g.nodes()).extracting(EvidenceSubgraph.Node::id).containsExactlyInAnyOrder(
                ExportFixture.OFFICIAL, ExportFixture.SON, "Grant:g1", "Payment:pay1", "Transfer:t1");
        assertThat(g.edges()).extracting(e -> e.source().id() + "-" + e.type() + "->" + e.target().id())
                .containsExactlyInAnyOrder(
                        ExportFixture.OFFICIAL + "-PARENT_OF->" + ExportFixture.SON,
                        ExportFixture.SON + "-RECEIVED->Grant:g1",
                        ExportFixture.OFFICIAL + "-HANDLED->Grant:g1",
                        "Grant:g1-DISBURSED->Payment:pay1");
        assertThat(g.edges()).filteredOn(e -> e.type().equals("PARENT_OF")).singleElement()
                .satisfies(e -> {
                    assertThat(e.caption()).isEqualTo("父亲 father of");
                    assertThat(e.provenance()).isEqualTo("household:h1");
                });
        assertThat(g.personIds()).containsExactlyInAnyOrder(ExportFixture.OFFICIAL, ExportFixture.SON);
    }

    @Test
    void leadEvidenceIsReadDefensively() {
        LeadEvidence e = LeadEvidence.parse("{\"nodeIds\":[\"4:x:1\", 7, null, \"\"],\"paths\":[{\"relationshipIds\":[\"5:x:2\"]}],"
                + "\"personIds\":\"not-an-array\",\"grantIds\":[\"g1\",\"g1\"]}");
        assertThat(e.nodeIds()).containsExactly("4:x:1", "7");
        assertThat(e.relationshipIds()).containsExactly("5:x:2");
        assertThat(e.personIds()).isEmpty();
        assertThat(e.grantIds()).containsExactly("g1");
        assertThat(LeadEvidence.parse("not json").nodeIds()).isEmpty();
        assertThat(LeadEvidence.parse(null).grantIds()).isEmpty();
    }

    @Test
    void officialsCircleHoldsKinAcquaintancesAndTheGrantsAroundThem() {
        EvidenceSubgraph g = exporter.circle(ExportFixture.OFFICIAL, 1, ExportFormat.GEXF, CLEAR).subgraph();
        assertThat(g.nodes()).extracting(EvidenceSubgraph.Node::id).containsExactlyInAnyOrder(
                ExportFixture.OFFICIAL, ExportFixture.WIFE, ExportFixture.SON, ExportFixture.BROTHER,
                ExportFixture.FRIEND, "F-1", "Grant:g1");
    }

    @Test
    void nodesOutsideTheViewersRegionsAreDroppedCountedAndNotExpandedThrough() {
        Viewer local = new Viewer("local", Set.of(Role.ANALYST), List.of("110101"), true);
        EvidenceSubgraph g = exporter.around(List.of(ExportFixture.OFFICIAL), 1, EnumSet.of(TieKind.KNOWS),
                ExportFormat.GEXF, local).subgraph();
        assertThat(g.nodes()).extracting(EvidenceSubgraph.Node::id)
                .containsExactlyInAnyOrder(ExportFixture.OFFICIAL, ExportFixture.FRIEND);
        assertThat(g.droppedOutsideRegion()).isEqualTo(1);
        Viewer elsewhere = new Viewer("far", Set.of(Role.ANALYST), List.of("3201"), true);
        assertThatThrownBy(() -> exporter.lead("lead-1", ExportFormat.GEXF, elsewhere))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> exporter.around(List.of(ExportFixture.OFFICIAL), 1, EnumSet.of(TieKind.KIN),
                ExportFormat.GEXF, elsewhere))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void expansionsOverTheNodeOrEdgeLimitAreRefusedWithAClearProblem() {
        SubgraphGatherer small = new SubgraphGatherer(cypher, new ExportProperties(5, 100, 4, 2));
        assertThatThrownBy(() -> small.around(List.of(ExportFixture.OFFICIAL), 2, EnumSet.allOf(TieKind.class), Set.of(),
                CLEAR, "t"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(p.detailKey()).isEqualTo("problem.detail.export-nodes");
                    assertThat(String.valueOf(p.args()[0])).isEqualTo("5");
                });
        SubgraphGatherer fewEdges = new SubgraphGatherer(cypher, new ExportProperties(1000, 2, 4, 2));
        assertThatThrownBy(() -> fewEdges.around(List.of(ExportFixture.OFFICIAL), 1, EnumSet.of(TieKind.KIN), Set.of(),
                CLEAR, "t"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(java.util.Arrays.stream(p.args()).map(String::valueOf))
                        .containsExactly("3", "2"));
    }

    @Test
    void gexfValidatesAgainstTheGexf13Schema() throws Exception {
        for (Viewer v : List.of(CLEAR, MASKED)) {
          for (EdgeMode mode : EdgeMode.values()) {
            byte[] gexf = bytes(whole(ExportFormat.GEXF, v).withEdges(mode));
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            var schema = f.newSchema(getClass().getResource("/gexf-1.3/gexf.xsd"));
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(gexf)));
            Document doc = dom(gexf);
            assertThat(doc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
            assertThat(doc.getElementsByTagNameNS(GexfWriter.NS, "node").getLength()).isEqualTo(24);
            assertThat(doc.getElementsByTagNameNS(GexfWriter.NS, "edge").getLength()).isEqualTo(27);
            Element graphElement = (Element) doc.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
            assertThat(graphElement.getAttribute("defaultedgetype")).as(mode.name())
                    .isEqualTo(mode == EdgeMode.UNDIRECTED ? "undirected" : "directed");
            Set<String> edgeTypes = new HashSet<>();
            NodeList edgeList = doc.getElementsByTagNameNS(GexfWriter.NS, "edge");
            for (int i = 0; i < edgeList.getLength(); i++) {
                edgeTypes.add(((Element) edgeList.item(i)).getAttribute("type"));
            }
            assertThat(edgeTypes).as(mode.name()).isEqualTo(mode == EdgeMode.MIXED ? Set.of("directed", "undirected") : Set.of(""));
          }
        }
    }

    @Test
    void graphmlReadsBackIdenticallyThroughJGraphTAndAStrictDomReader() throws Exception {
        EvidenceSubgraph model = whole(ExportFormat.GRAPHML, CLEAR).subgraph();
        byte[] xml = bytes(whole(ExportFormat.GRAPHML, CLEAR));

        // Reader 1: strict DOM. Every data key is declared for its element kind, and parses as its type.
        Document doc = dom(xml);
        Map<String, String[]> keys = new HashMap<>();
        NodeList keyList = doc.getElementsByTagName("key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            keys.put(k.getAttribute("id"), new String[] {k.getAttribute("for"), k.getAttribute("attr.name"),
                    k.getAttribute("attr.type")});
        }
        Map<String, Map<String, String>> domNodes = strictRead(doc, "node", keys);
        Map<String, Map<String, String>> domEdges = strictRead(doc, "edge", keys);

        // Reader 2: JGraphT's GraphMLImporter, with its own schema validation.
        DirectedPseudograph<String, String> read = new DirectedPseudograph<>(null, null, false);
        int[] edgeNo = {0};
        read.setEdgeSupplier(() -> "read" + edgeNo[0]++);
        read.setVertexSupplier(null);
        GraphMLImporter<String, String> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> jNodes = new TreeMap<>();
        Map<String, Map<String, String>> jEdges = new TreeMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                jNodes.computeIfAbsent(p.getFirst(), x -> new TreeMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> jEdges.computeIfAbsent(p.getFirst(), x -> new TreeMap<>())
                .put(p.getSecond(), a.getValue()));
        importer.importGraph(read, new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));

        assertThat(read.vertexSet()).hasSize(model.nodeCount()).hasSize(domNodes.size());
        assertThat(read.edgeSet()).hasSize(model.edgeCount()).hasSize(domEdges.size());
        // JGraphT reports the element ids as the attribute "ID"; the rest must equal the strict read.
        jNodes.values().forEach(m -> m.remove("ID"));
        assertThat(jNodes.keySet()).isEqualTo(domNodes.keySet());
        jNodes.forEach((id, m) -> assertThat(m).as(id).isEqualTo(domNodes.get(id)));
        // Edges compared as sorted lists of (endpoints + attributes), independent of how ids are reported.
        List<String> jEdgeRows = new ArrayList<>();
        for (String e : read.edgeSet()) {
            Map<String, String> m = new TreeMap<>(jEdges.getOrDefault(e, Map.of()));
            m.remove("ID");
            m.remove("id");
            m.put("@ends", read.getEdgeSource(e) + "->" + read.getEdgeTarget(e));
            jEdgeRows.add(m.toString());
        }
        List<String> domEdgeRows = new ArrayList<>();
        NodeList edgeEls = doc.getElementsByTagName("edge");
        for (int i = 0; i < edgeEls.getLength(); i++) {
            Element el = (Element) edgeEls.item(i);
            Map<String, String> m = new TreeMap<>(domEdges.get(el.getAttribute("id")));
            m.put("@ends", el.getAttribute("source") + "->" + el.getAttribute("target"));
            domEdgeRows.add(m.toString());
        }
        jEdgeRows.sort(null);
        domEdgeRows.sort(null);
        assertThat(jEdgeRows).isEqualTo(domEdgeRows);
        assertThat(domEdgeRows).anySatisfy(row -> assertThat(row).contains("relationship=PARENT_OF")
                .contains("label=父亲 father of").contains("startDate=1995-01-01").contains("directed=true"));

        // Both equal the model, typed.
        assertThat(domNodes.keySet()).containsExactlyInAnyOrderElementsOf(
                model.nodes().stream().map(n -> GraphMlWriter.xmlId(n.id())).toList());
        assertThat(domNodes).containsKey("Post:110101197001011234_007c_村主任_007c_城关村_007c_110101_007c_2015-01-01");
        EvidenceSubgraph.Node official = model.nodes().stream()
                .filter(n -> n.id().equals(ExportFixture.OFFICIAL)).findFirst().orElseThrow();
        assertThat(domNodes.get(ExportFixture.OFFICIAL)).containsEntry("label", "王建国")
                .containsEntry("type", "Person").containsEntry("provenance", "registry.csv")
                .containsEntry("birthDate", "1970-01-01").containsEntry("key", ExportFixture.OFFICIAL)
                .hasSize(official.attributes().size() + 3);
        assertThat(domNodes.get("Grant:g1")).containsEntry("amount", "1200.0").containsEntry("declaredRelative", "false");
        assertThat(keys.values()).anySatisfy(k -> assertThat(k).containsExactly("all", "label", "string"))
                .anySatisfy(k -> assertThat(k).containsExactly("node", "amount", "double"))
                .anySatisfy(k -> assertThat(k).containsExactly("edge", "directed", "boolean"));
    }

    /** Element id -> attribute name -> text, failing on any undeclared key or ill-typed value. */
    static Map<String, Map<String, String>> strictRead(Document doc, String tag, Map<String, String[]> keys) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        NodeList elements = doc.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            Element el = (Element) elements.item(i);
            Map<String, String> attrs = new TreeMap<>();
            NodeList data = el.getElementsByTagName("data");
            for (int j = 0; j < data.getLength(); j++) {
                Element d = (Element) data.item(j);
                String[] key = keys.get(d.getAttribute("key"));
                assertThat(key).as("declared key " + d.getAttribute("key")).isNotNull();
                assertThat(key[0]).isIn(tag, "all");
                String value = d.getTextContent();
                switch (key[2]) {
                    case "boolean" -> assertThat(value).isIn("true", "false");
                    case "int", "long" -> Long.parseLong(value);
                    case "float", "double" -> Double.parseDouble(value);
                    case "string" -> { }
                    default -> throw new AssertionError("undeclared type " + key[2]);
                }
                assertThat(attrs.put(key[1], value)).as("one value per key").isNull();
            }
            assertThat(out.put(el.getAttribute("id"), attrs)).isNull();
        }
        return out;
    }

    @Test
    void cypherScriptRecreatesTheSubgraphInAnEmptyDatabaseAndRunsTwiceWithoutChange() throws Exception {
        Set<String> nodesBefore = nodeSignatures();
        Set<String> relsBefore = relationshipSignatures();
        String script = new String(bytes(whole(ExportFormat.CYPHER, CLEAR)), StandardCharsets.UTF_8);
        graph.clear();
        assertThat(graph.count("MATCH (n) WHERE NOT n:User RETURN count(n)")).isZero();
        for (int run = 0; run < 2; run++) {
            try (var session = driver.session()) {
                for (String line : script.split("\n")) {
                    if (!line.isBlank() && !line.startsWith("//")) {
                        session.run(line.substring(0, line.lastIndexOf(';'))).consume();
                    }
                }
            }
            assertThat(nodeSignatures()).isEqualTo(nodesBefore);
            assertThat(relationshipSignatures()).isEqualTo(relsBefore);
        }
        assertThat(nodesBefore).hasSize(24);
        assertThat(relsBefore).hasSize(27);
    }

    Set<String> nodeSignatures() {
        Set<String> out = new HashSet<>();
        graph.run("MATCH (n) WHERE NOT n:User AND NOT n:Lead RETURN labels(n) AS l, properties(n) AS p")
                .forEach(r -> out.add(r.get("l").asList() + new TreeMap<>(r.get("p").asMap()).toString()));
        return out;
    }

    Set<String> relationshipSignatures() {
        Set<String> out = new HashSet<>();
        graph.run("""
                MATCH (a)-[r]->(b) WHERE NOT a:Lead AND NOT a:User
                RETURN type(r) AS t, coalesce(a.id, a.number, a.key) AS a, coalesce(b.id, b.number, b.key) AS b, properties(r) AS p
                """).forEach(r -> out.add(r.get("a").asString() + "-" + r.get("t").asString() + "->" + r.get("b").asString()
                + new TreeMap<>(r.get("p").asMap())));
        return out;
    }

    @Test
    void csvNeutralisesFormulaCellsKeepsLongDigitsAsTextAndOpensAsUtf8InExcel() throws Exception {
        Map<String, byte[]> files = unzip(bytes(inEnglish(() -> whole(ExportFormat.CSV, CLEAR))));
        assertThat(files.keySet()).containsExactlyInAnyOrder("nodes.csv", "edges.csv", "columns.csv");
        for (byte[] f : files.values()) {
            assertThat(f).startsWith(0xEF, 0xBB, 0xBF);
        }
        List<List<String>> nodes = parseCsv(new String(files.get("nodes.csv"), 3, files.get("nodes.csv").length - 3,
                StandardCharsets.UTF_8));
        List<String> header = nodes.get(0);
        int label = header.indexOf("label");
        int id = header.indexOf("id");
        int name = header.indexOf("name");
        int note = header.indexOf("x_note");
        Map<String, List<String>> byId = new HashMap<>();
        nodes.subList(1, nodes.size()).forEach(row -> byId.put(row.get(id), row));
        for (int i = 0; i < ExportFixture.HOSTILE_NAMES.size(); i++) {
            List<String> row = byId.get("H" + i);
            assertThat(row.get(name)).isEqualTo("'" + ExportFixture.HOSTILE_NAMES.get(i));
            assertThat(row.get(label)).isEqualTo("'" + ExportFixture.HOSTILE_NAMES.get(i));
            assertThat(row.get(note)).isEqualTo("'0012");
        }
        for (List<String> row : nodes) {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r").doesNotStartWith("＝").doesNotStartWith("＠");
            }
        }
        // 18-digit IDs and account numbers stay text, Chinese round-trips.
        assertThat(byId).containsKey("'" + ExportFixture.OFFICIAL);
        assertThat(byId.get("'" + ExportFixture.OFFICIAL).get(name)).isEqualTo("王建国");
        assertThat(byId.get("Account:" + ExportFixture.ACCOUNT_1).get(header.indexOf("key"))).isEqualTo("'" + ExportFixture.ACCOUNT_1);
        assertThat(byId.get("Grant:g1").get(header.indexOf("amount"))).isEqualTo("1200");
        assertThat(new String(files.get("columns.csv"), StandardCharsets.UTF_8)).contains("\"nodes.csv\",\"birthDate\",\"date\"");
    }

    /** Runs as a request asking for English would (headers are then the column keys). */
    private static <T> T inEnglish(java.util.function.Supplier<T> export) {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            return export.get();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void csvHeadersFollowTheExportsLanguageKeepingGephisColumnsAndColumnsCsvMapsThemToKeys() throws Exception {
        Map<String, byte[]> zh = unzip(bytes(whole(ExportFormat.CSV, CLEAR))); // no language asked: Chinese
        Map<String, byte[]> en = unzip(bytes(inEnglish(() -> whole(ExportFormat.CSV, CLEAR))));
        List<String> zhNodes = parseCsv(new String(zh.get("nodes.csv"), 3, zh.get("nodes.csv").length - 3,
                StandardCharsets.UTF_8)).get(0);
        List<String> enNodes = parseCsv(new String(en.get("nodes.csv"), 3, en.get("nodes.csv").length - 3,
                StandardCharsets.UTF_8)).get(0);
        List<String> zhEdges = parseCsv(new String(zh.get("edges.csv"), 3, zh.get("edges.csv").length - 3,
                StandardCharsets.UTF_8)).get(0);
        assertThat(zhNodes).hasSameSizeAs(enNodes).contains("id", "label", "姓名", "金额", "项目", "类型")
                .doesNotContain("name", "amount");
        assertThat(enNodes).contains("id", "label", "name", "amount", "programName", "type");
        assertThat(zhEdges).contains("id", "source", "target", "label", "关系类型");
        // columns.csv: every header as written beside its key, in the same order as nodes.csv
        List<List<String>> columns = parseCsv(new String(zh.get("columns.csv"), 3, zh.get("columns.csv").length - 3,
                StandardCharsets.UTF_8));
        assertThat(columns.get(0)).containsExactly("file", "column", "type", "header");
        List<List<String>> nodeColumns = columns.stream().filter(r -> r.get(0).equals("nodes.csv")).toList();
        assertThat(nodeColumns.stream().map(r -> r.get(3)).toList()).isEqualTo(zhNodes);
        assertThat(nodeColumns.stream().map(r -> r.get(1)).toList()).isEqualTo(enNodes);
    }

    @Test
    void spreadsheetCellsNeutraliseEveryFormulaPrefixButLeaveNumbersAlone() {
        for (String hostile : List.of("=1", "+1", "-1", "@A", "\tx", "\rx", "\nx", "＝1", "＋1", "－1", "＠x")) {
            assertThat(org.favornet.csv.CsvCells.forReading(hostile, false)).isEqualTo("'" + hostile);
        }
        assertThat(org.favornet.csv.CsvCells.forReading("-1200.5", true)).isEqualTo("-1200.5");
        assertThat(org.favornet.csv.CsvCells.forReading("123456789012", true)).isEqualTo("'123456789012");
        assertThat(org.favornet.csv.CsvCells.forReading("12345678901", false)).isEqualTo("12345678901");
        assertThat(org.favornet.csv.CsvCells.forReading("11010119680202123X", false)).isEqualTo("'11010119680202123X");
        assertThat(org.favornet.csv.CsvCells.forReading("王建国", false)).isEqualTo("王建国");
        assertThat(org.favornet.csv.CsvCells.quoted("a\"b")).isEqualTo("\"a\"\"b\"");
    }

    @Test
    void maskedViewersGetNoResidentIdAccountOrPhoneInAnyFormatAndStableRefs() throws Exception {
        for (ExportFormat f : ExportFormat.values()) {
            byte[] out = bytes(whole(f, MASKED));
            String text = f == ExportFormat.CSV ? String.join("\n", unzip(out).values().stream()
                    .map(b -> new String(b, StandardCharsets.UTF_8)).toList()) : new String(out, StandardCharsets.UTF_8);
            assertThat(RESIDENT_ID.matcher(text).find()).as(f + " holds a resident ID").isFalse();
            assertThat(text).as(f.name()).doesNotContain(ExportFixture.ACCOUNT_1).doesNotContain(ExportFixture.ACCOUNT_2)
                    .doesNotContain("13800138000").contains("王建国").contains("110101********1234");
        }
        EvidenceSubgraph a = whole(ExportFormat.GEXF, MASKED).subgraph();
        EvidenceSubgraph b = exporter.lead("lead-1", ExportFormat.GEXF, MASKED).subgraph();
        Set<String> ids = new HashSet<>();
        a.nodes().forEach(n -> ids.add(n.id()));
        assertThat(b.nodes()).allSatisfy(n -> assertThat(ids).contains(n.id()));
        assertThat(a.nodes()).filteredOn(n -> n.type().equals("Person")).allSatisfy(n -> assertThat(n.id()).startsWith("p."));
    }

    @Test
    void clearDataViewersSeeResidentIds() throws Exception {
        String text = new String(bytes(whole(ExportFormat.CYTOSCAPE, CLEAR)), StandardCharsets.UTF_8);
        for (String id : ExportFixture.RESIDENT_IDS) {
            assertThat(text).contains(id);
        }
    }

    @Test
    void cytoscapeJsonKeepsJsonTypesAndDotNamesEveryElement() throws Exception {
        JsonNode json = new ObjectMapper().readTree(bytes(whole(ExportFormat.CYTOSCAPE, CLEAR)));
        assertThat(json.at("/elements/nodes")).hasSize(24);
        assertThat(json.at("/elements/edges")).hasSize(27);
        JsonNode grant = null;
        for (JsonNode n : json.at("/elements/nodes")) {
            if (n.at("/data/id").asText().equals("Grant:g1")) {
                grant = n.get("data");
            }
        }
        assertThat(grant.get("amount").isDouble()).isTrue();
        assertThat(grant.get("declaredRelative").isBoolean()).isTrue();
        assertThat(grant.get("label").asText()).isEqualTo("低保 ¥1,200.00 2023-02-01");
        String dot = new String(bytes(whole(ExportFormat.DOT, CLEAR)), StandardCharsets.UTF_8);
        assertThat(dot).startsWith("digraph favornet {").contains("label=\"王建国\"")
                .contains("label=\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"");
        assertThat(dot.lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(27);
    }

    static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
