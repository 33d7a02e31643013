// The nodes of an export by element id: labels and properties.
UNWIND $nodeIds AS nodeId
MATCH (n)
WHERE elementId(n) = nodeId
RETURN elementId(n) AS nodeId, labels(n) AS labels, properties(n) AS props
