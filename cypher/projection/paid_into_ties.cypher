// Money ties: a beneficiary's grant was paid into an account owned by someone else.
MATCH (a:Person)-[:RECEIVED]->(:Grant)-[:DISBURSED]->(:Payment)-[:INTO]->(:Account)<-[:OWNS]-(b:Person)
WHERE a <> b
RETURN DISTINCT a.id AS a,
       b.id AS b,
       'PAID_INTO' AS type,
       null AS subtype
