// Provenance of projected ties: for each {a, b, type} the records that make the tie, as provenance strings.
UNWIND $ties AS t
MATCH (a:Person {id: t.a})
MATCH (b:Person {id: t.b})
CALL (a, b, t) {
  MATCH (a)-[r:PARENT_OF|SPOUSE_OF|SIBLING_OF|SHARES_PHONE|SHARES_ADDRESS|SHARES_ACCOUNT]-(b)
  WHERE type(r) = t.type
  UNWIND CASE WHEN r.provenance IS NULL THEN [] WHEN valueType(r.provenance) STARTS WITH 'LIST' THEN r.provenance ELSE [r.provenance] END AS p
  RETURN p
  UNION ALL
  MATCH (a)-[r:KNOWS]-(b)
  WHERE t.type = 'KNOWS'
  RETURN coalesce(r.source, 'knows') AS p
  UNION ALL
  MATCH (a)-[:OWNS]->(:Account)-[:SENT]->(x:Transfer)-[:TO]->(:Account)<-[:OWNS]-(b)
  WHERE t.type = 'TRANSFER'
  RETURN 'transfer:' + x.id AS p
  UNION ALL
  MATCH (a)-[:RECEIVED]->(:Grant)-[:DISBURSED]->(x:Payment)-[:INTO]->(acc:Account)<-[:OWNS]-(b)
  WHERE t.type = 'PAID_INTO'
  RETURN 'payment:' + x.id AS p
  UNION ALL
  MATCH (a)-[r:HANDLED|APPROVED]->(g:Grant)<-[:RECEIVED]-(b)
  WHERE type(r) = t.type
  RETURN 'grant:' + g.id AS p
}
WITH t, p
ORDER BY p
RETURN t.a AS a,
       t.b AS b,
       t.type AS type,
       collect(DISTINCT p) AS provenance
