package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.favornet.CommandRun;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.GraphStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

@GraphTest
class RecordImportTest {

    static final String HEAD = "410203197001010015";
    static final String WIFE = "410203197002150028";
    static final String SON = "410203199505050036";
    static final String DAUGHTER = "410203199707070043";
    static final String FATHER = "410203194503030055";
    static final String MOTHER = "410203194808080061";
    static final String BROTHER = "410203197209090077";
    static final String CHIEF = "410203196511110089";
    static final String GRANDSON = "410203200001010095";
    static final String NEIGHBOUR = "410203199806060107";
    static final String CHIEFS_HUSBAND = "410203199003030115";

    @Autowired TestGraph graph;
    @Autowired GraphStatistics statistics;
    @Autowired RecordLoader loader;
    @Autowired ApplicationContext context;

    @BeforeEach
    void empty() {
        graph.clear();
    }

    static Path fixtures() throws Exception {
        return new ClassPathResource("fixtures/ingest").getFile().toPath();
    }

    List<ImportReport> loadFixtures() throws Exception {
        return loader.loadFolder(RecordLoader.folder(fixtures()), false, (k, p) -> { });
    }

    ImportReport load(RecordKind kind, String csv) throws Exception {
        return load(kind, csv, false);
    }

    ImportReport load(RecordKind kind, String csv, boolean strict) throws Exception {
        return loader.load(kind, ImportSource.of(kind.fileName() + ".csv", csv.getBytes(StandardCharsets.UTF_8)),
                RecordLoader.Options.of(strict));
    }

    static String persons(String... ids) {
        StringBuilder sb = new StringBuilder("person_id,name\n");
        for (String id : ids) {
            sb.append(id).append(",name of ").append(id).append('\n');
        }
        return sb.toString();
    }

    @Test
    void loadsEveryKindOfTheFixtureFolderInDependencyOrder() throws Exception {
        List<ImportReport> reports = loadFixtures();

        assertThat(reports).extracting(ImportReport::kind, ImportReport::rejected)
                .containsExactly(tuple("persons", 0L), tuple("kinship", 0L), tuple("households", 0L),
                        tuple("acquaintances", 0L), tuple("posts", 0L), tuple("grants", 0L), tuple("accounts", 0L),
                        tuple("payments", 0L), tuple("transfers", 0L), tuple("assets", 0L), tuple("tips", 0L));
        GraphStatistics.Counts counts = statistics.counts();
        assertThat(counts.nodes()).containsEntry("Person", 11L).containsEntry("Household", 1L)
                .containsEntry("Phone", 2L).containsEntry("Address", 2L).containsEntry("Post", 1L)
                .containsEntry("Grant", 2L).containsEntry("Account", 2L).containsEntry("Payment", 2L)
                .containsEntry("Transfer", 1L).containsEntry("Asset", 1L).containsEntry("Tip", 1L);
        assertThat(counts.relationships()).containsEntry("MEMBER_OF", 7L).containsEntry("PARENT_OF", 9L)
                .containsEntry("SPOUSE_OF", 2L).containsEntry("SIBLING_OF", 2L).containsEntry("KNOWS", 1L)
                .containsEntry("HOLDS", 1L).containsEntry("RECEIVED", 2L).containsEntry("HANDLED", 2L)
                .containsEntry("APPROVED", 1L).containsEntry("OWNS", 3L).containsEntry("DISBURSED", 2L)
                .containsEntry("INTO", 2L).containsEntry("SENT", 1L).containsEntry("TO", 1L).containsEntry("ABOUT", 1L)
                .containsEntry("HAS_PHONE", 4L).containsEntry("LIVES_AT", 5L)
                .containsEntry("SHARES_PHONE", 2L).containsEntry("SHARES_ADDRESS", 6L).containsEntry("SHARES_ACCOUNT", 3L);
        var person = graph.run("MATCH (p:Person {id: $id}) RETURN p", Map.of("id", WIFE)).get(0).get("p").asNode();
        assertThat(person.get("name").asString()).isEqualTo("李娜");
        assertThat(person.get("gender").asString()).isEqualTo("F");
        assertThat(person.get("birthDate").asLocalDate()).isEqualTo(LocalDate.of(1970, 2, 15));
        assertThat(person.get("x_occupation").asString()).isEqualTo("农民");
        assertThat(graph.count("MATCH (:Post {id: '" + CHIEF + "|村委会主任|城关村委会|410203001001|2018-01-01', programs: ['DIBAO','TEKUN']}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(graph.run("MATCH (a:Person)-[r:SHARES_ACCOUNT]->(b:Person) RETURN a.id + '-' + b.id AS pair, r.provenance AS p")
                .stream().map(r -> r.get("pair").asString() + r.get("p").asList()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CHIEF + "-" + SON + "[account:A1]", SON + "-" + NEIGHBOUR + "[account:A1]",
                        CHIEF + "-" + NEIGHBOUR + "[account:A1]");
        assertThat(graph.count("MATCH (:Person {id: '" + HEAD + "'})-[r:SHARES_PHONE {provenance: ['phone:13800001111']}]->(:Person {id: '" + WIFE + "'}) RETURN count(r)"))
                .isEqualTo(1);
    }

    @Test
    void loadingEveryKindTwiceChangesNoCount() throws Exception {
        loadFixtures();
        GraphStatistics.Counts once = statistics.counts();
        List<String> provenance = graph.run("MATCH ()-[r]->() WHERE r.provenance IS NOT NULL RETURN type(r) + r.provenance AS p ORDER BY p")
                .stream().map(r -> r.get("p").toString()).toList();

        loadFixtures();

        assertThat(statistics.counts()).isEqualTo(once);
        assertThat(graph.run("MATCH ()-[r]->() WHERE r.provenance IS NOT NULL RETURN type(r) + r.provenance AS p ORDER BY p")
                .stream().map(r -> r.get("p").toString()).toList()).isEqualTo(provenance);
    }

    @Test
    void householdCodesDeriveStatedAndInferredKinshipWithProvenance() throws Exception {
        loadFixtures();

        Set<String> ties = graph.run("""
                MATCH (a:Person)-[r:PARENT_OF|SPOUSE_OF|SIBLING_OF]->(b:Person)
                WHERE any(p IN r.provenance WHERE p CONTAINS 'household:H1')
                RETURN a.name + ' ' + type(r) + ' ' + b.name + ' ' + r.basis + ' ' + coalesce(r.kind, '-') + ' ' + r.provenance[0] AS t
                """).stream().map(r -> r.get("t").asString()).collect(Collectors.toSet());

        assertThat(ties).containsExactlyInAnyOrder(
                "张伟 SPOUSE_OF 李娜 STATED - household:H1",
                "张伟 PARENT_OF 张强 STATED BIRTH household:H1",
                "张伟 PARENT_OF 张丽 STATED BIRTH household:H1",
                "张建国 PARENT_OF 张伟 STATED BIRTH household:H1",
                "王秀英 PARENT_OF 张伟 STATED BIRTH household:H1",
                "张伟 SIBLING_OF 张军 STATED - household:H1",
                "李娜 PARENT_OF 张强 INFERRED UNKNOWN inferred:household:H1",
                "李娜 PARENT_OF 张丽 INFERRED UNKNOWN inferred:household:H1",
                "张强 SIBLING_OF 张丽 INFERRED - inferred:household:H1",
                "张建国 PARENT_OF 张军 INFERRED UNKNOWN inferred:household:H1",
                "王秀英 PARENT_OF 张军 INFERRED UNKNOWN inferred:household:H1");
        assertThat(graph.count("MATCH (:Person {id: '" + SON + "'})-[m:MEMBER_OF {relationCode: '21'}]->(:Household {id: 'H1'}) RETURN count(m)"))
                .isEqualTo(1);
    }

    @Test
    void gb18030PersonsFileLoadsWithItsChineseNames() throws Exception {
        String csv = "person_id,name,gender\n" + HEAD + ",张伟,男\n" + WIFE + ",李娜,女\n";
        ImportReport report = loader.load(RecordKind.PERSONS,
                ImportSource.of("persons.csv", csv.getBytes(Charset.forName("GB18030"))), RecordLoader.Options.of(false));

        assertThat(report.encoding()).isEqualTo("GB18030");
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(graph.run("MATCH (p:Person) RETURN p.name + p.gender AS n ORDER BY n").stream()
                .map(r -> r.get("n").asString()).toList()).containsExactly("张伟M", "李娜F");
    }

    @Test
    void utf8WithByteOrderMarkIsReportedAndItsFirstColumnStillMatches() throws Exception {
        byte[] body = ("\uFEFF" + persons(HEAD)).getBytes(StandardCharsets.UTF_8);
        ImportReport report = loader.load(RecordKind.PERSONS, ImportSource.of("p.csv", body), RecordLoader.Options.of(false));

        assertThat(report.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(report.accepted()).isEqualTo(1);
    }

    @Test
    void rejectsExactlyTheBadCheckDigitTheUnknownPersonAndTheParentCycleWithTheirLines() throws Exception {
        ImportReport persons = load(RecordKind.PERSONS, persons(HEAD, WIFE, SON, "410203199505050037"));
        String kinship = """
                from_id,to_id,relation
                %s,%s,PARENT_OF
                %s,%s,SPOUSE_OF
                %s,410203199505050037,SIBLING_OF
                %s,%s,PARENT_OF
                """.formatted(HEAD, SON, HEAD, WIFE, SON, SON, HEAD);
        ImportReport ties = load(RecordKind.KINSHIP, kinship);

        assertThat(persons.rejects()).extracting(Reject::line, Reject::column, Reject::reason)
                .containsExactly(tuple(5L, "person_id", "person_id 410203199505050037: check digit should be 6"));
        assertThat(ties.rejects()).extracting(Reject::line, Reject::column, Reject::reason).containsExactly(
                tuple(4L, "to_id", "to_id 410203199505050037: no such person in the graph (load persons first, or fix the id)"),
                tuple(5L, "from_id", "PARENT_OF " + SON + " -> " + HEAD + ": " + SON + " descends from " + HEAD + " ("
                        + HEAD + " -> " + SON + "): the tie would make a parent cycle"));
        assertThat(ties.accepted()).isEqualTo(2);
        assertThat(graph.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(3);
        assertThat(graph.count("MATCH ()-[r:PARENT_OF|SPOUSE_OF|SIBLING_OF]->() RETURN count(r)")).isEqualTo(2);
    }

    @Test
    void aCycleThroughStoredAncestryIsRejected() throws Exception {
        load(RecordKind.PERSONS, persons(FATHER, HEAD, SON));
        load(RecordKind.KINSHIP, "from_id,to_id,relation\n" + FATHER + "," + HEAD + ",PARENT_OF\n" + HEAD + "," + SON + ",PARENT_OF\n");

        ImportReport report = load(RecordKind.KINSHIP, "from_id,to_id,relation\n" + SON + "," + FATHER + ",PARENT_OF\n");

        assertThat(report.rejects()).extracting(Reject::line, Reject::reason).containsExactly(tuple(2L,
                "PARENT_OF " + SON + " -> " + FATHER + ": " + SON + " descends from " + FATHER + " (" + FATHER + " -> "
                        + HEAD + " -> " + SON + "): the tie would make a parent cycle"));
    }

    @Test
    void strictModeWritesNothingWhenAnyRowIsInvalid() throws Exception {
        ImportReport report = load(RecordKind.PERSONS, persons(HEAD, WIFE, "410203199505050037"), true);

        assertThat(report.strict()).isTrue();
        assertThat(report.accepted()).isZero();
        assertThat(report.rejected()).isEqualTo(3);
        assertThat(report.rejects()).extracting(Reject::line).containsExactly(4L);
        assertThat(graph.count("MATCH (n) WHERE NOT n:User RETURN count(n)")).isZero();

        ImportReport clean = load(RecordKind.PERSONS, persons(HEAD, WIFE), true);
        assertThat(clean.accepted()).isEqualTo(2);
        assertThat(graph.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
    }

    @Test
    void quotedNewlinesKeepLineNumbersOfLaterRows() throws Exception {
        String csv = "person_id,name,address\n"
                + HEAD + ",张伟,\"北道门街1号\n二楼\n东户\"\n"
                + WIFE + ",\"李\"\"娜\"\"\",\"a, b\"\n"
                + "410203199505050037,张强,\n";
        ImportReport report = load(RecordKind.PERSONS, csv);

        assertThat(report.rejects()).extracting(Reject::line).containsExactly(6L);
        assertThat(graph.count("MATCH (p:Person {name: '李\"娜\"', address: 'a, b'}) RETURN count(p)")).isEqualTo(1);
        assertThat(graph.count("MATCH (p:Person {address: '北道门街1号\n二楼\n东户'}) RETURN count(p)")).isEqualTo(1);
    }

    @Test
    void aMissingRequiredColumnRefusesTheWholeFileNamingIt() {
        assertThatThrownBy(() -> load(RecordKind.GRANTS, "grant_id,program,beneficiary_id,approved_date\nG1,DIBAO,x,2023-01-01\n"))
                .isInstanceOf(FileRejected.class).hasMessageContaining("'amount'");
        assertThat(graph.count("MATCH (n) WHERE NOT n:User RETURN count(n)")).isZero();
    }

    @Test
    void extraColumnsOfOtherKindsAreIgnoredWithAWarning() throws Exception {
        load(RecordKind.PERSONS, persons(HEAD));
        ImportReport report = load(RecordKind.TIPS, "tip_id,subject_id,date,mood\nT1," + HEAD + ",2023-01-01,angry\n");

        assertThat(report.warnings()).containsExactly("column 'mood' is not part of tips and was ignored");
        assertThat(graph.count("MATCH (t:Tip) WHERE t.mood IS NULL RETURN count(t)")).isEqualTo(1);
    }

    @Test
    void rejectsFutureDatesNegativeAmountsThirdParentsAndSelfTies() throws Exception {
        String future = LocalDate.now().plusDays(3).toString();
        ImportReport persons = load(RecordKind.PERSONS, "person_id,name,birth_date,death_date,gender,region_code\n"
                + HEAD + ",a,1970-01-01,,M,410203\n"
                + WIFE + ",b,1970-02-15,,F,410203001\n"
                + SON + ",c,1995-05-05,,M,410203001001\n"
                + DAUGHTER + ",d,1997-07-07,,F,\n"
                + FATHER + ",e,1945-03-03,1944-01-01,M,\n"
                + "P6,f," + future + ",,,\n"
                + "P7,g,,,X,\n"
                + "P8,h,,,,4102\n"
                + MOTHER + ",i,1948-08-08,,M,\n");
        assertThat(persons.rejects()).extracting(Reject::line, Reject::column).containsExactly(
                tuple(6L, "death_date"), tuple(7L, "birth_date"), tuple(8L, "gender"), tuple(9L, "region_code"),
                tuple(10L, "gender"));
        assertThat(persons.rejects().get(1).reason()).isEqualTo("birth_date " + future + " lies in the future");

        load(RecordKind.GRANTS, "grant_id,program,beneficiary_id,amount,approved_date\n"
                + "G1,DIBAO," + SON + ",-5,2023-01-01\nG2,DIBAO," + SON + ",1,000,2023-01-01\nG3,DIBAO," + SON + ",12.5,2023-01-01\n");
        assertThat(graph.count("MATCH (g:Grant) RETURN count(g)")).isEqualTo(1);

        ImportReport kin = load(RecordKind.KINSHIP, "from_id,to_id,relation\n"
                + HEAD + "," + SON + ",PARENT_OF\n"
                + WIFE + "," + SON + ",PARENT_OF\n"
                + DAUGHTER + "," + SON + ",PARENT_OF\n"
                + HEAD + "," + HEAD + ",SPOUSE_OF\n"
                + HEAD + "," + WIFE + ",COUSIN_OF\n");
        assertThat(kin.rejects()).extracting(Reject::line, Reject::column).containsExactly(
                tuple(4L, "to_id"), tuple(5L, "to_id"), tuple(6L, "relation"));
        assertThat(kin.rejects().get(0).reason()).isEqualTo("PARENT_OF " + DAUGHTER + " -> " + SON + ": " + SON
                + " already has two parents (" + HEAD + ", " + WIFE + "); a third is not possible");
        assertThat(kin.rejects().get(1).reason()).contains("cannot be tied to himself");
    }

    @Test
    void aLaterRowForTheSameKeyUpdatesTheRecordAndMovesItsTies() throws Exception {
        load(RecordKind.PERSONS, persons(HEAD, WIFE));
        load(RecordKind.ACCOUNTS, "account_id,owner_id,bank\nA1," + HEAD + ",x\nA1," + WIFE + ",y\n");

        assertThat(graph.run("MATCH (p:Person)-[:OWNS]->(a:Account) RETURN p.id + a.bank AS o").stream()
                .map(r -> r.get("o").asString()).toList()).containsExactly(WIFE + "y");
    }

    @Test
    void aPhoneSharedByMoreThanTheCapDerivesNoTiesAndIsReported() throws Exception {
        StringBuilder csv = new StringBuilder("person_id,name,phone\n");
        for (int i = 0; i < 31; i++) {
            csv.append("Q").append(i).append(",n,010-1234 5678\n");
        }
        ImportReport report = load(RecordKind.PERSONS, csv.toString());

        assertThat(report.warnings()).containsExactly(
                "phone 01012345678 is shared by 31 persons (more than 30): no SHARES_PHONE ties derived from it");
        assertThat(graph.count("MATCH ()-[r:SHARES_PHONE]->() RETURN count(r)")).isZero();
    }

    @Test
    void theImportCommandPrintsTheReportAndExitsWithZeroThenThreeWhenRowsAreRejected() throws Exception {
        CommandRun.Result run = CommandRun.with(context, "import", fixtures().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("persons.csv (persons, UTF-8): 11 rows, 11 accepted, 0 rejected")
                .contains("total: 31 rows, 31 accepted, 0 rejected");

        Path bad = java.nio.file.Files.createTempFile("people", ".csv");
        java.nio.file.Files.writeString(bad, persons(HEAD, "410203199505050037"));
        run = CommandRun.with(context, "import", bad.toString(), "--kind", "persons");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).contains("  line 3, person_id: person_id 410203199505050037: check digit should be 6");

        run = CommandRun.with(context, "import", bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("add --kind");
        assertThat(CommandRun.with(context, "import", bad.toString(), "--kind", "gedcom").exit()).isEqualTo(2);
    }

    @Test
    void aSonsWidowAndDaughterAreNotTiedToTheOnlySonPresentWhenAnotherSonIsKnown() throws Exception {
        // grandfather GF heads the household; son S1 lives in it (22); son S2 died and is known only
        // from the kinship file; S2's widow W (38) and daughter G (42) live with GF
        load(RecordKind.PERSONS, persons("GF", "S1", "S2", "W", "G"));
        load(RecordKind.KINSHIP, "from_id,to_id,relation\nGF,S1,PARENT_OF\nGF,S2,PARENT_OF\nS2,W,SPOUSE_OF\n"
                + "S2,G,PARENT_OF\nW,G,PARENT_OF\n");

        ImportReport report = load(RecordKind.HOUSEHOLDS, "household_id,person_id,relation_code\n"
                + "H9,GF,02\nH9,S1,22\nH9,W,38\nH9,G,42\n");

        assertThat(report.warnings()).isEmpty();
        assertThat(graph.run("MATCH (a:Person)-[r:PARENT_OF|SPOUSE_OF]->(b:Person) RETURN a.id + ' ' + type(r) + ' ' + b.id AS t ORDER BY t")
                .stream().map(r -> r.get("t").asString()).toList())
                .containsExactly("GF PARENT_OF S1", "GF PARENT_OF S2", "S2 PARENT_OF G", "S2 SPOUSE_OF W", "W PARENT_OF G");
    }
}
