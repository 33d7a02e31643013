// Display details (name, region) of the persons an answer shows, named by id.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id,
       p.name AS name,
       p.regionCode AS regionCode
