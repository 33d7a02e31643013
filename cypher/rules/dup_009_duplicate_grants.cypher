// id: dup_009
// version: 1
// title: Duplicate or overlapping grants of the same programme to one person
// severity: MEDIUM
// scope: none
// sources: grants
// description: A person holds two or more grants of the same programme whose periods overlap
//   (approvedDate to endDate, open-ended grants running to $to), at least one of them in the analysed
//   regions and period; the other may lie anywhere (cross-township duplicates are the usual case).
//   All programmes count, entitlements included.
// falsePositives: A renewal keyed as a new grant without closing the old one; one-off programmes
//   (LINSHI, HOUSING) granted twice for two distinct events. Warrants a check of the rolls.
// references: 社会救助暂行办法 art. 68 (虚报冒领); 最低生活保障审核确认办法 (民发〔2021〕57号) art. 28
UNWIND $regions AS prefix
MATCH (g1:Grant)
WHERE g1.regionCode STARTS WITH prefix
  AND (size($programs) = 0 OR g1.program IN $programs)
  AND g1.approvedDate <= $to
  AND coalesce(g1.endDate, $to) >= $from
MATCH (b:Person)-[:RECEIVED]->(g1)
MATCH (b)-[:RECEIVED]->(g2:Grant)
WHERE g2 <> g1
  AND g2.program = g1.program
  AND g1.approvedDate <= coalesce(g2.endDate, $to)
  AND g2.approvedDate <= coalesce(g1.endDate, $to)
WITH b, g1.program AS program, collect(DISTINCT g1) + collect(DISTINCT g2) AS pair
UNWIND pair AS g
WITH b, program, g
ORDER BY g.approvedDate ASC, g.id ASC
WITH b, program, collect(DISTINCT g) AS grants
WITH b, program, grants, grants[0] AS first
RETURN [b.id] AS subjectIds,
       head([(h:Person)-[:HANDLED]->(first) | h.id]) AS officialId,
       null AS relativeId,
       null AS kinPath,
       [x IN grants | x.id] AS grantIds,
       [] AS paymentIds,
       [] AS transferIds,
       [] AS accountIds,
       [] AS assetIds,
       null AS chain,
       null AS termEn,
       null AS termZh,
       null AS degree,
       'Possible duplicate claim: ' + b.name + ' holds ' + toString(size(grants)) + ' overlapping ' + program + ' grants ('
         + reduce(s = '', x IN grants | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x.id + ' from ' + toString(x.approvedDate)
           + ' in ' + coalesce(x.regionCode, '?'))
         + '). Warrants a check of the rolls.' AS sentence,
       60 + 5 * (size(grants) - 2) AS baseScore,
       grants[0].regionCode AS regionCode,
       '疑似重复申领：' + b.name + '同时享有' + toString(size(grants)) + '笔交叠的'
         + coalesce($programNamesZh[program], program) + '补助（'
         + reduce(s = '', x IN grants | s + CASE WHEN s = '' THEN '' ELSE '；' END + x.id + '，' + toString(x.approvedDate)
           + '起，' + coalesce(x.regionCode, '?'))
         + '）。建议核查名册。' AS sentenceZh
