// The DIBAO household's son holds a car registered before the grant.
// expect: b1,s1
CREATE (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (s1:Person {id: 's1', name: '周小一', gender: 'M', regionCode: '410222100201'}),
       (h1:Household {id: 'H1'}),
       (b1)-[:MEMBER_OF {relationCode: '02'}]->(h1), (s1)-[:MEMBER_OF {relationCode: '20'}]->(h1),
       (s1)-[:OWNS]->(:Asset {id: 'v1', kind: 'VEHICLE', value: 120000.0, registeredDate: date('2022-01-01')}),
       (b1)-[:RECEIVED]->(:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201', approvedDate: date('2023-01-01')})
