// The brother's DIBAO application was filed (备案), but the chief himself approved it.
// expect: o1,r1
CREATE (o1:Person {id: 'o1', name: '王建国', gender: 'M', regionCode: '410222100201'}),
       (r1:Person {id: 'r1', name: '王建军', gender: 'M', regionCode: '410222100201'}),
       (o1)-[:SIBLING_OF {basis: 'STATED'}]->(r1),
       (o1)-[:HOLDS]->(:Post {id: 'post1', title: '村委会主任', regionCode: '410222100201', programs: []}),
       (r1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201',
         approvedDate: date('2023-03-01'), declaredRelative: true}),
       (o1)-[:APPROVED]->(g1)
