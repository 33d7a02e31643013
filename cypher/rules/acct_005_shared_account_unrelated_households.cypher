// id: acct_005
// version: 2
// title: One account receiving payments for several unrelated households
// severity: HIGH
// scope: none
// sources: grants, payments, accounts, households, kinship
// description: An account into which the period's payments of grants to beneficiaries of at least two
//   households went, where at least two of those beneficiaries are in different households and not
//   kin of each other within three ties (PARENT_OF, SPOUSE_OF, SIBLING_OF). All programmes count.
// falsePositives: A welfare-home or guardian account managed for several wards; a village 一卡通 agent
//   account with written mandates. Warrants a check of the mandates.
// references: 社会救助暂行办法 art. 66 (截留 / 挪用 of assistance funds); 财政部 惠民惠农补贴"一卡通"管理
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND (size($programs) = 0 OR g.program IN $programs)
MATCH (g)-[:DISBURSED]->(p:Payment)-[:INTO]->(a:Account)
WHERE p.paidDate >= $from
  AND p.paidDate <= $to
MATCH (b:Person)-[:RECEIVED]->(g)
WITH a, b, collect(DISTINCT g) AS grants, collect(DISTINCT p) AS payments
WITH a, collect({person: b, grants: grants, payments: payments}) AS receipts
WHERE size(receipts) >= 2
// households looked up only for the few accounts paid for two or more beneficiaries
UNWIND receipts AS r
WITH a, r, r.person AS b
WITH a, b, r, coalesce(head([(b)-[:MEMBER_OF]->(h:Household) | h.id]), b.householdId, b.id) AS household
WITH a, collect({person: b, household: household, grants: r.grants, payments: r.payments}) AS receipts
UNWIND receipts AS x
UNWIND receipts AS y
WITH a, receipts, x, y, x.person AS p1, y.person AS p2
WHERE p1.id < p2.id
  AND x.household <> y.household
  AND NOT EXISTS { MATCH (p1)-[:PARENT_OF|SPOUSE_OF|SIBLING_OF*1..3]-(p2) }
WITH a, receipts, collect(DISTINCT p1.id) + collect(DISTINCT p2.id) AS unrelated
WITH a, [r IN receipts WHERE r.person.id IN unrelated] AS hits
WITH a, hits, size(reduce(s = [], r IN hits | CASE WHEN r.household IN s THEN s ELSE s + r.household END)) AS households
OPTIONAL MATCH (owner:Person)-[:OWNS]->(a)
WITH a, hits, households, owner,
     reduce(s = [], r IN hits | s + [g IN r.grants | g.id]) AS grantIds,
     reduce(s = [], r IN hits | s + [p IN r.payments | p.id]) AS paymentIds
RETURN CASE WHEN owner IS NULL THEN [] ELSE [owner.id] END + [r IN hits WHERE owner IS NULL OR r.person <> owner | r.person.id] AS subjectIds,
       null AS officialId,
       null AS relativeId,
       null AS kinPath,
       grantIds,
       paymentIds,
       [] AS transferIds,
       [a.id] AS accountIds,
       [] AS assetIds,
       null AS chain,
       null AS termEn,
       null AS termZh,
       null AS degree,
       'Possible diverted payments: one account' + CASE WHEN owner IS NULL THEN '' ELSE ' (held by ' + owner.name + ')' END
         + ' received ' + toString(size(paymentIds)) + ' payment(s) for ' + toString(households)
         + ' households whose beneficiaries are not known to be related (' + reduce(s = '', r IN hits | s + CASE WHEN s = '' THEN '' ELSE ', ' END + r.person.name)
         + '). Warrants a check of the account mandates.' AS sentence,
       CASE WHEN households >= 5 THEN 90 ELSE 55 + 10 * (households - 2) END AS baseScore,
       head(hits).grants[0].regionCode AS regionCode,
       '疑似截留挪用：一个账户' + CASE WHEN owner IS NULL THEN '' ELSE '（户主' + owner.name + '）' END
         + '收取了' + toString(households) + '个家庭共' + toString(size(paymentIds)) + '笔补助款，这些家庭的对象之间未见亲属关系（'
         + reduce(s = '', r IN hits | s + CASE WHEN s = '' THEN '' ELSE '、' END + r.person.name)
         + '）。建议核查该账户的代领委托。' AS sentenceZh
