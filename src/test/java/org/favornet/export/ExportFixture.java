package org.favornet.export;

import java.util.List;
import org.favornet.TestGraph;

/**
 * A small county for export tests, per docs/data-model.md:
 * <pre>
 *   王建国 (official, resident ID) -SPOUSE_OF- 李秀英
 *   王建国 -PARENT_OF-> 王小明 (beneficiary)        王建国 -SIBLING_OF- 王建军
 *   王建国 -KNOWS(COLLEAGUE)- 赵六 (id P-0042, not a resident ID)
 *   王建国 -HOLDS-> 村主任 post;  王建国 -HANDLED-> g1 (低保 1200.0) <-APPROVED- 钱审批
 *   王小明 -RECEIVED-> g1 -DISBURSED-> pay1 -INTO-> acc1 (owned by 王小明)
 *   acc1 -SENT-> t1 (300.0) -TO-> acc2 (owned by 王建国)
 *   tip1 -ABOUT-> 王建国;  王小明 -SHARES_ACCOUNT- 李秀英 (derived)
 *   Lead lead-1 (evidence: personIds, grantIds, paymentIds, transferIds, relationshipIds of PARENT_OF)
 *   王建国 -KNOWS- 外县人 (F-1, region 320102: outside a 110101 viewer)
 *   Ten persons with hostile names (formula injection) known by 赵六.
 * </pre>
 */
final class ExportFixture {

    static final String OFFICIAL = "110101197001011234";
    static final String WIFE = "110101197203041245";
    static final String SON = "110101199501015678";
    static final String BROTHER = "11010119680202123X";
    static final String FRIEND = "P-0042";
    static final String APPROVER = "110101196505059876";
    static final String ACCOUNT_1 = "622202020011223344";
    static final String ACCOUNT_2 = "6222020200998877665";
    static final List<String> RESIDENT_IDS = List.of(OFFICIAL, WIFE, SON, BROTHER, APPROVER);
    static final List<String> HOSTILE_NAMES = List.of("=HYPERLINK(\"http://x\",\"y\")", "＝1+1", "@SUM(A1)", "+1", "-1",
            "\tcmd", "\rcmd", "－2", "＠x", "＋3");

    private ExportFixture() {}

    static void seed(TestGraph graph) {
        graph.run("""
                CREATE (off:Person {id: $off, name: '王建国', gender: 'M', birthDate: date('1970-01-01'), regionCode: '110101',
                        phone: '13800138000', householdId: 'h1', source: 'registry.csv'})
                CREATE (wife:Person {id: $wife, name: '李秀英', gender: 'F', birthDate: date('1972-03-04'), regionCode: '110101'})
                CREATE (son:Person {id: $son, name: '王小明', gender: 'M', birthDate: date('1995-01-01'), regionCode: '110101'})
                CREATE (bro:Person {id: $bro, name: '王建军', gender: 'M', regionCode: '110101'})
                CREATE (friend:Person {id: $friend, name: '赵六', gender: 'M', regionCode: '110101'})
                CREATE (appr:Person {id: $appr, name: '钱审批', gender: 'F', regionCode: '110101'})
                CREATE (off)-[:SPOUSE_OF {basis: 'STATED', provenance: ['household:h1']}]->(wife)
                CREATE (off)-[:PARENT_OF {kind: 'BIRTH', basis: 'STATED', provenance: ['household:h1'], startDate: date('1995-01-01')}]->(son)
                CREATE (bro)-[:SIBLING_OF {basis: 'INFERRED', provenance: ['inferred:household:h0']}]->(off)
                CREATE (off)-[:KNOWS {kind: 'COLLEAGUE', source: 'hr.csv', since: date('2010-05-01')}]->(friend)
                CREATE (post:Post {id: $off + '|村主任|城关村|110101|2015-01-01', title: '村主任', unit: '城关村', regionCode: '110101',
                        startDate: date('2015-01-01'), programs: []})
                CREATE (off)-[:HOLDS]->(post)
                CREATE (g:Grant {id: 'g1', program: '低保', amount: 1200.0, regionCode: '110101', appliedDate: date('2023-01-10'),
                        approvedDate: date('2023-02-01'), declaredRelative: false})
                CREATE (son)-[:RECEIVED]->(g)
                CREATE (off)-[:HANDLED]->(g)
                CREATE (appr)-[:APPROVED]->(g)
                CREATE (pay:Payment {id: 'pay1', amount: 1200.0, paidDate: date('2023-03-01')})
                CREATE (acc1:Account {id: $acc1, bank: '工商银行', openedDate: date('2020-01-01')})
                CREATE (acc2:Account {id: $acc2, bank: '农业银行'})
                CREATE (g)-[:DISBURSED]->(pay)
                CREATE (pay)-[:INTO]->(acc1)
                CREATE (son)-[:OWNS]->(acc1)
                CREATE (off)-[:OWNS]->(acc2)
                CREATE (t:Transfer {id: 't1', amount: 300.0, date: date('2023-03-03')})
                CREATE (acc1)-[:SENT]->(t)
                CREATE (t)-[:TO]->(acc2)
                CREATE (tip:Tip {id: 'tip1', date: date('2023-04-01'), text: '村主任给儿子办低保', channel: '12388'})
                CREATE (tip)-[:ABOUT]->(off)
                CREATE (son)-[:SHARES_ACCOUNT {provenance: 'account:' + $acc1, derived: true}]->(wife)
                CREATE (far:Person {id: 'F-1', name: '外县人', regionCode: '320102'})
                CREATE (off)-[:KNOWS {kind: 'FRIEND'}]->(far)
                WITH friend
                UNWIND range(0, size($hostile) - 1) AS i
                CREATE (h:Person {id: 'H' + i, name: $hostile[i], regionCode: '110101', x_note: '0012'})
                CREATE (friend)-[:KNOWS {kind: 'NEIGHBOR'}]->(h)
                """, java.util.Map.of("off", OFFICIAL, "wife", WIFE, "son", SON, "bro", BROTHER, "friend", FRIEND,
                "appr", APPROVER, "acc1", ACCOUNT_1, "acc2", ACCOUNT_2, "hostile", HOSTILE_NAMES));
        graph.run("""
                MATCH (off:Person {id: $off})-[r:PARENT_OF]->(son:Person {id: $son})
                CREATE (l:Lead {id: 'lead-1', key: 'KIN-001|' + $off, ruleId: 'KIN-001', ruleVersion: 1,
                        title: '经办人为近亲属办理低保', status: 'OPEN', regionCode: '110101', score: 0.9,
                        evidence: '{"personIds":["' + $off + '","' + $son + '"],"grantIds":["g1"],"paymentIds":["pay1"],'
                                + '"transferIds":["t1"],"paths":[{"relationshipIds":["' + elementId(r) + '"],"terms":["儿子"]}]}'})
                CREATE (l)-[:INVOLVES {role: 'official'}]->(off)
                """, java.util.Map.of("off", OFFICIAL, "son", SON));
    }
}
