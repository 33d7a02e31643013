// A stored lead involves a person a citizen reported.
// expect: L1
CREATE (b1:Person {id: 'b1', name: '周一', regionCode: '410222100201'}),
       (l1:Lead {id: 'L1', key: 'kin_001:b1,o1', ruleId: 'kin_001', score: 80.0, priority: 80.0, status: 'OPEN',
         regionCode: '410222100201'}),
       (l1)-[:INVOLVES {role: 'SUBJECT'}]->(b1),
       (:Tip {id: 't1', date: date('2023-06-01'), channel: '一键举报'})-[:ABOUT]->(b1)
