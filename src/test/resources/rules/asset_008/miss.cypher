// A car bought after the DIBAO grant ended; a business held by an elder with an elderly allowance
// (ZUNLAO is not means-tested).
CREATE (b1:Person {id: 'b1', name: '周一', gender: 'M', regionCode: '410222100201'}),
       (b2:Person {id: 'b2', name: '周老伯', gender: 'M', regionCode: '410222100201'}),
       (b1)-[:OWNS]->(:Asset {id: 'v1', kind: 'VEHICLE', value: 120000.0, registeredDate: date('2024-01-01')}),
       (b1)-[:RECEIVED]->(:Grant {id: 'g1', program: 'DIBAO', amount: 500.0, regionCode: '410222100201',
         approvedDate: date('2023-01-01'), endDate: date('2023-06-30')}),
       (b2)-[:OWNS]->(:Asset {id: 'x1', kind: 'BUSINESS', registeredDate: date('2010-01-01')}),
       (b2)-[:RECEIVED]->(:Grant {id: 'g2', program: 'ZUNLAO', amount: 100.0, regionCode: '410222100201', approvedDate: date('2023-01-01')})
