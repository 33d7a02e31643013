// The stranger's DIBAO goes into his own account; the chief's mother's ZUNLAO (an entitlement) goes
// into the chief's account.
CREATE (o1:Person {id: 'o1', name: '王建国', gender: 'M', regionCode: '410222100201'}),
       (m1:Person {id: 'm1', name: '王老太', gender: 'F', regionCode: '410222100201'}),
       (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (m1)-[:PARENT_OF]->(o1),
       (o1)-[:HOLDS]->(:Post {id: 'post1', title: '村委会主任', regionCode: '410222100201', programs: []}),
       (b1)-[:OWNS]->(a1:Account {id: '6222000011115555'}),
       (o1)-[:OWNS]->(a2:Account {id: '6222000011116666'}),
       (b1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201', approvedDate: date('2023-01-01')}),
       (o1)-[:HANDLED]->(g1),
       (g1)-[:DISBURSED]->(:Payment {id: 'p1', amount: 500.0, paidDate: date('2023-02-01')})-[:INTO]->(a1),
       (m1)-[:RECEIVED]->(g2:Grant {id: 'g2', program: 'ZUNLAO', amount: 100.0, regionCode: '410222100201', approvedDate: date('2023-01-01')}),
       (o1)-[:HANDLED]->(g2),
       (g2)-[:DISBURSED]->(:Payment {id: 'p2', amount: 100.0, paidDate: date('2023-02-01')})-[:INTO]->(a2)
