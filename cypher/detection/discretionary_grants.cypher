// Discretionary grants of the analysis (entitlement programmes left out) with their beneficiary and
// the officials who handled or approved them: the populations of the concentration tests.
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND g.approvedDate >= $from
  AND g.approvedDate <= $to
  AND (size($programs) = 0 OR g.program IN $programs)
  AND NOT g.program IN $entitlementPrograms
MATCH (b:Person)-[:RECEIVED]->(g)
RETURN g.id AS grantId,
       g.program AS program,
       g.regionCode AS regionCode,
       b.id AS beneficiaryId,
       [(o:Person)-[:HANDLED|APPROVED]->(g) | o.id] AS officials
