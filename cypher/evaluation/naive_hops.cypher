// The naive baseline the evaluation compares with: every discretionary grant whose beneficiary is within
// two ties (k = 2) over PARENT_OF, SPOUSE_OF, SIBLING_OF and KNOWS of an official who handled or approved it.
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND g.approvedDate >= $from
  AND g.approvedDate <= $to
  AND (size($programs) = 0 OR g.program IN $programs)
  AND NOT g.program IN $entitlementPrograms
MATCH (b:Person)-[:RECEIVED]->(g)
MATCH (o:Person)-[:HANDLED|APPROVED]->(g)
WHERE o <> b
  AND EXISTS { MATCH (o)-[:PARENT_OF|SPOUSE_OF|SIBLING_OF|KNOWS*1..2]-(b) }
RETURN DISTINCT o.id AS officialId,
       b.id AS beneficiaryId,
       g.id AS grantId
