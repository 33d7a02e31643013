// The village chief's brother (shared parent) lives in the beneficiary's household (same householdId,
// no MEMBER_OF); the chief handled the DIBAO grant; no filing.
// expect: o1,b1,r1
CREATE (o1:Person {id: 'o1', name: '王建国', gender: 'M', regionCode: '410222100201'}),
       (p0:Person {id: 'p0', name: '王老汉', gender: 'M', regionCode: '410222100201'}),
       (r1:Person {id: 'r1', name: '王建军', gender: 'M', householdId: 'H1', regionCode: '410222100201'}),
       (b1:Person {id: 'b1', name: '李秀英', gender: 'F', householdId: 'H1', regionCode: '410222100201'}),
       (p0)-[:PARENT_OF {kind: 'BIRTH'}]->(o1), (p0)-[:PARENT_OF {kind: 'BIRTH'}]->(r1),
       (o1)-[:HOLDS]->(:Post {id: 'post1', title: '村委会主任', regionCode: '410222100201', programs: []}),
       (b1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201',
         approvedDate: date('2023-03-01'), declaredRelative: false}),
       (o1)-[:HANDLED]->(g1)
