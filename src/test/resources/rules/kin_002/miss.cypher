// The brother's application was filed and handled and approved by other officials: recusal worked.
CREATE (o1:Person {id: 'o1', name: '王建国', gender: 'M', regionCode: '410222100201'}),
       (o2:Person {id: 'o2', name: '赵干事', gender: 'M', regionCode: '410222100201'}),
       (o3:Person {id: 'o3', name: '钱镇长', gender: 'M', regionCode: '410222100201'}),
       (r1:Person {id: 'r1', name: '王建军', gender: 'M', regionCode: '410222100201'}),
       (o1)-[:SIBLING_OF {basis: 'STATED'}]->(r1),
       (o1)-[:HOLDS]->(:Post {id: 'post1', title: '村委会主任', regionCode: '410222100201', programs: []}),
       (o2)-[:HOLDS]->(:Post {id: 'post2', title: '民政专干', regionCode: '410222100', programs: []}),
       (o3)-[:HOLDS]->(:Post {id: 'post3', title: '乡镇分管领导', regionCode: '410222100', programs: []}),
       (r1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201',
         approvedDate: date('2023-03-01'), declaredRelative: true}),
       (o2)-[:HANDLED]->(g1), (o3)-[:APPROVED]->(g1)
