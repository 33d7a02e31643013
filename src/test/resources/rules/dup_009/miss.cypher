// A DIBAO grant closed before its renewal; a DIBAO and a HOUSING grant at the same time.
CREATE (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (b1)-[:RECEIVED]->(:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201',
         approvedDate: date('2022-01-01'), endDate: date('2023-05-31')}),
       (b1)-[:RECEIVED]->(:Grant {id: 'g2', program: 'DIBAO', amount: 520.0, regionCode: '410222100201', approvedDate: date('2023-06-01')}),
       (b1)-[:RECEIVED]->(:Grant {id: 'g3', program: 'HOUSING', amount: 20000.0, regionCode: '410222100201', approvedDate: date('2023-07-01')})
