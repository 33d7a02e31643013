// The stored leads of the analysed regions with their evidence, for the evaluation against a ground truth.
UNWIND $regions AS prefix
MATCH (l:Lead)
WHERE l.regionCode STARTS WITH prefix
RETURN l.id AS id,
       l.ruleId AS ruleId,
       l.officialId AS officialId,
       l.score AS score,
       l.priority AS priority,
       l.evidence AS evidence
