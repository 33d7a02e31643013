// Money ties: a beneficiary's grant was paid into an account owned by someone else (one row per pair, listing the payments).
MATCH (a:Person)-[:RECEIVED]->(:Grant)-[:DISBURSED]->(x:Payment)-[:INTO]->(:Account)<-[:OWNS]-(b:Person)
WHERE a <> b
RETURN a.id AS a,
       b.id AS b,
       'PAID_INTO' AS type,
       null AS subtype,
       collect(DISTINCT 'payment:' + x.id) AS provenance
