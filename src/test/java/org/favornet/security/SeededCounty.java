package org.favornet.security;

import java.util.List;
import java.util.Map;
import org.favornet.TestGraph;

/**
 * A small county for the security tests: persons with real-format resident IDs (valid GB 11643
 * check characters, one ending in X) in region 41 and one in region 42, their household, a post,
 * a grant and a lead per region whose evidence names the IDs.
 */
final class SeededCounty {

    static final String OFFICIAL = residentId("41010219650307001");
    static final String WIFE = residentId("41010219680911008");
    static final String SON = residentId("41010219900101003");
    static final String OTHER_REGION = residentId("42011119700220004");
    static final String LEAD_41 = "1b0c1f4e-5a41-4c1e-9a41-000000000041";
    static final String LEAD_42 = "1b0c1f4e-5a42-4c1e-9a42-000000000042";
    static final List<String> PERSONS = List.of(OFFICIAL, WIFE, SON, OTHER_REGION);

    private SeededCounty() {}

    /** Appends the GB 11643-1999 check character (ISO 7064 MOD 11-2) to 17 digits. */
    static String residentId(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static void seed(TestGraph graph) {
        graph.clear();
        graph.run("""
                CREATE (a:Person {id: $a, name: '张伟', gender: 'M', birthDate: date('1965-03-07'),
                                  householdId: 'H41-1', regionCode: '410102001', address: '幸福村3组', phone: '13800138000',
                                  source: 'seed'}),
                       (b:Person {id: $b, name: '李娜', gender: 'F', birthDate: date('1968-09-11'),
                                  householdId: 'H41-1', regionCode: '410102001', source: 'seed'}),
                       (c:Person {id: $c, name: '张强', gender: 'M', birthDate: date('1990-01-01'),
                                  householdId: 'H41-2', regionCode: '410102002', source: 'seed'}),
                       (d:Person {id: $d, name: '王芳', gender: 'F', birthDate: date('1970-02-20'),
                                  householdId: 'H42-1', regionCode: '420111001', source: 'seed'}),
                       (h:Household {id: 'H41-1'}),
                       (a)-[:MEMBER_OF {relationCode: '02', source: 'seed'}]->(h),
                       (b)-[:MEMBER_OF {relationCode: '10', source: 'seed'}]->(h),
                       (a)-[:SPOUSE_OF {basis: 'STATED', provenance: ['household:H41-1']}]->(b),
                       (a)-[:PARENT_OF {kind: 'BIRTH', basis: 'STATED', provenance: ['seed:1']}]->(c),
                       (p:Post {id: $a + '|村委会主任|幸福村|410102001|2015-01-01', title: '村委会主任', unit: '幸福村',
                                regionCode: '410102001', startDate: date('2015-01-01'), programs: []}),
                       (a)-[:HOLDS]->(p),
                       (g:Grant {id: 'G41-1', program: 'DIBAO', amount: 3600.0, regionCode: '410102002',
                                 appliedDate: date('2023-01-05'), approvedDate: date('2023-02-01'), declaredRelative: false}),
                       (c)-[:RECEIVED]->(g), (a)-[:APPROVED]->(g),
                       (l:Lead {id: $lead41, key: 'KIN-001|' + $a, ruleId: 'KIN-001', ruleVersion: '1',
                                title: 'Relative of the approving official', severity: 'HIGH', scope: 'CSL_74', score: 0.9,
                                priority: 1, status: 'OPEN', evidence: '{"persons":["' + $a + '","' + $c + '"]}',
                                regionCode: '410102002', createdAt: datetime(), updatedAt: datetime()}),
                       (l)-[:INVOLVES {role: 'official'}]->(a), (l)-[:INVOLVES {role: 'beneficiary'}]->(c),
                       (l)-[:INVOLVES {role: 'grant'}]->(g),
                       (m:Lead {id: $lead42, key: 'KIN-001|' + $d, ruleId: 'KIN-001', ruleVersion: '1',
                                title: 'Other county', severity: 'LOW', scope: 'CSL_74', score: 0.1, priority: 3,
                                status: 'OPEN', evidence: '{"persons":["' + $d + '"]}', regionCode: '420111001',
                                createdAt: datetime(), updatedAt: datetime()}),
                       (m)-[:INVOLVES {role: 'beneficiary'}]->(d)
                """, Map.of("a", OFFICIAL, "b", WIFE, "c", SON, "d", OTHER_REGION, "lead41", LEAD_41,
                "lead42", LEAD_42));
    }
}
