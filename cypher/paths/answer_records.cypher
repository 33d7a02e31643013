// What an answer shows that the projection does not hold, in one round trip: the name and region
// of each person named ($ids), and for each tie ({a, b, type} in $ties) the records that make it,
// as provenance strings. One row: persons and ties, each a list (empty when nothing is asked).
CALL () {
  UNWIND $ids AS id
  MATCH (p:Person {id: id})
  RETURN collect({id: p.id, name: p.name, regionCode: p.regionCode}) AS persons
}
CALL () {
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
  WITH t, collect(DISTINCT p) AS provenance
  RETURN collect({a: t.a, b: t.b, type: t.type, provenance: provenance}) AS ties
}
RETURN persons,
       ties
