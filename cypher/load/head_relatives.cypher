// Stored children and siblings of household heads: a son or brother outside the household makes "the only son/brother" ambiguous.
UNWIND $ids AS id
MATCH (h:Person {id: id})
RETURN id,
       [(h)-[:PARENT_OF]->(c:Person) | c.id] AS children,
       [(h)-[:SIBLING_OF]-(s:Person) | s.id] + [(h)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(s:Person) WHERE s <> h | s.id] AS siblings
