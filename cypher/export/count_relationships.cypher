// How many relationships of the allowed types join two nodes of the export (checked against the edge limit before any fetch).
UNWIND $nodeIds AS nodeId
MATCH (a)
WHERE elementId(a) = nodeId
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND elementId(b) IN $allNodeIds
RETURN count(r) AS relationships
