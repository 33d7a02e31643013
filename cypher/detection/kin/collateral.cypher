// Fallback kin of officials, collateral blood family within three generations (Civil Servant Law
// art. 74): siblings (Sib), uncles and aunts (P·Sib), first cousins (P·Sib·C), nephews and nieces
// (Sib·C). A sibling is a stated SIBLING_OF tie or a shared parent; both walks are tried.
UNWIND $officialIds AS officialId
MATCH (o:Person {id: officialId})
CALL {
  WITH o
  MATCH path = (o)-[:SIBLING_OF]-(r:Person)
  RETURN r, 'Sib' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'Sib' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)-[:SIBLING_OF]-(r:Person)
  RETURN r, 'P·Sib' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(p:Person)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'P·Sib' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)-[:SIBLING_OF]-(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'P·Sib·C' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'P·Sib·C' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:SIBLING_OF]-(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'Sib·C' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'Sib·C' AS chain, path
}
WITH officialId, o, r, chain, path
WHERE r <> o
RETURN officialId, r.id AS relativeId, r.gender AS gender, chain,
       [n IN nodes(path) | n.id] AS personIds,
       reduce(acc = [], x IN relationships(path) | acc + coalesce(x.provenance, [])) AS provenance
