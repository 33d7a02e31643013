// id: acct_006
// version: 1
// title: Grant paid into an account held by the handling official or his relative
// severity: CRITICAL
// scope: relation
// sources: grants, payments, accounts, kinship, posts
// description: A payment of a discretionary grant went into an account held by an official who handled
//   or approved the grant, or by his relative in $scope, who is neither the beneficiary nor in the
//   beneficiary's household. Entitlement programmes are left out (an elder's allowance paid into a
//   child's account is common and lawful).
// falsePositives: A written mandate for a bedridden or illiterate beneficiary; an account keyed to the
//   wrong owner. Warrants a check of the mandate and of the cash withdrawals.
// references: 社会救助暂行办法 art. 66 (截留 / 挪用 / 私分); 监察法 art. 11; 公务员法 art. 59
UNWIND $regions AS prefix
MATCH (g:Grant)
WHERE g.regionCode STARTS WITH prefix
  AND (size($programs) = 0 OR g.program IN $programs)
  AND NOT g.program IN $entitlementPrograms
MATCH (g)-[:DISBURSED]->(p:Payment)-[:INTO]->(a:Account)<-[:OWNS]-(owner:Person)
WHERE p.paidDate >= $from
  AND p.paidDate <= $to
MATCH (b:Person)-[:RECEIVED]->(g)
WHERE owner <> b
  AND NOT EXISTS { MATCH (owner)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(b) }
  AND (owner.householdId IS NULL OR owner.householdId <> b.householdId OR b.householdId IS NULL)
MATCH (o:Person)-[:HANDLED|APPROVED]->(g)
OPTIONAL MATCH (o)-[k:KIN_OF]->(owner)
WHERE $scope IN k.scopes
WITH o, b, owner, a, g, p, k
WHERE owner = o OR k IS NOT NULL
WITH o, b, owner, k, collect(DISTINCT g) AS grants, collect(DISTINCT p) AS payments, collect(DISTINCT a.id) AS accountIds
RETURN [o.id, b.id] + CASE WHEN owner = o THEN [] ELSE [owner.id] END AS subjectIds,
       o.id AS officialId,
       CASE WHEN owner = o THEN null ELSE owner.id END AS relativeId,
       k.path AS kinPath,
       [x IN grants | x.id] AS grantIds,
       [x IN payments | x.id] AS paymentIds,
       [] AS transferIds,
       accountIds,
       [] AS assetIds,
       k.chain AS chain,
       k.termEn AS termEn,
       k.termZh AS termZh,
       k.degree AS degree,
       'Possible withheld payments: ' + toString(size(payments)) + ' payment(s) of ' + b.name + "'s " + grants[0].program
         + ' grant went into an account held by ' + owner.name
         + CASE WHEN owner = o THEN ', the official who handled or approved it' ELSE ', ' + o.name + "'s " + k.termEn + ' (' + k.termZh + '), who handled or approved it' END
         + '. Warrants a check of the mandate and withdrawals.' AS sentence,
       CASE WHEN owner = o THEN 95 ELSE 85 END AS baseScore,
       grants[0].regionCode AS regionCode,
       '疑似截留：' + b.name + '的' + coalesce($programNamesZh[grants[0].program], grants[0].program) + '补助有' + toString(size(payments)) + '笔打入了' + owner.name + '名下的账户，'
         + CASE WHEN owner = o THEN '此人即经办或审批该补助的官员' ELSE '此人是经办或审批该补助的' + o.name + '的' + k.termZh END
         + '。建议核查代领委托及取款记录。' AS sentenceZh
