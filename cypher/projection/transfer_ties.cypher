// Money ties: the sender's account SENT a transfer TO the receiver's account (one row per pair, listing its transfers).
MATCH (a:Person)-[:OWNS]->(:Account)-[:SENT]->(x:Transfer)-[:TO]->(:Account)<-[:OWNS]-(b:Person)
WHERE a <> b
RETURN a.id AS a,
       b.id AS b,
       'TRANSFER' AS type,
       null AS subtype,
       collect(DISTINCT 'transfer:' + x.id) AS provenance
