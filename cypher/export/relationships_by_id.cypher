// Relationships named by element id (a lead's evidence), with their end nodes and properties.
UNWIND $relIds AS relId
MATCH (a)-[r]->(b)
WHERE elementId(r) = relId
RETURN elementId(r) AS relId, type(r) AS type, elementId(a) AS sourceId, elementId(b) AS targetId, properties(r) AS props
