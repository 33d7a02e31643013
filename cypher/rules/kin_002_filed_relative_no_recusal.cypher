// id: kin_002
// version: 1
// title: Filed (备案) relative's grant, but the related official still handled or approved it (no recusal)
// severity: MEDIUM
// scope: relation
// sources: grants, households, kinship, posts
// description: A discretionary grant registered as coming from a relative (declaredRelative) whose
//   beneficiary, or a member of his household, is a relative in $scope of an official who nevertheless
//   handled or approved it himself instead of stepping aside. Entitlement programmes are left out.
// falsePositives: A one-person office with nobody else to sign; the official only forwarded the file.
//   The filing itself was correct: the lead is about the missing recusal. Warrants a check on foot.
// references: 最低生活保障审核确认办法 (民发〔2021〕57号) art. 12; 公务员法 art. 74, art. 76 (回避)
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND g.approvedDate >= $from
  AND g.approvedDate <= $to
  AND (size($programs) = 0 OR g.program IN $programs)
  AND NOT g.program IN $entitlementPrograms
  AND g.declaredRelative = true
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
       'Filed relative, no recusal: ' + b.name + "'s " + grants[0].program + ' application was registered (备案) as a relative'
         + "'s, yet " + o.name + ' handled or approved it although '
         + CASE WHEN r = b THEN b.name ELSE r.name + ', in the beneficiary' + "'s household," END
         + ' is his/her ' + k.termEn + ' (' + k.termZh + '). Warrants a check of who signed.' AS sentence,
       CASE WHEN k.degree <= 2 THEN 60 ELSE 55 - k.degree END + 2 * (size(grants) - 1) AS baseScore,
       grants[0].regionCode AS regionCode,
       '已备案亲属未回避：' + b.name + '的' + coalesce($programNamesZh[grants[0].program], grants[0].program) + '申请已作为亲属申请备案，但' + o.name + '仍经办或审批了该申请，而'
         + CASE WHEN r = b THEN b.name ELSE '该对象家庭成员' + r.name END
         + '是其' + k.termZh + '。建议核查签批人。' AS sentenceZh
