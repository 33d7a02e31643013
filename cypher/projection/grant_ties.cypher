// Grant ties: an official HANDLED or APPROVED a grant that a beneficiary RECEIVED.
MATCH (a:Person)-[r:HANDLED|APPROVED]->(:Grant)<-[:RECEIVED]-(b:Person)
WHERE a <> b
RETURN DISTINCT a.id AS a,
       b.id AS b,
       type(r) AS type,
       null AS subtype
