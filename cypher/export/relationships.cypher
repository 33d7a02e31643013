// The relationships of the allowed types that join two nodes of the export, with their properties.
UNWIND $nodeIds AS nodeId
MATCH (a)
WHERE elementId(a) = nodeId
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND elementId(b) IN $allNodeIds
RETURN elementId(r) AS relId, type(r) AS type, elementId(a) AS sourceId, elementId(b) AS targetId, properties(r) AS props
