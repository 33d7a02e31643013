// Fallback kin of officials, lineal family: parents, grandparents, great-grandparents (P, P·P, P·P·P)
// and children, grandchildren, great-grandchildren (C, C·C, C·C·C), Civil Servant Law art. 74.
UNWIND $officialIds AS officialId
MATCH (o:Person {id: officialId})
CALL {
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(r:Person)
  RETURN r, 'P' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)<-[:PARENT_OF]-(r:Person)
  RETURN r, 'P·P' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)<-[:PARENT_OF]-(:Person)<-[:PARENT_OF]-(r:Person)
  RETURN r, 'P·P·P' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:PARENT_OF]->(r:Person)
  RETURN r, 'C' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:PARENT_OF]->(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'C·C' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:PARENT_OF]->(:Person)-[:PARENT_OF]->(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'C·C·C' AS chain, path
}
RETURN officialId, r.id AS relativeId, r.gender AS gender, chain,
       [n IN nodes(path) | n.id] AS personIds,
       reduce(acc = [], x IN relationships(path) | acc + coalesce(x.provenance, [])) AS provenance
