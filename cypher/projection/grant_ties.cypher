// Grant ties: an official HANDLED or APPROVED a grant that a beneficiary RECEIVED (one row per pair and role, listing the grants).
MATCH (a:Person)-[r:HANDLED|APPROVED]->(g:Grant)<-[:RECEIVED]-(b:Person)
WHERE a <> b
RETURN a.id AS a,
       b.id AS b,
       type(r) AS type,
       null AS subtype,
       collect(DISTINCT 'grant:' + g.id) AS provenance
