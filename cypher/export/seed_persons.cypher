// Seed persons of an export, by id: their element ids and regions (for the viewer's region check).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, elementId(p) AS nodeId, p.regionCode AS regionCode
