// Grants a person received (RECEIVED) and grants he handled or approved (HANDLED), latest approval first, at most
// $limit of each with how many there are, each with its beneficiary, handler and approver.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[:RECEIVED]->(g:Grant)
  RETURN 'RECEIVED' AS how, g
  UNION
  MATCH (p)-[:HANDLED|APPROVED]->(g:Grant)
  RETURN 'HANDLED' AS how, g
}
WITH how, g
ORDER BY g.approvedDate DESC, g.id
WITH how, collect(g) AS grants
UNWIND grants[..$limit] AS g
RETURN how,
       size(grants) AS total,
       g.id AS id,
       g.program AS program,
       g.amount AS amount,
       g.appliedDate AS appliedDate,
       g.approvedDate AS approvedDate,
       g.endDate AS endDate,
       head([(b:Person)-[:RECEIVED]->(g) | b {.id, .name, .regionCode}]) AS beneficiary,
       head([(h:Person)-[:HANDLED]->(g) | h {.id, .name, .regionCode}]) AS handledBy,
       head([(a:Person)-[:APPROVED]->(g) | a {.id, .name, .regionCode}]) AS approvedBy
