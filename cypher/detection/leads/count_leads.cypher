// How many leads the same filters as find_leads.cypher match.
UNWIND $regions AS prefix
MATCH (l:Lead)
WHERE l.regionCode STARTS WITH prefix
  AND ($status IS NULL OR l.status = $status)
  AND ($rule IS NULL OR l.ruleId = $rule)
  AND ($region IS NULL OR l.regionCode STARTS WITH $region)
  AND ($official IS NULL OR l.officialId = $official)
  AND ($minScore IS NULL OR l.score >= $minScore)
  AND ($severity IS NULL OR l.severity = $severity)
  AND ($program IS NULL OR EXISTS { MATCH (l)-[:INVOLVES]->(g:Grant) WHERE g.program = $program })
  AND (($from IS NULL AND $to IS NULL) OR EXISTS {
        MATCH (l)-[:INVOLVES]->(g:Grant)
        WHERE ($from IS NULL OR coalesce(g.approvedDate, g.appliedDate) >= $from)
          AND ($to IS NULL OR coalesce(g.approvedDate, g.appliedDate) <= $to) })
RETURN count(l) AS total
