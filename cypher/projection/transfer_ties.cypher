// Money ties: the sender's account SENT a transfer TO the receiver's account (one row per pair).
MATCH (a:Person)-[:OWNS]->(:Account)-[:SENT]->(:Transfer)-[:TO]->(:Account)<-[:OWNS]-(b:Person)
WHERE a <> b
RETURN DISTINCT a.id AS a,
       b.id AS b,
       'TRANSFER' AS type,
       null AS subtype
