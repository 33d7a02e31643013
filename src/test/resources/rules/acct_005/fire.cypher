// The village accountant's account receives the DIBAO payments of two unrelated households.
// expect: x1,b1,b2
CREATE (x1:Person {id: 'x1', name: '孙会计', gender: 'M', regionCode: '410222100201'}),
       (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (b2:Person {id: 'b2', name: '吴二', gender: 'F', regionCode: '410222100201'}),
       (b1)-[:MEMBER_OF {relationCode: '02'}]->(:Household {id: 'H1'}),
       (b2)-[:MEMBER_OF {relationCode: '02'}]->(:Household {id: 'H2'}),
       (x1)-[:OWNS]->(a1:Account {id: '6222000011112222'}),
       (b1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201', approvedDate: date('2023-01-01')}),
       (b2)-[:RECEIVED]->(g2:Grant {id: 'g2', program: 'DIBAO', amount: 450.0, regionCode: '410222100201', approvedDate: date('2023-01-01')}),
       (g1)-[:DISBURSED]->(:Payment {id: 'p1', amount: 500.0, paidDate: date('2023-02-01')})-[:INTO]->(a1),
       (g2)-[:DISBURSED]->(:Payment {id: 'p2', amount: 450.0, paidDate: date('2023-02-01')})-[:INTO]->(a1)
