// Grants received by the members of a circle, with the officials who handled and approved each one.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:RECEIVED]->(g:Grant)
OPTIONAL MATCH (h:Person)-[:HANDLED]->(g)
WITH p, g, collect(DISTINCT {id: h.id, name: h.name, regionCode: h.regionCode}) AS handlers
OPTIONAL MATCH (a:Person)-[:APPROVED]->(g)
WITH p, g, handlers, collect(DISTINCT {id: a.id, name: a.name, regionCode: a.regionCode}) AS approvers
RETURN p.id AS personId,
       g.id AS grantId,
       g.program AS program,
       g.amount AS amount,
       g.regionCode AS regionCode,
       g.appliedDate AS appliedDate,
       g.approvedDate AS approvedDate,
       g.endDate AS endDate,
       [x IN handlers WHERE x.id IS NOT NULL] AS handledBy,
       [x IN approvers WHERE x.id IS NOT NULL] AS approvedBy
ORDER BY personId, appliedDate, grantId
