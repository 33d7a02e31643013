package org.favornet.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.graph.GraphChanged;
import org.favornet.web.ApiProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.favornet.security.Role;
import org.favornet.security.UserDirectory;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statutory scopes and the Chinese terms on one inline family of four generations around the
 * subject {@code s} (male, born 1980), his wife {@code w} and their relatives.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KinshipFamilyTest {

    @Autowired TestGraph graph;
    @Autowired KinshipQueries kinship;
    @Autowired ApplicationEventPublisher events;
    @Autowired UserDirectory users;
    @Autowired MockMvc mvc;

    static final String FAMILY = """
            // great-grandfather ggf: father of grandfather gf and of grand-uncle gu
            CREATE (ggf:Person {id:'ggf', name:'曾祖父', gender:'M', birthYear:1895})
            CREATE (gf:Person {id:'gf', name:'祖父', gender:'M', birthDate:date('1920-01-01')})
            CREATE (gm:Person {id:'gm', name:'祖母', gender:'F', birthDate:date('1922-01-01')})
            CREATE (gu:Person {id:'gu', name:'叔祖父', gender:'M', birthDate:date('1925-01-01')})
            CREATE (gmb:Person {id:'gmb', name:'舅祖父', gender:'M', birthDate:date('1924-01-01')})
            CREATE (mgf:Person {id:'mgf', name:'外祖父', gender:'M', birthDate:date('1921-01-01')})
            CREATE (mgm:Person {id:'mgm', name:'外祖母', gender:'F', birthDate:date('1923-01-01')})
            // parents' generation
            CREATE (f:Person {id:'f', name:'父亲', gender:'M', birthDate:date('1950-01-01')})
            CREATE (m:Person {id:'m', name:'母亲', gender:'F', birthDate:date('1953-01-01')})
            CREATE (ue:Person {id:'ue', name:'伯父', gender:'M', birthDate:date('1945-01-01')})
            CREATE (uew:Person {id:'uew', name:'伯母', gender:'F', birthDate:date('1946-01-01')})
            CREATE (uy:Person {id:'uy', name:'叔叔', gender:'M', birthDate:date('1955-01-01')})
            CREATE (uyw:Person {id:'uyw', name:'婶婶', gender:'F', birthDate:date('1956-01-01')})
            CREATE (fa:Person {id:'fa', name:'姑妈', gender:'F', birthDate:date('1952-01-01')})
            CREATE (fah:Person {id:'fah', name:'姑父', gender:'M', birthDate:date('1950-06-01')})
            CREATE (mu:Person {id:'mu', name:'舅舅', gender:'M', birthDate:date('1950-01-01')})
            CREATE (muw:Person {id:'muw', name:'舅妈', gender:'F', birthDate:date('1951-01-01')})
            CREATE (ma:Person {id:'ma', name:'姨妈', gender:'F', birthDate:date('1956-01-01')})
            CREATE (mah:Person {id:'mah', name:'姨父', gender:'M', birthDate:date('1955-01-01')})
            CREATE (ms:Person {id:'ms', name:'姨妈(同胞, 仅兄弟姐妹关系)', gender:'F', birthDate:date('1958-01-01')})
            CREATE (fo:Person {id:'fo', name:'父亲的前妻', gender:'F', birthDate:date('1951-01-01')})
            CREATE (gc:Person {id:'gc', name:'父亲的堂兄', gender:'M', birthDate:date('1948-01-01')})
            // subject's generation
            CREATE (s:Person {id:'s', name:'本人', gender:'M', birthDate:date('1980-05-01')})
            CREATE (w:Person {id:'w', name:'妻子', gender:'F', birthDate:date('1982-01-01')})
            CREATE (be:Person {id:'be', name:'哥哥', gender:'M', birthDate:date('1978-01-01')})
            CREATE (bew:Person {id:'bew', name:'嫂子', gender:'F', birthDate:date('1979-01-01')})
            CREATE (sy:Person {id:'sy', name:'妹妹', gender:'F', birthDate:date('1983-01-01')})
            CREATE (syh:Person {id:'syh', name:'妹夫', gender:'M', birthDate:date('1981-01-01')})
            CREATE (hb:Person {id:'hb', name:'同父异母的哥哥', gender:'M', birthDate:date('1975-01-01')})
            CREATE (c1:Person {id:'c1', name:'堂弟', gender:'M', birthDate:date('1985-01-01')})
            CREATE (c1w:Person {id:'c1w', name:'堂弟媳', gender:'F', birthDate:date('1986-01-01')})
            CREATE (c2:Person {id:'c2', name:'表姐', gender:'F', birthDate:date('1975-01-01')})
            CREATE (c3:Person {id:'c3', name:'表兄', gender:'M', birthDate:date('1979-01-01')})
            CREATE (sc:Person {id:'sc', name:'从堂兄', gender:'M', birthDate:date('1976-01-01')})
            CREATE (wf:Person {id:'wf', name:'岳父', gender:'M', birthDate:date('1955-01-01')})
            CREATE (wm:Person {id:'wm', name:'岳母', gender:'F', birthDate:date('1957-01-01')})
            CREATE (wgf:Person {id:'wgf', name:'妻子的祖父', gender:'M', birthDate:date('1930-01-01')})
            CREATE (wbe:Person {id:'wbe', name:'内兄', gender:'M', birthDate:date('1979-01-01')})
            CREATE (wby:Person {id:'wby', name:'小舅子', gender:'M', birthDate:date('1985-01-01')})
            CREATE (wsy:Person {id:'wsy', name:'小姨子', gender:'F', birthDate:date('1984-01-01')})
            CREATE (wsyh:Person {id:'wsyh', name:'连襟', gender:'M', birthDate:date('1983-01-01')})
            // children and grandchildren
            CREATE (son:Person {id:'son', name:'儿子', gender:'M', birthDate:date('2005-01-01')})
            CREATE (dil:Person {id:'dil', name:'儿媳', gender:'F', birthDate:date('2006-01-01')})
            CREATE (dilf:Person {id:'dilf', name:'亲家公', gender:'M', birthDate:date('1978-01-01')})
            CREATE (dau:Person {id:'dau', name:'女儿', gender:'F', birthDate:date('2007-01-01')})
            CREATE (sil:Person {id:'sil', name:'女婿', gender:'M', birthDate:date('2006-06-01')})
            CREATE (gs:Person {id:'gs', name:'孙子', gender:'M', birthDate:date('2030-01-01')})
            CREATE (dgs:Person {id:'dgs', name:'外孙', gender:'M', birthDate:date('2031-01-01')})
            CREATE (nep:Person {id:'nep', name:'侄子', gender:'M', birthDate:date('2003-01-01')})
            CREATE (nepw:Person {id:'nepw', name:'侄媳', gender:'F', birthDate:date('2004-01-01')})
            CREATE (snep:Person {id:'snep', name:'外甥', gender:'M', birthDate:date('2010-01-01')})
            CREATE (ad:Person {id:'ad', name:'养女', gender:'F', birthDate:date('2012-01-01')})
            CREATE (st:Person {id:'st', name:'继子', gender:'M', birthDate:date('2000-01-01')})
            // parent ties
            CREATE (ggf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H0']}]->(gf)
            CREATE (ggf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H0']}]->(gu)
            CREATE (gu)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H9']}]->(gc)
            CREATE (gc)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H9']}]->(sc)
            CREATE (gf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H1']}]->(f)
            CREATE (gm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H1']}]->(f)
            CREATE (gf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H1']}]->(ue)
            CREATE (gm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H1']}]->(ue)
            CREATE (gf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H1']}]->(uy)
            CREATE (gm)-[:PARENT_OF {kind:'BIRTH', basis:'INFERRED', provenance:['inferred:household:H1']}]->(uy)
            CREATE (gf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H1']}]->(fa)
            CREATE (gm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H1']}]->(fa)
            CREATE (mgf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H2']}]->(m)
            CREATE (mgm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H2']}]->(m)
            CREATE (mgf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H2']}]->(mu)
            CREATE (mgm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H2']}]->(mu)
            CREATE (mgf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H2']}]->(ma)
            CREATE (mgm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H2']}]->(ma)
            CREATE (f)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H3']}]->(s)
            CREATE (m)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H3']}]->(s)
            CREATE (f)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H3']}]->(be)
            CREATE (m)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H3']}]->(be)
            CREATE (f)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H3']}]->(sy)
            CREATE (m)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H3']}]->(sy)
            CREATE (f)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['kinship:k.csv:2']}]->(hb)
            CREATE (fo)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['kinship:k.csv:3']}]->(hb)
            CREATE (uy)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H4']}]->(c1)
            CREATE (uyw)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H4']}]->(c1)
            CREATE (fa)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H5']}]->(c2)
            CREATE (fah)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H5']}]->(c2)
            CREATE (ma)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H6']}]->(c3)
            CREATE (mah)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H6']}]->(c3)
            CREATE (wgf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W0']}]->(wf)
            CREATE (wf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W1']}]->(w)
            CREATE (wm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W1']}]->(w)
            CREATE (wf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W1']}]->(wbe)
            CREATE (wm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W1']}]->(wbe)
            CREATE (wf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W1']}]->(wby)
            CREATE (wm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W1']}]->(wby)
            CREATE (wf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W1']}]->(wsy)
            CREATE (wm)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:W1']}]->(wsy)
            CREATE (s)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H7']}]->(son)
            CREATE (w)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H7']}]->(son)
            CREATE (s)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H7']}]->(dau)
            CREATE (w)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H7']}]->(dau)
            CREATE (s)-[:PARENT_OF {kind:'ADOPTIVE', basis:'STATED', provenance:['household:H7']}]->(ad)
            CREATE (s)-[:PARENT_OF {kind:'STEP', basis:'STATED', provenance:['household:H7']}]->(st)
            CREATE (dilf)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H8']}]->(dil)
            CREATE (son)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H10']}]->(gs)
            CREATE (dau)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H11']}]->(dgs)
            CREATE (be)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H12']}]->(nep)
            CREATE (sy)-[:PARENT_OF {kind:'BIRTH', basis:'STATED', provenance:['household:H13']}]->(snep)
            // marriages and a stated sibling pair without known parents
            CREATE (gf)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H1']}]->(gm)
            CREATE (mgf)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H2']}]->(mgm)
            CREATE (f)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H3']}]->(m)
            CREATE (ue)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H14']}]->(uew)
            CREATE (uy)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H4']}]->(uyw)
            CREATE (fah)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H5']}]->(fa)
            CREATE (mu)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H15']}]->(muw)
            CREATE (mah)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H6']}]->(ma)
            CREATE (s)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H7']}]->(w)
            CREATE (be)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H12']}]->(bew)
            CREATE (syh)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H13']}]->(sy)
            CREATE (c1)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H16']}]->(c1w)
            CREATE (wf)-[:SPOUSE_OF {basis:'STATED', provenance:['household:W1']}]->(wm)
            CREATE (wsyh)-[:SPOUSE_OF {basis:'STATED', provenance:['household:W2']}]->(wsy)
            CREATE (son)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H10']}]->(dil)
            CREATE (sil)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H11']}]->(dau)
            CREATE (nep)-[:SPOUSE_OF {basis:'STATED', provenance:['household:H17']}]->(nepw)
            CREATE (gm)-[:SIBLING_OF {basis:'STATED', provenance:['kinship:k.csv:9']}]->(gmb)
            CREATE (m)-[:SIBLING_OF {basis:'STATED', provenance:['kinship:k.csv:10']}]->(ms)
            """;

    @BeforeAll
    void family() {
        graph.clear();
        graph.run(FAMILY);
        // the family lives in county 410203, the wife's parents and elder brother in 420101
        graph.run("MATCH (p:Person) SET p.regionCode = CASE WHEN p.id IN ['wf','wm','wbe'] THEN '420101' ELSE '410203' END");
        users.save("county-investigator", "{noop}county-investigator", Set.of(Role.INVESTIGATOR), List.of("4102"), false,
                true);
        events.publishEvent(new GraphChanged(Set.of("kinship")));
    }

    private Relation first(String to) {
        List<Relation> rs = kinship.relationsBetween("s", to);
        assertThat(rs).as("relations of s to %s", to).isNotEmpty();
        return rs.get(0);
    }

    @ParameterizedTest(name = "{0} is s''s {1}: {2} / {3}")
    @CsvSource(delimiter = ';', textBlock = """
            w;    Sp;          妻子;     wife;                         NEAR RECUSAL DIBAO
            f;    P;           父亲;     father;                       NEAR RECUSAL DIBAO
            m;    P;           母亲;     mother;                       NEAR RECUSAL DIBAO
            son;  C;           儿子;     son;                          NEAR RECUSAL DIBAO
            ad;   C;           养女;     adopted daughter;             NEAR RECUSAL DIBAO
            be;   Sib;         哥哥;     elder brother;                NEAR RECUSAL DIBAO
            sy;   Sib;         妹妹;     younger sister;               NEAR RECUSAL DIBAO
            hb;   Sib;         同父异母的哥哥; elder half-brother;      NEAR RECUSAL DIBAO
            gf;   P·P;         祖父;     grandfather;                  NEAR RECUSAL DIBAO
            mgf;  P·P;         外祖父;   grandfather;                  NEAR RECUSAL DIBAO
            mgm;  P·P;         外祖母;   grandmother;                  NEAR RECUSAL DIBAO
            gs;   C·C;         孙子;     grandson;                     NEAR RECUSAL DIBAO
            dgs;  C·C;         外孙;     grandson;                     NEAR RECUSAL DIBAO
            ggf;  P·P·P;       曾祖父;   great-grandfather;            RECUSAL
            ue;   P·Sib;       伯父;     uncle;                        RECUSAL
            uy;   P·Sib;       叔叔;     uncle;                        RECUSAL
            fa;   P·Sib;       姑妈;     aunt;                         RECUSAL
            mu;   P·Sib;       舅舅;     uncle;                        RECUSAL
            ma;   P·Sib;       姨妈;     aunt;                         RECUSAL
            ms;   P·Sib;       姨妈;     aunt;                         RECUSAL
            c1;   P·Sib·C;     堂弟;     first cousin;                 RECUSAL
            c2;   P·Sib·C;     表姐;     first cousin;                 RECUSAL
            c3;   P·Sib·C;     表兄;     first cousin;                 RECUSAL
            nep;  Sib·C;       侄子;     nephew;                       RECUSAL
            snep; Sib·C;       外甥;     nephew;                       RECUSAL
            wf;   Sp·P;        岳父;     father-in-law;                RECUSAL DIBAO
            wm;   Sp·P;        岳母;     mother-in-law;                RECUSAL DIBAO
            wbe;  Sp·Sib;      内兄;     wife's elder brother;         RECUSAL DIBAO
            wby;  Sp·Sib;      小舅子;   wife's younger brother;       RECUSAL DIBAO
            wsy;  Sp·Sib;      小姨子;   wife's younger sister;        RECUSAL DIBAO
            wsyh; Sp·Sib·Sp;   连襟;     wife's younger sister's husband; RECUSAL
            dil;  C·Sp;        儿媳;     daughter-in-law;              RECUSAL DIBAO
            sil;  C·Sp;        女婿;     son-in-law;                   RECUSAL DIBAO
            dilf; C·Sp·P;      亲家公;   son's wife's father;          RECUSAL
            bew;  Sib·Sp;      嫂子;     elder brother's wife;         RECUSAL DIBAO
            syh;  Sib·Sp;      妹夫;     younger sister's husband;     RECUSAL DIBAO
            uew;  P·Sib·Sp;    伯母;     uncle's wife;                 RECUSAL
            uyw;  P·Sib·Sp;    婶婶;     uncle's wife;                 RECUSAL
            fah;  P·Sib·Sp;    姑父;     aunt's husband;               RECUSAL
            muw;  P·Sib·Sp;    舅妈;     uncle's wife;                 RECUSAL
            mah;  P·Sib·Sp;    姨父;     aunt's husband;               RECUSAL
            c1w;  P·Sib·C·Sp;  堂弟媳;   first cousin's wife;          RECUSAL
            nepw; Sib·C·Sp;    侄媳;     nephew's wife;                RECUSAL
            sc;   P·P·Sib·C·C; 从堂兄;   second cousin;                ''
            gu;   P·P·Sib;     叔祖父;   grand-uncle;                  ''
            gmb;  P·P·Sib;     舅祖父;   grand-uncle;                  ''
            gc;   P·P·Sib·C;   堂伯;     first cousin once removed;    ''
            wgf;  Sp·P·P;      妻子的祖父; wife's grandfather;          ''
            st;   C;           继子;     stepson;                      ''
            """)
    void namesEachChainAndPlacesItInTheStatutoryScopes(String to, String chain, String zh, String en, String scopes) {
        Relation r = first(to);
        assertThat(r.chain()).isEqualTo(chain);
        assertThat(r.termZh()).isEqualTo(zh);
        assertThat(r.termEn()).isEqualTo(en);
        Set<String> expected = Arrays.stream(scopes.isBlank() ? new String[0] : scopes.split(" "))
                .map(s -> switch (s) {
                    case "NEAR" -> "CIVIL_CODE_NEAR";
                    case "RECUSAL" -> "CIVIL_SERVANT_RECUSAL";
                    default -> "DIBAO_FILING";
                }).collect(Collectors.toSet());
        assertThat(r.scopes()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void recusalReportHoldsExactlyTheRelativesWithinThreeGenerationsAndCloseInLaws() {
        Set<String> ids = kinship.relativesOf("s", "CIVIL_SERVANT_RECUSAL").stream().map(Relation::toId)
                .collect(Collectors.toSet());
        assertThat(ids).containsExactlyInAnyOrder("w", "f", "m", "son", "dau", "ad", "be", "sy", "hb", "gf", "gm",
                "mgf", "mgm", "ggf", "gs", "dgs", "ue", "uy", "fa", "mu", "ma", "ms", "c1", "c2", "c3", "nep", "snep",
                "wf", "wm", "wbe", "wby", "wsy", "wsyh", "dil", "sil", "dilf", "bew", "syh", "uew", "uyw", "fah", "muw",
                "mah", "c1w", "nepw");
    }

    @Test
    void civilCodeNearRelativesExcludeInLawsAndCollateralsBeyondSiblings() {
        Set<String> ids = kinship.relativesOf("s", "CIVIL_CODE_NEAR").stream().map(Relation::toId)
                .collect(Collectors.toSet());
        assertThat(ids).containsExactlyInAnyOrder("w", "f", "m", "son", "dau", "ad", "be", "sy", "hb", "gf", "gm",
                "mgf", "mgm", "gs", "dgs");
    }

    @Test
    void dibaoScopeAddsParentsChildrenAndSiblingsInLaw() {
        Set<String> ids = kinship.relativesOf("s", "DIBAO_FILING").stream().map(Relation::toId)
                .collect(Collectors.toSet());
        assertThat(ids).containsExactlyInAnyOrder("w", "f", "m", "son", "dau", "ad", "be", "sy", "hb", "gf", "gm",
                "mgf", "mgm", "gs", "dgs", "wf", "wm", "wbe", "wby", "wsy", "dil", "sil", "bew", "syh");
    }

    @Test
    void reportEqualsTheBidirectionalQueryForEveryPersonOfTheFamily() {
        // oracle: the forward enumeration restricted to one relative equals the meet-in-the-middle query
        for (String to : List.of("w", "wsyh", "dilf", "c1w", "gc", "sc", "uyw", "nepw", "hb", "ms")) {
            Map<String, String> viaReport = new TreeMap<>();
            kinship.relativesOf("s", "CIVIL_SERVANT_RECUSAL").stream().filter(r -> r.toId().equals(to))
                    .forEach(r -> viaReport.put(r.chain() + r.ties(), r.termZh()));
            Map<String, String> direct = new TreeMap<>();
            kinship.relationsBetween("s", to).stream().filter(r -> r.scopes().contains("CIVIL_SERVANT_RECUSAL"))
                    .forEach(r -> direct.put(r.chain() + r.ties(), r.termZh()));
            assertThat(viaReport).as(to).isEqualTo(direct);
        }
    }

    @Test
    void wifeSeesHerHusbandsFamilyWithTheWordsAWifeUses() {
        assertThat(kinship.relationsBetween("w", "f").get(0).termZh()).isEqualTo("公公");
        assertThat(kinship.relationsBetween("w", "m").get(0).termZh()).isEqualTo("婆婆");
        assertThat(kinship.relationsBetween("w", "be").get(0).termZh()).isEqualTo("大伯子");
        assertThat(kinship.relationsBetween("w", "sy").get(0).termZh()).isEqualTo("小姑子");
        assertThat(kinship.relationsBetween("bew", "w").get(0).termZh()).isEqualTo("妯娌");
        assertThat(kinship.relationsBetween("w", "s").get(0).termZh()).isEqualTo("丈夫");
    }

    @Test
    void tiesCarryTheirProvenanceAndInferredTiesAreMarked() {
        Relation uncle = first("uy");
        assertThat(uncle.ties()).extracting(KinTie::step).containsExactly("P", "P", "C");
        assertThat(uncle.ties().get(0).provenance()).containsExactly("household:H3");
        // the walk through the grandmother uses her inferred tie to the younger uncle
        Relation viaGrandmother = kinship.describe(List.of("s", "f", "gm", "uy"));
        assertThat(viaGrandmother.qualifiers()).containsExactly("INFERRED");
        assertThat(viaGrandmother.ties().get(2).provenance()).containsExactly("inferred:household:H1");
        assertThat(first("st").qualifiers()).containsExactly("STEP");
        assertThat(first("hb").qualifiers()).containsExactly("HALF");
    }

    @Test
    void unrelatedPersonsHaveNoRelationAndUnknownPersonsAreNotFound() {
        graph.run("MERGE (:Person {id:'stranger', gender:'M'})");
        events.publishEvent(new GraphChanged(Set.of("persons")));
        assertThat(kinship.relationsBetween("s", "stranger")).isEmpty();
        assertThatThrownBy(() -> kinship.relationsBetween("s", "nobody")).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("nobody");
        assertThatThrownBy(() -> kinship.relativesOf("s", "NO_SUCH")).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("CIVIL_SERVANT_RECUSAL");
    }

    @Test
    void describesAWalkOfPersonsAsOneRelation() {
        Relation r = kinship.describe(List.of("s", "w", "wf", "wsy"));
        assertThat(r.chain()).isEqualTo("Sp·Sib");
        assertThat(r.termZh()).isEqualTo("小姨子");
        assertThat(kinship.describe(List.of("s", "f", "gf", "uy", "c1")).termZh()).isEqualTo("堂弟");
    }

    @Test
    void aViewerConfinedToOneCountyDoesNotSeeRelativesElsewhereButLearnsHowManyWereLeftOut() throws Exception {
        long inCounty = kinship.relativesOf("s", "CIVIL_SERVANT_RECUSAL").stream()
                .filter(r -> !Set.of("wf", "wm", "wbe").contains(r.toId())).count();
        String body = mvc.perform(get("/api/persons/s/relatives").with(httpBasic("county-investigator", "county-investigator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.omittedOutsideRegion").value(3))
                .andExpect(jsonPath("$.relatives.length()").value((int) inCounty))
                .andExpect(jsonPath("$.relatives[?(@.toId == 'wf')]").isEmpty())
                .andReturn().getResponse().getContentAsString();
        String ref = com.jayway.jsonpath.JsonPath.read(body, "$.ref");
        mvc.perform(get("/api/relations").param("from", ref).param("to", "w")
                        .with(httpBasic("county-investigator", "county-investigator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].chain").value("Sp"))
                .andExpect(jsonPath("$.items[0].ties[0].provenance[0]").value("household:H7"));
        mvc.perform(get("/api/relations").param("from", "s").param("to", "wf")
                        .with(httpBasic("county-investigator", "county-investigator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/persons/wm/relatives").with(httpBasic("county-investigator", "county-investigator")))
                .andExpect(status().isNotFound());
    }
}
