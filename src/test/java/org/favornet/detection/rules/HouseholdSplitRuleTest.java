package org.favornet.detection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.favornet.detection.OfficialKin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Red flag 10 without dates: the registry lists a beneficiary as head of a new household and still
 * in his old one. Out of an official's household it is a lead even when someone else handled the
 * grant; the same open split in a family without officials is not.
 */
@GraphTest
class HouseholdSplitRuleTest {

    private static final String VILLAGE = "410222100201";

    @Autowired TestGraph graph;
    @Autowired RuleCatalog catalog;
    @Autowired RuleRunner runner;
    @Autowired OfficialKin kin;

    @BeforeEach
    void clear() {
        graph.clear();
    }

    private List<RuleHit> hits() throws InterruptedException {
        kin.materialise(kin.officials(List.of("")).stream().map(Official::id).toList());
        Rule rule = catalog.rules().stream().filter(r -> r.id().equals("hh_010")).findFirst().orElseThrow();
        return runner.hits(rule, RuleFixturesTest.params());
    }

    /** Son s1 of {@code head} splits out of household H1 into H2 (no dates), then gets a DIBAO grant handled by c1. */
    private void split(boolean headIsOfficial) {
        graph.run("""
                CREATE (f:Person {id: 'f1', name: '赵春飞', gender: 'M', regionCode: $v}),
                       (s:Person {id: 's1', name: '赵孝磊', gender: 'M', regionCode: $v}),
                       (c:Person {id: 'c1', name: '钱民政', gender: 'F', regionCode: $v}),
                       (f)-[:PARENT_OF]->(s),
                       (c)-[:HOLDS]->(:Post {id: 'post-c', title: '民政专干', regionCode: '410222100', programs: []}),
                       (f)-[:MEMBER_OF {relationCode: '02'}]->(h1:Household {id: 'H1'}),
                       (s)-[:MEMBER_OF {relationCode: '20'}]->(h1),
                       (s)-[:MEMBER_OF {relationCode: '02'}]->(:Household {id: 'H2'}),
                       (s)-[:RECEIVED]->(g:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: $v,
                         appliedDate: date('2023-03-01'), approvedDate: date('2023-03-20')}),
                       (c)-[:HANDLED]->(g)
                """, java.util.Map.of("v", VILLAGE));
        if (headIsOfficial) {
            graph.run("MATCH (f:Person {id: 'f1'}) CREATE (f)-[:HOLDS]->(:Post {id: 'post-f', title: '村委会主任', "
                    + "regionCode: $v, programs: []})", java.util.Map.of("v", VILLAGE));
        }
    }

    @Test
    void anOpenSplitOutOfAnOfficialsHouseholdIsALeadNamingHimAndTheTwoHouseholds() throws InterruptedException {
        split(true);
        List<RuleHit> hits = hits();
        assertThat(hits).hasSize(1);
        RuleHit hit = hits.get(0);
        assertThat(hit.officialId()).isEqualTo("f1");
        assertThat(hit.subjectIds()).containsExactlyInAnyOrder("f1", "s1");
        assertThat(hit.grantIds()).containsExactly("g1");
        assertThat(hit.sentence()).contains("heads household H2", "in household H1", "date of the split not on file",
                "holds the official 赵春飞", "(儿子)");
    }

    @Test
    void theSameSplitInAFamilyWithoutOfficialsIsNot() throws InterruptedException {
        split(false);
        assertThat(hits()).isEmpty();
    }
}
