// Transfers that do not fit: to the wife 60 days later; to an unrelated shopkeeper within days; to the
// wife within days but more than the payment.
CREATE (o1:Person {id: 'o1', name: '王建国', gender: 'M', regionCode: '410222100201'}),
       (w1:Person {id: 'w1', name: '刘芳', gender: 'F', regionCode: '410222100201'}),
       (s1:Person {id: 's1', name: '陈店主', gender: 'M', regionCode: '410222100201'}),
       (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (o1)-[:SPOUSE_OF]->(w1),
       (o1)-[:HOLDS]->(:Post {id: 'post1', title: '村委会主任', regionCode: '410222100201', programs: []}),
       (b1)-[:OWNS]->(a1:Account {id: '6222000011117777'}),
       (w1)-[:OWNS]->(a2:Account {id: '6222000011118888'}),
       (s1)-[:OWNS]->(a3:Account {id: '6222000011119999'}),
       (b1)-[:RECEIVED]->(g1:Grant {id: 'g1', program: 'HOUSING', amount: 1000.0, regionCode: '410222100201', approvedDate: date('2023-04-01')}),
       (o1)-[:HANDLED]->(g1),
       (g1)-[:DISBURSED]->(:Payment {id: 'p1', amount: 1000.0, paidDate: date('2023-05-01')})-[:INTO]->(a1),
       (a1)-[:SENT]->(:Transfer {id: 't1', amount: 300.0, date: date('2023-06-30')})-[:TO]->(a2),
       (a1)-[:SENT]->(:Transfer {id: 't2', amount: 300.0, date: date('2023-05-05')})-[:TO]->(a3),
       (a1)-[:SENT]->(:Transfer {id: 't3', amount: 5000.0, date: date('2023-05-06')})-[:TO]->(a2)
