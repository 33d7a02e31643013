// One page of leads inside the viewer's regions, filtered and sorted ($sort: score, priority, updated).
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
RETURN l {.id, .ruleId, .ruleVersion, .title, .severity, .scope, .score, .priority, .status, .sentence, .sentenceZh, .kinshipTerm, .officialId,
          .regionCode, .reviewer, .reviewReason, reviewedAt: toString(l.reviewedAt), updatedAt: toString(l.updatedAt),
          personIds: [(l)-[x:INVOLVES]->(p:Person) WHERE x.role IN ['SUBJECT', 'OFFICIAL'] | p.id],
          outside: [(l)-[:INVOLVES]->(p:Person) WHERE NOT any(r IN $regions WHERE coalesce(p.regionCode, '') STARTS WITH r)
                    | {id: p.id, name: p.name}]} AS lead
ORDER BY CASE WHEN $sort = 'score' THEN l.score END DESC,
         CASE WHEN $sort = 'priority' THEN l.priority END DESC,
         CASE WHEN $sort = 'updated' THEN l.updatedAt END DESC,
         l.score DESC,
         l.id ASC
SKIP $skip
LIMIT $limit
