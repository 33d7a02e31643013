// id: asset_008
// version: 1
// title: Assets inconsistent with need: means-tested beneficiary's household holds a vehicle, business, property or public job
// severity: MEDIUM
// scope: none
// sources: grants, households, assets (vehicle, business, property, payroll registers)
// description: A grant of a means-tested programme ($meansTestedPrograms) running in the period whose
//   beneficiary, or a member of his household, holds an asset (VEHICLE, BUSINESS, PROPERTY,
//   PUBLIC_EMPLOYMENT) registered before the grant ended (or before $to while it runs). An asset
//   without a registration date counts as held.
// falsePositives: An old vehicle below the local value threshold; a business closed but not
//   deregistered; a property that is the only home. Warrants a means re-check.
// references: 最低生活保障审核确认办法 (民发〔2021〕57号) art. 10-11 (家庭财产状况); 特困人员认定办法 (民发〔2021〕43号) art. 6
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND g.program IN $meansTestedPrograms
  AND (size($programs) = 0 OR g.program IN $programs)
  AND g.approvedDate <= $to
  AND coalesce(g.endDate, $to) >= $from
MATCH (b:Person)-[:RECEIVED]->(g)
CALL {
  WITH b
  RETURN b AS m
  UNION
  WITH b
  MATCH (b)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(m:Person)
  RETURN m
  UNION
  WITH b
  MATCH (m:Person)
  WHERE b.householdId IS NOT NULL
    AND m.householdId = b.householdId
  RETURN m
}
MATCH (m)-[:OWNS]->(x:Asset)
WHERE x.registeredDate IS NULL
   OR x.registeredDate <= coalesce(g.endDate, $to)
OPTIONAL MATCH (h:Person)-[:HANDLED]->(g)
WITH b, collect(DISTINCT g) AS grants, collect(DISTINCT x) AS assets, collect(DISTINCT m) AS owners,
     collect(DISTINCT h.id) AS handlers
RETURN [b.id] + [m IN owners WHERE m <> b | m.id] AS subjectIds,
       handlers[0] AS officialId,
       null AS relativeId,
       null AS kinPath,
       [x IN grants | x.id] AS grantIds,
       [] AS paymentIds,
       [] AS transferIds,
       [] AS accountIds,
       [x IN assets | x.id] AS assetIds,
       null AS chain,
       null AS termEn,
       null AS termZh,
       null AS degree,
       'Possible ineligibility: ' + b.name + ' receives ' + grants[0].program + ' while the household holds '
         + reduce(s = '', x IN assets | s + CASE WHEN s = '' THEN '' ELSE ', ' END + toLower(x.kind)
           + CASE WHEN x.registeredDate IS NULL THEN '' ELSE ' (registered ' + toString(x.registeredDate) + ')' END)
         + '. Warrants a means re-check.' AS sentence,
       CASE WHEN any(x IN assets WHERE x.kind = 'PUBLIC_EMPLOYMENT') THEN 70 ELSE 55 END + 5 * (size(assets) - 1) AS baseScore,
       grants[0].regionCode AS regionCode,
       '疑似不符合条件：' + b.name + '享受' + coalesce($programNamesZh[grants[0].program], grants[0].program) + '，但其家庭拥有'
         + reduce(s = '', x IN assets | s + CASE WHEN s = '' THEN '' ELSE '、' END
           + CASE x.kind WHEN 'VEHICLE' THEN '车辆' WHEN 'BUSINESS' THEN '经营实体' WHEN 'PROPERTY' THEN '房产'
                         WHEN 'PUBLIC_EMPLOYMENT' THEN '财政供养职位' ELSE toLower(x.kind) END
           + CASE WHEN x.registeredDate IS NULL THEN '' ELSE '（' + toString(x.registeredDate) + '登记）' END)
         + '。建议重新核查家庭经济状况。' AS sentenceZh
