package org.favornet.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.favornet.TestGraph;

/**
 * A small hand-planted county (410222) with one case of each red flag and honest look-alikes, whose
 * leads, scores and kinship terms the scenario tests know exactly (the fixtures generator plants
 * at random, and {@code GeneratedCountyIsValidTest} and the evaluation cover it). Township 100: village 201 (mixed surnames, chief 王建国 o1), village 202
 * (single surname 李, chief o3, everyone knows everyone), village 203 (accountant o4); township 101
 * (clerk o5 whose grants go to his friends). Township officials o2 (民政专干) and o7 (分管领导) approve.
 */
final class PlantedCounty {

    static final String V1 = "410222100201";
    static final String V2 = "410222100202";
    static final String V3 = "410222100203";
    static final String T2 = "410222101";

    /** case id, rule, official, subjects that must be among the lead's persons, grant ids (for the CSV). */
    record Planted(String id, String rule, String official, List<String> subjects, List<String> grants, String description) {}

    static final List<Planted> CASES = List.of(
            new Planted("P1", "kin_001", "o1", List.of("o1", "bp1"), List.of("gp1"), "brother's wife's DIBAO handled by the chief, not filed"),
            new Planted("P2", "kin_002", "o1", List.of("o1", "s1"), List.of("gp2"), "son's DIBAO filed but approved by the chief"),
            new Planted("P3", "pay_004", "", List.of("d1"), List.of("gp3"), "payments after death"),
            new Planted("P4", "acct_005", "", List.of("u1", "u2"), List.of("gp4a", "gp4b"), "accountant's account collects two households"),
            new Planted("P4b", "acct_006", "o4", List.of("o4"), List.of("gp4a", "gp4b"), "the same payments land in the handler's own account"),
            new Planted("P5", "acct_006", "o1", List.of("o1", "bp5"), List.of("gp5"), "stranger's DIBAO paid into the chief's wife's account"),
            new Planted("P6", "kick_007", "o4", List.of("o4", "bp6"), List.of("gp6"), "housing grant, kickback to the accountant"),
            new Planted("P7", "asset_008", "", List.of("bp7"), List.of("gp7"), "DIBAO household with a car"),
            new Planted("P8", "dup_009", "", List.of("bp8"), List.of("gp8a", "gp8b"), "two DIBAO grants in two villages"),
            new Planted("P9", "hh_010", "o1", List.of("o1", "m1"), List.of("gp9"), "mother split off a month before applying"),
            new Planted("P9b", "kin_002", "o1", List.of("o1", "m1"), List.of("gp9"), "mother's filed DIBAO handled by the chief"),
            new Planted("P10", "conc_003", "o5", List.of("o5"), List.of(), "clerk's grants go to his friends"),
            new Planted("P11", "comm_011", "o5", List.of("o5"), List.of(), "the clerk and his friends form a community that takes his grants"));

    /** look-alikes: honest situations that resemble a red flag. */
    static final List<Planted> LOOKALIKES = List.of(
            new Planted("L1", "conc_003", "o3", List.of("o3"), List.of(), "single-surname village chief, grantees at the village rate"),
            new Planted("L2", "kin_002", "o1", List.of("o1", "n1"), List.of("gl2"), "nephew's grant filed and handled by others"),
            new Planted("L3", "kin_001", "o1", List.of("o1", "f1"), List.of("gl3"), "father's ZUNLAO handled by the chief"));

    private final List<Map<String, Object>> persons = new ArrayList<>();
    private final List<Map<String, Object>> grants = new ArrayList<>();
    private final StringBuilder ties = new StringBuilder();

    static void build(TestGraph graph, long seed) {
        new PlantedCounty().fill(new Random(seed)).write(graph);
    }

    private PlantedCounty fill(Random rng) {
        person("o1", "王建国", "M", V1);
        person("o2", "赵民政", "M", "410222100");
        person("o3", "李村长", "M", V2);
        person("o4", "陈会计", "M", V3);
        person("o5", "孙干事", "M", T2 + "001");
        person("o6", "李会计", "M", V2);
        person("o7", "钱镇长", "M", "410222100");
        post("o1", "村委会主任", V1);
        post("o2", "民政专干", "410222100");
        post("o3", "村委会主任", V2);
        post("o4", "村会计", V3);
        post("o5", "民政专干", T2);
        post("o6", "村会计", V2);
        post("o7", "乡镇分管领导", "410222100");
        // Background: 30 strangers per village with DIBAO grants, handled by the village official, approved by o2.
        String[][] villages = {{V1, "o1", "周"}, {V3, "o4", "吴"}};
        for (String[] v : villages) {
            for (int i = 0; i < 30; i++) {
                String id = v[0].substring(9) + "-bg" + i;
                person(id, v[2] + i, rng.nextBoolean() ? "M" : "F", v[0]);
                if (rng.nextDouble() < 0.5) {
                    grant("g-" + id, "DIBAO", id, v[0], "2023-0" + (1 + rng.nextInt(9)) + "-15", v[1], "o2", false);
                }
            }
        }
        // P1: o1's brother r1 (shared father f1) and his wife bp1 share household H-r1; her grant, o1 handles.
        person("f1", "王老汉", "M", V1);
        person("r1", "王建军", "M", V1);
        person("bp1", "刘秀英", "F", V1);
        tie("(f1)-[:PARENT_OF {kind: 'BIRTH'}]->(o1), (f1)-[:PARENT_OF {kind: 'BIRTH'}]->(r1), (r1)-[:SPOUSE_OF]->(bp1)");
        member("r1", "H-r1", "02", null);
        member("bp1", "H-r1", "10", null);
        grant("gp1", "DIBAO", "bp1", V1, "2023-04-01", "o1", "o2", false);
        // P2: o1's son s1, filed, approved by o1 himself.
        person("s1", "王小明", "M", V1);
        tie("(o1)-[:PARENT_OF {kind: 'BIRTH'}]->(s1)");
        grant("gp2", "DIBAO", "s1", V1, "2023-05-01", "o2", "o1", true);
        // L2: o1's nephew n1 (r1's son), filed, handled by o2 and approved by o7: recusal worked.
        person("n1", "王小军", "M", V1);
        tie("(r1)-[:PARENT_OF {kind: 'BIRTH'}]->(n1)");
        grant("gl2", "DIBAO", "n1", V1, "2023-05-01", "o2", "o7", true);
        // L3: o1's father's elderly allowance (entitlement), handled by o1.
        grant("gl3", "ZUNLAO", "f1", V1, "2023-01-01", "o1", "o2", false);
        // P3: d1 died, paid twice after.
        person("d1", "吴老伯", "M", V3);
        grant("gp3", "TEKUN", "d1", V3, "2022-06-01", "o4", "o2", false);
        deaths.put("d1", "2023-02-15");
        tie("(gp3)-[:DISBURSED]->(:Payment {id: 'pay3a', amount: 800.0, paidDate: date('2023-02-01')})");
        tie("(gp3)-[:DISBURSED]->(:Payment {id: 'pay3b', amount: 800.0, paidDate: date('2023-03-01')})");
        tie("(gp3)-[:DISBURSED]->(:Payment {id: 'pay3c', amount: 800.0, paidDate: date('2023-04-01')})");
        // P4: o4's account collects the payments of two unrelated households.
        person("u1", "吴甲", "M", V3);
        person("u2", "郑乙", "F", V3);
        tie("(o4)-[:OWNS]->(:Account {id: '6222000000000004'})");
        grant("gp4a", "DIBAO", "u1", V3, "2023-01-10", "o4", "o2", false);
        grant("gp4b", "DIBAO", "u2", V3, "2023-01-10", "o4", "o2", false);
        // P5: stranger's DIBAO paid into o1's wife's account.
        person("w1", "陈桂兰", "F", V1);
        person("bp5", "冯丙", "M", V1);
        tie("(o1)-[:SPOUSE_OF]->(w1), (w1)-[:OWNS]->(:Account {id: '6222000000000005'})");
        grant("gp5", "DIBAO", "bp5", V1, "2023-02-01", "o1", "o2", false);
        // P6: housing grant in V3; kickback to o4 nine days after the payment.
        person("bp6", "褚丁", "M", V3);
        tie("(bp6)-[:OWNS]->(:Account {id: '6222000000000066'}), (o4)-[:OWNS]->(:Account {id: '6222000000000044'})");
        grant("gp6", "HOUSING", "bp6", V3, "2023-03-01", "o4", "o7", false);
        // P7: DIBAO with a car; P8: two DIBAO grants in two villages.
        person("bp7", "卫戊", "M", V3);
        tie("(bp7)-[:OWNS]->(:Asset {id: 'car7', kind: 'VEHICLE', value: 150000.0, registeredDate: date('2021-05-01')})");
        grant("gp7", "DIBAO", "bp7", V3, "2023-01-20", "o4", "o2", false);
        person("bp8", "蒋己", "F", V3);
        grant("gp8a", "DIBAO", "bp8", V3, "2023-01-05", "o4", "o2", false);
        grant("gp8b", "DIBAO", "bp8", V1, "2023-03-05", "o1", "o2", false);
        // P9: o1's mother m1 moved into a household of her own a month before applying; filed, o1 handled.
        person("m1", "王老太", "F", V1);
        tie("(m1)-[:PARENT_OF {kind: 'BIRTH'}]->(o1), (m1)-[:SPOUSE_OF]->(f1)");
        member("m1", "H-m1", "02", "2023-05-01");
        grant("gp9", "DIBAO", "m1", V1, "2023-06-10", "o1", "o7", true);
        // P10: township 101, 60 grants across its villages by other officials; o5 handles 8, 6 to his 6 friends.
        person("o8", "周干事", "M", T2 + "001");
        post("o8", "村委会主任", T2 + "001");
        for (int i = 0; i < 60; i++) {
            String id = "t2-" + i;
            person(id, "沈" + i, "M", T2 + "001");
            if (i < 6) {
                tie("(o5)-[:KNOWS {kind: 'FRIEND'}]->(`" + id + "`)");
                grant("gc" + i, "LINSHI", id, T2 + "001", "2023-0" + (1 + i) + "-11", "o5", "o7", false);
            } else if (i < 8) {
                grant("gc" + i, "LINSHI", id, T2 + "001", "2023-07-11", "o5", "o7", false);
            } else if (i < 50) {
                grant("gc" + i, "LINSHI", id, T2 + "001", "2023-0" + (1 + rng.nextInt(9)) + "-21", "o8", "o7", false);
            }
        }
        // L1: single-surname village V2: 50 李 villagers, the chief knows ~60% of them; 24 grants at random,
        // half handled by the chief, half by the accountant o6: his friends get grants at the village rate.
        for (int i = 0; i < 50; i++) {
            String id = "v2-" + i;
            person(id, "李" + i, "M", V2);
            if (rng.nextDouble() < 0.6) {
                tie("(o3)-[:KNOWS {kind: 'NEIGHBOR'}]->(`" + id + "`)");
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, rng);
        for (int i = 0; i < 24; i++) {
            String id = "v2-" + order.get(i);
            grant("gv2-" + i, "DIBAO", id, V2, "2023-0" + (1 + rng.nextInt(9)) + "-03", i % 2 == 0 ? "o3" : "o6", "o2", false);
        }
        return this;
    }

    private void write(TestGraph graph) {
        graph.run("UNWIND $rows AS row CREATE (p:Person) SET p = row", Map.of("rows", persons));
        graph.run("UNWIND $rows AS row MATCH (o:Person {id: row.official}) "
                + "CREATE (o)-[:HOLDS]->(:Post {id: row.official + '|' + row.title, title: row.title, regionCode: row.region, programs: []})",
                Map.of("rows", posts));
        graph.run("UNWIND $rows AS row MATCH (b:Person {id: row.beneficiary}) "
                + "CREATE (b)-[:RECEIVED]->(g:Grant {id: row.id, program: row.program, amount: row.amount, regionCode: row.region, "
                + "approvedDate: date(row.date), appliedDate: date(row.date) - duration({days: 10}), declaredRelative: row.declared}) "
                + "WITH g, row MATCH (h:Person {id: row.handler}) CREATE (h)-[:HANDLED]->(g) "
                + "WITH g, row MATCH (a:Person {id: row.approver}) CREATE (a)-[:APPROVED]->(g)", Map.of("rows", grants));
        deaths.forEach((id, date) -> graph.run("MATCH (p:Person {id: $id}) SET p.deathDate = date($date)",
                Map.of("id", id, "date", date)));
        graph.run("UNWIND $rows AS row MATCH (p:Person {id: row.person}) MERGE (h:Household {id: row.household}) "
                + "CREATE (p)-[:MEMBER_OF {relationCode: row.code, since: CASE WHEN row.since IS NULL THEN null ELSE date(row.since) END}]->(h)",
                Map.of("rows", members));
        // Patterns naming persons and grants by id: bind them first, then create the ties.
        for (String pattern : ties.toString().split("\n")) {
            if (pattern.isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((`?)([a-z0-9-]+)\\1\\)").matcher(pattern);
            while (m.find()) {
                if (!names.contains(m.group(2))) {
                    names.add(m.group(2));
                }
            }
            StringBuilder q = new StringBuilder();
            for (String n : names) {
                String label = n.startsWith("g") ? "Grant" : "Person";
                q.append("MATCH (`").append(n).append("`:").append(label).append(" {id: '").append(n).append("'}) ");
            }
            graph.run(q + "CREATE " + pattern.replaceAll("\\(([a-z0-9-]+)\\)", "(`$1`)"));
        }
        // Money: P1-P9 grants are paid monthly into the beneficiary's account unless wired otherwise.
        graph.run("""
                MATCH (g:Grant) WHERE g.id IN ['gp4a', 'gp4b']
                MATCH (a:Account {id: '6222000000000004'})
                CREATE (g)-[:DISBURSED]->(:Payment {id: 'pay-' + g.id, amount: g.amount, paidDate: date('2023-02-10')})-[:INTO]->(a)""");
        graph.run("""
                MATCH (g:Grant {id: 'gp5'}), (a:Account {id: '6222000000000005'})
                CREATE (g)-[:DISBURSED]->(:Payment {id: 'pay-gp5', amount: g.amount, paidDate: date('2023-03-10')})-[:INTO]->(a)""");
        graph.run("""
                MATCH (g:Grant {id: 'gp6'}), (a:Account {id: '6222000000000066'}), (o:Account {id: '6222000000000044'})
                CREATE (g)-[:DISBURSED]->(:Payment {id: 'pay-gp6', amount: 20000.0, paidDate: date('2023-04-01')})-[:INTO]->(a),
                       (a)-[:SENT]->(:Transfer {id: 'tr6', amount: 4000.0, date: date('2023-04-10')})-[:TO]->(o)""");
        graph.run("""
                MATCH (p:Person {id: 'bp1'})
                CREATE (:Tip {id: 'tip1', date: date('2023-08-01'), channel: '一键举报', text: 'relative of the chief'})-[:ABOUT]->(p)""");
    }

    private final List<Map<String, Object>> posts = new ArrayList<>();
    private final List<Map<String, Object>> members = new ArrayList<>();
    private final Map<String, String> deaths = new HashMap<>();

    private void member(String person, String household, String code, String since) {
        Map<String, Object> m = new HashMap<>();
        m.put("person", person);
        m.put("household", household);
        m.put("code", code);
        m.put("since", since);
        members.add(m);
    }

    private void person(String id, String name, String gender, String region) {
        persons.add(Map.of("id", id, "name", name, "gender", gender, "regionCode", region));
    }

    private void post(String official, String title, String region) {
        posts.add(Map.of("official", official, "title", title, "region", region));
    }

    private void grant(String id, String program, String beneficiary, String region, String date, String handler,
            String approver, boolean declared) {
        Map<String, Object> g = new HashMap<>();
        g.put("id", id);
        g.put("program", program);
        g.put("beneficiary", beneficiary);
        g.put("region", region);
        g.put("date", date);
        g.put("handler", handler);
        g.put("approver", approver);
        g.put("declared", declared);
        g.put("amount", program.equals("ZUNLAO") ? 100.0 : 500.0);
        grants.add(g);
    }

    private void tie(String pattern) {
        ties.append(pattern).append('\n');
    }
}
