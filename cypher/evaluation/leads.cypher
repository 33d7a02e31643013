// The leads of the analysed regions found by the latest finished analysis (leads an earlier run found
// and the latest did not are left out), with their evidence, for the evaluation against a ground truth.
OPTIONAL MATCH (a:Analysis {status: 'DONE'})
WITH a
ORDER BY a.finishedAt DESC
LIMIT 1
UNWIND $regions AS prefix
MATCH (l:Lead)
WHERE l.regionCode STARTS WITH prefix
  AND (a IS NULL OR l.analysisId = a.id)
RETURN l.id AS id,
       l.ruleId AS ruleId,
       l.officialId AS officialId,
       l.score AS score,
       l.priority AS priority,
       l.evidence AS evidence,
       EXISTS { (l)-[:INVOLVES {role: 'TIP'}]->(:Tip) } AND l.priority > l.score AS tipped
