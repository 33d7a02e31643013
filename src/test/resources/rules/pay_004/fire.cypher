// Two payments after the recorded death, one before.
// expect: b1
CREATE (b1:Person {id: 'b1', name: '张大爷', gender: 'M', deathDate: date('2023-03-10'), regionCode: '410222100201'}),
       (b1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'TEKUN', amount: 800.0, regionCode: '410222100201',
         approvedDate: date('2022-01-01')}),
       (g1)-[:DISBURSED]->(:Payment {id: 'p1', amount: 800.0, paidDate: date('2023-03-01')}),
       (g1)-[:DISBURSED]->(:Payment {id: 'p2', amount: 800.0, paidDate: date('2023-04-01')}),
       (g1)-[:DISBURSED]->(:Payment {id: 'p3', amount: 800.0, paidDate: date('2023-05-01')})
