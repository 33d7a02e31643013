// The region codes of the living persons among these ids (circle members inside a jurisdiction).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE p.deathDate IS NULL
RETURN id,
       p.regionCode AS regionCode
