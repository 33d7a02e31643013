// A son's account receives his father's and his mother-in-law's payments: different households,
// related through the son's marriage (father -> son - wife <- mother-in-law, three ties).
CREATE (s1:Person {id: 's1', name: '周强', gender: 'M', regionCode: '410222100201'}),
       (w1:Person {id: 'w1', name: '吴丽', gender: 'F', regionCode: '410222100201'}),
       (f1:Person {id: 'f1', name: '周老伯', gender: 'M', regionCode: '410222100201'}),
       (m1:Person {id: 'm1', name: '吴大妈', gender: 'F', regionCode: '410222100201'}),
       (f1)-[:PARENT_OF]->(s1), (m1)-[:PARENT_OF]->(w1), (s1)-[:SPOUSE_OF]->(w1),
       (f1)-[:MEMBER_OF {relationCode: '02'}]->(:Household {id: 'H1'}),
       (m1)-[:MEMBER_OF {relationCode: '02'}]->(:Household {id: 'H2'}),
       (s1)-[:OWNS]->(a1:Account {id: '6222000011113333'}),
       (f1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201', approvedDate: date('2023-01-01')}),
       (m1)-[:RECEIVED]->(g2:Grant {id: 'g2', program: 'DIBAO', amount: 450.0, regionCode: '410222100201', approvedDate: date('2023-01-01')}),
       (g1)-[:DISBURSED]->(:Payment {id: 'p1', amount: 500.0, paidDate: date('2023-02-01')})-[:INTO]->(a1),
       (g2)-[:DISBURSED]->(:Payment {id: 'p2', amount: 450.0, paidDate: date('2023-02-01')})-[:INTO]->(a1)
