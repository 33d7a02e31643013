// The mother's household dates from years before; a stranger who moved a month before applying, with a
// grant handled by the chief (no kin of his involved).
CREATE (o1:Person {id: 'o1', name: '王建国', gender: 'M', regionCode: '410222100201'}),
       (m1:Person {id: 'm1', name: '王老太', gender: 'F', regionCode: '410222100201'}),
       (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (m1)-[:PARENT_OF]->(o1),
       (o1)-[:HOLDS]->(:Post {id: 'post1', title: '村委会主任', regionCode: '410222100201', programs: []}),
       (m1)-[:MEMBER_OF {relationCode: '02', since: date('2015-02-01')}]->(:Household {id: 'H2'}),
       (m1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201',
         appliedDate: date('2023-03-01'), approvedDate: date('2023-03-20'), declaredRelative: true}),
       (o1)-[:HANDLED]->(g1),
       (b1)-[:MEMBER_OF {relationCode: '02', since: date('2023-02-01')}]->(:Household {id: 'H3'}),
       (b1)-[:RECEIVED]->(g2:Grant {id: 'g2', program: 'DIBAO', amount: 500.0, regionCode: '410222100201',
         appliedDate: date('2023-03-01'), approvedDate: date('2023-03-20')}),
       (o1)-[:HANDLED]->(g2)
