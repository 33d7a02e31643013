// id: kick_007
// version: 1
// title: Possible kickback: transfer from the beneficiary to the official or his relative soon after a payment
// severity: CRITICAL
// scope: relation
// sources: grants, payments, accounts, transfers, kinship, posts
// description: Within $kickbackDays days after a payment of a grant, an account held by the beneficiary
//   sent a transfer of between $kickbackMinShare of the payment and the whole payment to an account held
//   by an official who handled or approved the grant, or by his relative in $scope, who is not in the
//   beneficiary's household. All programmes count.
// falsePositives: Repayment of a private loan; shared purchase; rent. Warrants a check on foot, with the
//   beneficiary heard apart from the official.
// references: 刑法 art. 382-385 (贪污, 受贿); 社会救助暂行办法 art. 66; 监察法 art. 11
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND (size($programs) = 0 OR g.program IN $programs)
MATCH (b:Person)-[:RECEIVED]->(g)
MATCH (g)-[:DISBURSED]->(p:Payment)
WHERE p.paidDate >= $from
  AND p.paidDate <= $to
MATCH (b)-[:OWNS]->(src:Account)-[:SENT]->(t:Transfer)-[:TO]->(dst:Account)<-[:OWNS]-(recipient:Person)
WHERE t.date >= p.paidDate
  AND t.date <= p.paidDate + duration({days: $kickbackDays})
  AND t.amount <= p.amount
  AND t.amount >= p.amount * $kickbackMinShare
  AND recipient <> b
  AND NOT EXISTS { MATCH (recipient)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(b) }
MATCH (o:Person)-[:HANDLED|APPROVED]->(g)
OPTIONAL MATCH (o)-[k:KIN_OF]->(recipient)
WHERE $scope IN k.scopes
WITH o, b, recipient, k, g, p, t, src, dst
WHERE recipient = o OR k IS NOT NULL
WITH o, b, recipient, k, collect(DISTINCT g) AS grants, collect(DISTINCT p) AS payments, collect(DISTINCT t) AS transfers,
     collect(DISTINCT src.id) + collect(DISTINCT dst.id) AS accountIds
RETURN [o.id, b.id] + CASE WHEN recipient = o THEN [] ELSE [recipient.id] END AS subjectIds,
       o.id AS officialId,
       CASE WHEN recipient = o THEN null ELSE recipient.id END AS relativeId,
       k.path AS kinPath,
       [x IN grants | x.id] AS grantIds,
       [x IN payments | x.id] AS paymentIds,
       [x IN transfers | x.id] AS transferIds,
       accountIds,
       [] AS assetIds,
       k.chain AS chain,
       k.termEn AS termEn,
       k.termZh AS termZh,
       k.degree AS degree,
       'Possible kickback: ' + b.name + ' sent ' + toString(size(transfers)) + ' transfer(s) totalling '
         + toString(reduce(s = 0.0, x IN transfers | s + x.amount)) + ' yuan to ' + recipient.name
         + CASE WHEN recipient = o THEN ', the official who handled or approved the grant,' ELSE ', ' + o.name + "'s " + k.termEn + ' (' + k.termZh + '),' END
         + ' within ' + toString($kickbackDays) + ' days of a grant payment. Warrants a check on foot.' AS sentence,
       CASE WHEN recipient = o THEN 95 ELSE 90 END AS baseScore,
       grants[0].regionCode AS regionCode,
       '疑似回扣：' + b.name + '在补助发放后' + toString($kickbackDays) + '天内向' + recipient.name
         + CASE WHEN recipient = o THEN '（经办或审批该补助的官员）' ELSE '（' + o.name + '的' + k.termZh + '）' END
         + '转账' + toString(size(transfers)) + '笔，共计' + toString(reduce(s = 0.0, x IN transfers | s + x.amount))
         + '元。建议实地核查。' AS sentenceZh
