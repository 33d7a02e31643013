// Fallback kin of officials, close in-laws (Civil Servant Law art. 74): spouse's parents (Sp·P),
// spouse's siblings (Sp·Sib) and their spouses (Sp·Sib·Sp), children's spouses (C·Sp) and their
// parents (C·Sp·P), siblings' spouses (Sib·Sp), uncles' and aunts' spouses (P·Sib·Sp), cousins'
// spouses (P·Sib·C·Sp), nephews' and nieces' spouses (Sib·C·Sp). Siblings: stated or shared parent.
UNWIND $officialIds AS officialId
MATCH (o:Person {id: officialId})
CALL {
  WITH o
  MATCH path = (o)-[:SPOUSE_OF]-(:Person)<-[:PARENT_OF]-(r:Person)
  RETURN r, 'Sp·P' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:SPOUSE_OF]-(:Person)-[:SIBLING_OF]-(r:Person)
  RETURN r, 'Sp·Sib' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:SPOUSE_OF]-(:Person)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(r:Person)
  RETURN r, 'Sp·Sib' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:SPOUSE_OF]-(:Person)-[:SIBLING_OF]-(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'Sp·Sib·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:SPOUSE_OF]-(:Person)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'Sp·Sib·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'C·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(:Person)<-[:PARENT_OF]-(r:Person)
  RETURN r, 'C·Sp·P' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:SIBLING_OF]-(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'Sib·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'Sib·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)-[:SIBLING_OF]-(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'P·Sib·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'P·Sib·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)-[:SIBLING_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'P·Sib·C·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'P·Sib·C·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)-[:SIBLING_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'Sib·C·Sp' AS chain, path
  UNION
  WITH o
  MATCH path = (o)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(:Person)-[:PARENT_OF]->(:Person)-[:SPOUSE_OF]-(r:Person)
  RETURN r, 'Sib·C·Sp' AS chain, path
}
WITH officialId, o, r, chain, path
WHERE r <> o
  AND all(x IN relationships(path) WHERE type(x) <> 'SPOUSE_OF' OR x.endDate IS NULL)
RETURN officialId, r.id AS relativeId, r.gender AS gender, chain,
       [n IN nodes(path) | n.id] AS personIds,
       reduce(acc = [], x IN relationships(path) | acc + coalesce(x.provenance, [])) AS provenance
