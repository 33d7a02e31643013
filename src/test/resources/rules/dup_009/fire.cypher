// Two open-ended DIBAO grants to one person in two townships.
// expect: b1
CREATE (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (b1)-[:RECEIVED]->(:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201', approvedDate: date('2023-01-01')}),
       (b1)-[:RECEIVED]->(:Grant {id: 'g2', program: 'DIBAO', amount: 500.0, regionCode: '410222101305', approvedDate: date('2023-06-01')})
