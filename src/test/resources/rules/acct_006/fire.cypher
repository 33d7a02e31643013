// The handler's son holds the account the stranger's DIBAO was paid into.
// expect: o1,b1,r1
CREATE (o1:Person {id: 'o1', name: '王建国', gender: 'M', regionCode: '410222100201'}),
       (r1:Person {id: 'r1', name: '王小明', gender: 'M', regionCode: '410222100201'}),
       (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (o1)-[:PARENT_OF]->(r1),
       (o1)-[:HOLDS]->(:Post {id: 'post1', title: '村委会主任', regionCode: '410222100201', programs: []}),
       (r1)-[:OWNS]->(a1:Account {id: '6222000011114444'}),
       (b1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201', approvedDate: date('2023-01-01')}),
       (o1)-[:HANDLED]->(g1),
       (g1)-[:DISBURSED]->(:Payment {id: 'p1', amount: 500.0, paidDate: date('2023-02-01')})-[:INTO]->(a1)
