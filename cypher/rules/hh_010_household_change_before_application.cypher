// id: hh_010
// version: 2
// title: Household moved or split shortly before an application, into or out of an official's family
// severity: MEDIUM
// scope: relation
// sources: grants, households (MEMBER_OF.since), kinship, posts
// description: A discretionary grant whose beneficiary's household changed membership within $moveDays
//   days before the application (appliedDate, else approvedDate): some member, the beneficiary
//   included, joined it then (MEMBER_OF.since), and the beneficiary or the member who moved is a
//   relative in $scope of an official who handled or approved the grant (a split out of, or a move
//   into, the official's family). Relies on MEMBER_OF.since, loaded from a since / move date column of
//   the households file; households without it cannot fire this rule. Entitlement programmes left out.
// falsePositives: Marriage, birth or a genuine separation; a registry clean-up that re-dated every
//   member. Warrants a check of the registry change record (户口迁移登记).
// references: 最低生活保障审核确认办法 (民发〔2021〕57号) art. 8 (共同生活的家庭成员), art. 12; 户口登记条例 art. 10
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND g.approvedDate >= $from
  AND g.approvedDate <= $to
  AND (size($programs) = 0 OR g.program IN $programs)
  AND NOT g.program IN $entitlementPrograms
MATCH (b:Person)-[:RECEIVED]->(g)
MATCH (b)-[:MEMBER_OF]->(h:Household)
// a separate MATCH: the member who joined may be the beneficiary himself (the same MEMBER_OF tie)
MATCH (h)<-[mm:MEMBER_OF]-(m:Person)
WHERE mm.since IS NOT NULL
  AND mm.since <= coalesce(g.appliedDate, g.approvedDate)
  AND mm.since >= coalesce(g.appliedDate, g.approvedDate) - duration({days: $moveDays})
WITH DISTINCT g, b, h, m, mm
MATCH (o:Person)-[:HANDLED|APPROVED]->(g)
// both ends bound: the KIN_OF ties are looked up between o and b, o and m, never fanned out
OPTIONAL MATCH (o)-[kb:KIN_OF]->(b)
WHERE $scope IN kb.scopes
OPTIONAL MATCH (o)-[km:KIN_OF]->(m)
WHERE $scope IN km.scopes
WITH g, b, h, m, mm, o, [x IN [[kb, b], [km, m]] WHERE x[0] IS NOT NULL] AS found
UNWIND found AS pair
WITH DISTINCT o, b, m, mm, pair[1] AS r, pair[0] AS k, g, h
ORDER BY k.degree ASC, mm.since DESC
WITH o, b, collect(DISTINCT g) AS grants, collect(m)[0] AS m, collect(mm)[0] AS mm, collect(r)[0] AS r, collect(k)[0] AS k,
     collect(h)[0] AS h
WITH o, b, m, mm, r, k, h, grants, duration.inDays(mm.since, coalesce(grants[0].appliedDate, grants[0].approvedDate)).days AS days
RETURN reduce(s = [o.id, b.id], x IN [m.id, r.id] | CASE WHEN x IN s THEN s ELSE s + x END) AS subjectIds,
       o.id AS officialId,
       r.id AS relativeId,
       k.path AS kinPath,
       [x IN grants | x.id] AS grantIds,
       [] AS paymentIds,
       [] AS transferIds,
       [] AS accountIds,
       [] AS assetIds,
       k.chain AS chain,
       k.termEn AS termEn,
       k.termZh AS termZh,
       k.degree AS degree,
       'Possible household split before an application: ' + m.name + ' joined household ' + h.id + ' on ' + toString(mm.since)
         + ', ' + toString(days) + ' days before ' + b.name + "'s " + grants[0].program + ' application, handled or approved by '
         + o.name + ', whose ' + k.termEn + ' (' + k.termZh + ') ' + r.name + ' is. Warrants a check of the registry change.' AS sentence,
       60 + CASE WHEN days <= 60 THEN 10 ELSE 0 END AS baseScore,
       grants[0].regionCode AS regionCode
