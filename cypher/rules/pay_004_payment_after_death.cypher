// id: pay_004
// version: 1
// title: Payments after the beneficiary's death
// severity: HIGH
// scope: none
// sources: grants, payments, persons (death dates)
// description: Payments of a grant made in the period after the beneficiary's recorded death date.
//   All programmes count, entitlements included: a dead person is entitled to nothing.
// falsePositives: The last payment for the month of death; a death date keyed wrongly; arrears owed
//   before death paid late. Warrants a check against the death register.
// references: 社会救助暂行办法 art. 68 (虚报冒领 recovered); 最低生活保障审核确认办法 (民发〔2021〕57号) art. 39
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND (size($programs) = 0 OR g.program IN $programs)
MATCH (b:Person)-[:RECEIVED]->(g)
WHERE b.deathDate IS NOT NULL
MATCH (g)-[:DISBURSED]->(p:Payment)
WHERE p.paidDate > b.deathDate
  AND p.paidDate >= $from
  AND p.paidDate <= $to
OPTIONAL MATCH (p)-[:INTO]->(a:Account)
OPTIONAL MATCH (h:Person)-[:HANDLED]->(g)
WITH b, g, p, a, h
ORDER BY p.paidDate ASC
WITH b, collect(DISTINCT g) AS grants, collect(DISTINCT p) AS payments, collect(DISTINCT a.id) AS accountIds,
     collect(DISTINCT h.id) AS handlers
RETURN [b.id] AS subjectIds,
       handlers[0] AS officialId,
       null AS relativeId,
       null AS kinPath,
       [x IN grants | x.id] AS grantIds,
       [x IN payments | x.id] AS paymentIds,
       [] AS transferIds,
       accountIds,
       [] AS assetIds,
       null AS chain,
       null AS termEn,
       null AS termZh,
       null AS degree,
       'Possible payment to the dead: ' + toString(size(payments)) + ' payment(s) totalling '
         + toString(reduce(s = 0.0, x IN payments | s + x.amount)) + ' yuan for ' + b.name + ' were made after the recorded death on '
         + toString(b.deathDate) + ' (first ' + toString(payments[0].paidDate) + '). Warrants a check against the death register.' AS sentence,
       CASE WHEN size(payments) >= 3 THEN 85 ELSE 65 + 10 * (size(payments) - 1) END AS baseScore,
       grants[0].regionCode AS regionCode,
       '疑似向已故人员发放：' + b.name + '于' + toString(b.deathDate) + '登记死亡后，仍有' + toString(size(payments))
         + '笔补助款发放，共计' + toString(reduce(s = 0.0, x IN payments | s + x.amount)) + '元（首笔'
         + toString(payments[0].paidDate) + '）。建议与死亡登记核对。' AS sentenceZh
