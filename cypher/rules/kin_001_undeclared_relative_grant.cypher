// id: kin_001
// version: 1
// title: Possible undeclared relative: grant to the household of the handler's or approver's relative, no 备案 filing
// severity: HIGH
// scope: relation
// sources: grants, households, kinship, posts
// description: A discretionary grant whose beneficiary, or a member of his household (MEMBER_OF the
//   same Household or the same householdId), is a relative in $scope of an official who handled or
//   approved it, and the application was not registered as coming from a relative (declaredRelative).
//   Entitlement programmes ($entitlementPrograms) are left out: age or status decides them, not an official.
// falsePositives: Kinship data wrong or stale (divorce, adoption); the filing done on paper but not
//   keyed in; an eligible relative whose grant would have been given anyway. Warrants a check on foot.
// references: 最低生活保障审核确认办法 (民发〔2021〕57号) art. 12 (近亲属 applications registered separately);
//   公务员法 art. 74 (回避); Civil Code art. 1045
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND g.approvedDate >= $from
  AND g.approvedDate <= $to
  AND (size($programs) = 0 OR g.program IN $programs)
  AND NOT g.program IN $entitlementPrograms
  AND coalesce(g.declaredRelative, false) = false
MATCH (b:Person)-[:RECEIVED]->(g)
MATCH (o:Person)-[:HANDLED|APPROVED]->(g)
CALL {
  WITH b
  RETURN b AS r
  UNION
  WITH b
  MATCH (b)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(r:Person)
  RETURN r
  UNION
  WITH b
  MATCH (r:Person)
  WHERE b.householdId IS NOT NULL
    AND r.householdId = b.householdId
  RETURN r
}
MATCH (o)-[k:KIN_OF]->(r)
WHERE $scope IN k.scopes
WITH DISTINCT o, b, r, k, g
ORDER BY k.degree ASC, r.id ASC, g.id ASC
WITH o, b, collect(DISTINCT g) AS grants, collect(r)[0] AS r, collect(k)[0] AS k
RETURN CASE WHEN r = b THEN [o.id, b.id] ELSE [o.id, b.id, r.id] END AS subjectIds,
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
       'Possible undeclared relative: ' + b.name + ' received ' + toString(size(grants)) + ' ' + grants[0].program
         + ' grant(s) handled or approved by ' + o.name + '; '
         + CASE WHEN r = b THEN b.name ELSE r.name + ', in the beneficiary' + "'s household," END
         + ' is ' + o.name + "'s " + k.termEn + ' (' + k.termZh + '). No 备案 filing recorded; warrants a check on foot.' AS sentence,
       CASE WHEN k.degree <= 2 THEN 80 ELSE 70 - 2 * k.degree END + 2 * (size(grants) - 1) AS baseScore,
       grants[0].regionCode AS regionCode,
       '疑似未申报亲属：' + b.name + '领取了' + toString(size(grants)) + '笔由' + o.name + '经办或审批的'
         + coalesce($programNamesZh[grants[0].program], grants[0].program) + '补助；'
         + CASE WHEN r = b THEN b.name ELSE '该对象家庭成员' + r.name END
         + '是' + o.name + '的' + k.termZh + '。未见备案记录，建议实地核查。' AS sentenceZh
