// One hop of an export's breadth-first expansion: the distinct neighbours of a frontier over the allowed relationship types.
// Leads, users and analyses are bookkeeping, never evidence nodes.
UNWIND $nodeIds AS nodeId
MATCH (n)
WHERE elementId(n) = nodeId
MATCH (n)-[r]-(m)
WHERE type(r) IN $types
  AND NOT m:Lead AND NOT m:User AND NOT m:Analysis
RETURN DISTINCT elementId(m) AS nodeId, 'Person' IN labels(m) AS person, m.regionCode AS regionCode
