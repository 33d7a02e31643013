package org.favornet.kinship.gedcom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.kinship.KinshipQueries;
import org.favornet.kinship.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two real genealogies loaded through the API and the CLI's import, then well-known relations
 * checked against history (each was verified in the file itself: the FAM records named below).
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GedcomKinshipTest {

    @Autowired TestGraph graph;
    @Autowired MockMvc mvc;
    @Autowired GedcomImport gedcom;
    @Autowired KinshipQueries kinship;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GedcomKinshipTest.class.getResourceAsStream("/gedcom/" + name)) {
            return in.readAllBytes();
        }
    }

    @BeforeAll
    void load() throws Exception {
        graph.clear();
        mvc.perform(post("/api/imports/gedcom").param("name", "royal92.ged").contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(resource("royal92.ged")).with(httpBasic("officer", "officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.individuals").value(3010))
                // I2948 (Henry Brand) is born in 1941 and dies in 1906 in the file: rejected, as a persons row would be
                .andExpect(jsonPath("$.personsWritten").value(3009))
                .andExpect(jsonPath("$.rejects[?(@.column == 'DEAT')].reason").value(org.hamcrest.Matchers.hasItem(
                        "individual I2948: dies (1906) before he is born (1941)")))
                .andExpect(jsonPath("$.file").value("royal92"));
        GedcomImport.Report pres = gedcom.load("pres2020.ged", resource("pres2020.ged"));
        assertThat(pres.individuals()).isEqualTo(2322);
        assertThat(pres.personsWritten()).isEqualTo(2322);
    }

    @Test
    void everyIndividualOfBothFilesIsAPersonAndAReimportChangesNothing() throws IOException {
        assertThat(graph.count("MATCH (p:Person) WHERE p.id STARTS WITH 'royal92:' RETURN count(p)")).isEqualTo(3009);
        assertThat(graph.count("MATCH (p:Person) WHERE p.id STARTS WITH 'pres2020:' RETURN count(p)")).isEqualTo(2322);
        long ties = graph.count("MATCH ()-[r:PARENT_OF|SPOUSE_OF]->() RETURN count(r)");
        gedcom.load("pres2020.ged", resource("pres2020.ged"));
        assertThat(graph.count("MATCH ()-[r:PARENT_OF|SPOUSE_OF]->() RETURN count(r)")).isEqualTo(ties);
        assertThat(graph.count("MATCH (p:Person {id:'royal92:I1'}) RETURN count(p.birthDate)")).isEqualTo(1);
        assertThat(graph.count("MATCH ()-[r:PARENT_OF {provenance:['gedcom:royal92:F1']}]->(:Person {id:'royal92:I3'}) RETURN count(r)"))
                .isEqualTo(2);
    }

    private List<Relation> between(String a, String b) {
        return kinship.relationsBetween(a, b);
    }

    private Relation withChain(String a, String b, String chain) {
        return between(a, b).stream().filter(r -> r.chain().equals(chain)).findFirst()
                .orElseThrow(() -> new AssertionError(a + " -> " + b + " has no " + chain + ": " + between(a, b)));
    }

    @Test
    void queenVictoriaAndPrinceAlbertWereMarriedFirstCousins() {
        // F1 (HUSB I2 Albert, WIFE I1 Victoria); Victoria's mother I138 and Albert's father I139 were children of
        // Francis Frederick of Saxe-Coburg and Augusta Reuss-Ebersdorf
        assertThat(between("royal92:I1", "royal92:I2")).extracting(Relation::chain).contains("Sp", "P·Sib·C");
        Relation cousin = withChain("royal92:I1", "royal92:I2", "P·Sib·C");
        assertThat(cousin.termEn()).isEqualTo("first cousin");
        assertThat(cousin.termZh()).isEqualTo("表弟"); // through her mother; Albert born three months after her
        assertThat(cousin.scopes()).contains("CIVIL_SERVANT_RECUSAL").doesNotContain("CIVIL_CODE_NEAR");
        assertThat(withChain("royal92:I1", "royal92:I2", "Sp").termZh()).isEqualTo("丈夫");
    }

    @Test
    void georgeVAndNicholasIIWereFirstCousinsThroughTheirDanishMothers() {
        // I14 George V (mother I12 Alexandra), I37 Nicholas II (mother I41 Dagmar): daughters of Christian IX
        Relation r = withChain("royal92:I14", "royal92:I37", "P·Sib·C");
        assertThat(r.termEn()).isEqualTo("first cousin");
        assertThat(r.termZh()).isEqualTo("表弟"); // 1868 after 1865, and through the mother: 表
        assertThat(r.degree()).isEqualTo(4);
    }

    @Test
    void elizabethIIAndPhilipAreSpousesAndSecondCousinsOnceRemovedOutsideTheRecusalScope() {
        // both descend from Christian IX: Elizabeth through George VI, George V, Alexandra; Philip through Andrew, George I of Greece
        List<Relation> rs = between("royal92:I52", "royal92:I57");
        assertThat(rs.get(0).chain()).isEqualTo("Sp");
        Relation blood = withChain("royal92:I52", "royal92:I57", "P·P·P·Sib·C·C");
        assertThat(blood.termEn()).isEqualTo("second cousin once removed");
        assertThat(blood.scopes()).isEmpty();
    }

    @Test
    void georgeVIWasPhilipsFatherInLawAndGeorgeVElizabethsPaternalGrandfather() {
        Relation inLaw = withChain("royal92:I57", "royal92:I32", "Sp·P");
        assertThat(inLaw.termEn()).isEqualTo("father-in-law");
        assertThat(inLaw.termZh()).isEqualTo("岳父");
        assertThat(inLaw.scopes()).contains("CIVIL_SERVANT_RECUSAL", "DIBAO_FILING").doesNotContain("CIVIL_CODE_NEAR");
        Relation grandfather = withChain("royal92:I52", "royal92:I14", "P·P");
        assertThat(grandfather.termZh()).isEqualTo("祖父");
        assertThat(withChain("royal92:I1", "royal92:I4", "C").termZh()).isEqualTo("儿子"); // Edward VII, son of Victoria
    }

    @Test
    void presidentsAndTheirFathersAndGrandfathers() {
        // I1996 John Quincy Adams, child of I1995 John Adams and I1997 Abigail Smith
        assertThat(withChain("pres2020:I1996", "pres2020:I1995", "P").termZh()).isEqualTo("父亲");
        assertThat(withChain("pres2020:I1996", "pres2020:I1997", "P").termEn()).isEqualTo("mother");
        // I1194 George W. Bush, child of I676 George H. W. Bush
        assertThat(withChain("pres2020:I676", "pres2020:I1194", "C").termEn()).isEqualTo("son");
        // I1382 Benjamin Harrison, son of I1388 John Scott Harrison, son of I1381 William Henry Harrison
        Relation grandfather = withChain("pres2020:I1382", "pres2020:I1381", "P·P");
        assertThat(grandfather.termZh()).isEqualTo("祖父");
        assertThat(grandfather.scopes()).contains("CIVIL_CODE_NEAR", "CIVIL_SERVANT_RECUSAL");
    }

    @Test
    void theodoreRooseveltWasEleanorsUncleAndHerHusbandFranklinsWifesUncle() {
        // I1693 Eleanor, daughter of I1483 Elliott (b. 1860), brother of I1466 Theodore (b. 1858), both children of
        // I1480 Theodore Sr and I1481 Martha Bulloch; I1692 Franklin married Eleanor
        Relation uncle = withChain("pres2020:I1693", "pres2020:I1466", "P·Sib");
        assertThat(uncle.termEn()).isEqualTo("uncle");
        assertThat(uncle.termZh()).isEqualTo("伯父"); // her father's elder brother
        List<Relation> franklinEleanor = between("pres2020:I1692", "pres2020:I1693");
        // their blood tie (fifth cousins once removed) runs through ancestors the file does not link
        assertThat(franklinEleanor).extracting(Relation::chain).containsExactly("Sp");
        Relation wifesUncle = withChain("pres2020:I1692", "pres2020:I1466", "Sp·P·Sib");
        assertThat(wifesUncle.termEn()).isEqualTo("wife's uncle");
        assertThat(wifesUncle.scopes()).doesNotContain("CIVIL_SERVANT_RECUSAL");
    }

    @Test
    void theRecusalReportAgreesWithTheBidirectionalQueryOnRandomRoyals() {
        // oracle: forward enumeration per subject vs the meet-in-the-middle query per pair, seeded
        Random random = new Random(42);
        for (int n = 0; n < 12; n++) {
            String a = "royal92:I" + (1 + random.nextInt(3010));
            Map<String, List<String>> report = new TreeMap<>();
            for (Relation r : kinship.relativesOf(a, "CIVIL_SERVANT_RECUSAL")) {
                report.computeIfAbsent(r.toId(), k -> new ArrayList<>()).add(r.chain() + r.ties());
            }
            for (Map.Entry<String, List<String>> e : report.entrySet()) {
                List<String> direct = between(a, e.getKey()).stream()
                        .filter(r -> r.scopes().contains("CIVIL_SERVANT_RECUSAL")).map(r -> r.chain() + r.ties())
                        .collect(Collectors.toList());
                assertThat(direct).as(a + " -> " + e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue());
            }
            String other = "royal92:I" + (1 + random.nextInt(3010));
            Set<String> directChains = between(a, other).stream().filter(r -> r.scopes().contains("CIVIL_SERVANT_RECUSAL"))
                    .map(r -> r.chain() + r.ties()).collect(Collectors.toSet());
            assertThat(directChains).as(a + " -> " + other)
                    .containsExactlyInAnyOrderElementsOf(report.getOrDefault(other, List.of()));
        }
    }

    @Test
    void multipartUploadTakesItsPrefixFromTheFileNameAndOnlyDataOfficersMayImport() throws Exception {
        byte[] tiny = ("0 HEAD\n1 CHAR ASCII\n0 @I1@ INDI\n1 NAME Ann /Lee/\n1 SEX F\n0 @I2@ INDI\n1 NAME Bo /Lee/\n"
                + "1 SEX M\n1 FAMC @F1@\n2 PEDI adopted\n0 @F1@ FAM\n1 WIFE @I1@\n1 CHIL @I2@\n1 CHIL @I9@\n0 TRLR\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var file = new org.springframework.mock.web.MockMultipartFile("file", "tiny-tree.ged", "text/plain", tiny);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/imports/gedcom")
                        .file(file).with(httpBasic("officer", "officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.file").value("tiny-tree"))
                .andExpect(jsonPath("$.individuals").value(2))
                .andExpect(jsonPath("$.tiesWritten").value(1))
                .andExpect(jsonPath("$.rejects[0].reason").value(org.hamcrest.Matchers.containsString("I9")));
        assertThat(withChain("tiny-tree:I1", "tiny-tree:I2", "C").termZh()).isEqualTo("养子");
        assertThat(withChain("tiny-tree:I1", "tiny-tree:I2", "C").qualifiers()).containsExactly("ADOPTIVE");
        mvc.perform(post("/api/imports/gedcom").param("name", "x").content(tiny)
                        .with(httpBasic("investigator", "investigator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void relativesEndpointListsTheReportAndRejectsUnknownScopesAndPersons() throws Exception {
        mvc.perform(get("/api/persons/royal92:I1/relatives").with(httpBasic("investigator", "investigator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("CIVIL_SERVANT_RECUSAL"))
                .andExpect(jsonPath("$.omittedOutsideRegion").value(0))
                .andExpect(jsonPath("$.relatives[0].chain").value("Sp"))
                .andExpect(jsonPath("$.relatives[0].toRef").isString())
                .andExpect(jsonPath("$.relatives[0].ties[0].provenance[0]").value("gedcom:royal92:F1"));
        mvc.perform(get("/api/persons/royal92:I1/relatives").param("scope", "NOPE")
                        .with(httpBasic("investigator", "investigator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("DIBAO_FILING")));
        mvc.perform(get("/api/relations").param("from", "royal92:I1").param("to", "nobody")
                        .with(httpBasic("investigator", "investigator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/relations").param("from", "royal92:I1").param("to", "pres2020:I1")
                        .with(httpBasic("investigator", "investigator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/relations").param("from", "royal92:I14").param("to", "royal92:I37")
                        .with(httpBasic("analyst", "analyst")))
                .andExpect(status().isForbidden());
    }
}
