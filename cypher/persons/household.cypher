// The members of a person's households (himself included) with their GB/T 4761-2008 relation to the head: by
// MEMBER_OF ties and by the householdId property (persons files carry it without a households file).
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:MEMBER_OF]->(h:Household)<-[m:MEMBER_OF]-(x:Person)
  RETURN h.id AS householdId, x, m.relationCode AS relation
  UNION
  MATCH (x:Person {householdId: p.householdId})
  OPTIONAL MATCH (x)-[m:MEMBER_OF]->(:Household {id: p.householdId})
  RETURN p.householdId AS householdId, x, m.relationCode AS relation
}
RETURN householdId, x.id AS id, relation
ORDER BY householdId, relation, id
