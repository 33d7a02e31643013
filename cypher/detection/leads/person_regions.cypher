// Region and name of the persons a lead's evidence names, to hide those outside the viewer's regions.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id,
       p.regionCode AS regionCode,
       p.name AS name
