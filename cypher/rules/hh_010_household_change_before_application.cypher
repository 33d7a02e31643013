// id: hh_010
// version: 3
// title: Household moved or split shortly before an application, into or out of an official's family
// severity: MEDIUM
// scope: relation
// sources: grants, households (MEMBER_OF.since), kinship, posts
// description: A discretionary grant whose beneficiary's household changed shortly before the
//   application (appliedDate, else approvedDate), into or out of an official's family. A change is
//   either dated (a member, the beneficiary included, joined the household within $moveDays days
//   before: MEMBER_OF.since, from the households file's optional since column) or an open split (the
//   beneficiary heads a household while the registry still lists him in another one: the date is not
//   on file, the registry change record has it). It touches an official's family when the
//   beneficiary or the member who moved is a relative in $scope of an official who handled or
//   approved the grant, or when the member who moved is still listed in a household that holds an
//   official (split out of, or moved in from, the official's household). Entitlement programmes left out.
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
// a separate MATCH: the member who moved may be the beneficiary himself (the same MEMBER_OF tie)
MATCH (h)<-[mm:MEMBER_OF]-(m:Person)
WITH g, b, h, m, mm, coalesce(g.appliedDate, g.approvedDate) AS applied
WHERE (mm.since IS NOT NULL AND mm.since <= applied AND mm.since >= applied - duration({days: $moveDays}))
   OR (m = b AND mm.since IS NULL AND mm.relationCode IN ['0', '01', '02']
       AND EXISTS { MATCH (b)-[:MEMBER_OF]->(other:Household) WHERE other <> h })
WITH DISTINCT g, b, h, m, mm
CALL {
  // the beneficiary or the member who moved is a relative of the official who handled or approved it;
  // both ends bound, so KIN_OF is looked up between them, never fanned out
  WITH g, b, m
  MATCH (o:Person)-[:HANDLED|APPROVED]->(g)
  OPTIONAL MATCH (o)-[kb:KIN_OF]->(b)
  WHERE $scope IN kb.scopes
  OPTIONAL MATCH (o)-[km:KIN_OF]->(m)
  WHERE $scope IN km.scopes
  WITH o, b, m, kb, km
  WHERE kb IS NOT NULL OR km IS NOT NULL
  RETURN o, CASE WHEN kb IS NULL THEN m ELSE b END AS r, coalesce(kb, km) AS k, null AS former
  UNION
  // the member who moved is still listed in a household that holds an official
  WITH h, m
  MATCH (m)-[:MEMBER_OF]->(former:Household)<-[:MEMBER_OF]-(o:Person)-[:HOLDS]->(:Post)
  WHERE former <> h
    AND o <> m
  OPTIONAL MATCH (o)-[k:KIN_OF]->(m)
  WHERE $scope IN k.scopes
  RETURN DISTINCT o, m AS r, k, former
}
WITH DISTINCT o, b, m, mm, r, k, former, g, h
ORDER BY coalesce(k.degree, 99) ASC, mm.since DESC
WITH o, b, collect(DISTINCT g) AS grants, collect(m)[0] AS m, collect(mm)[0] AS mm, collect(r)[0] AS r, collect(k)[0] AS k,
     collect(h)[0] AS h, collect(former)[0] AS former
WITH o, b, m, mm, r, k, h, former, grants,
     CASE WHEN mm.since IS NULL THEN null
          ELSE duration.inDays(mm.since, coalesce(grants[0].appliedDate, grants[0].approvedDate)).days END AS days
RETURN reduce(s = [o.id, b.id], x IN [m.id, r.id] | CASE WHEN x IN s THEN s ELSE s + x END) AS subjectIds,
       o.id AS officialId,
       CASE WHEN r = o THEN null ELSE r.id END AS relativeId,
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
       'Possible household split before an application: ' + m.name
         + CASE WHEN mm.since IS NULL
                THEN ' heads household ' + h.id + ' while the registry still lists ' + CASE WHEN m.gender = 'F' THEN 'her' ELSE 'him' END
                     + ' in household ' + coalesce(former.id, '(another)') + ' (date of the split not on file)'
                ELSE ' joined household ' + h.id + ' on ' + toString(mm.since) + ', ' + toString(days) + ' days'
           END
         + ' before ' + b.name + "'s " + grants[0].program + ' application; '
         + CASE WHEN former IS NOT NULL
                THEN 'household ' + former.id + ' holds the official ' + o.name
                     + CASE WHEN k IS NULL THEN '' ELSE ', whose ' + k.termEn + ' (' + k.termZh + ') ' + m.name + ' is' END
                ELSE 'the grant was handled or approved by ' + o.name + ', whose ' + k.termEn + ' (' + k.termZh + ') ' + r.name + ' is'
           END
         + '. Warrants a check of the registry change record.' AS sentence,
       60 + CASE WHEN days IS NOT NULL AND days <= 60 THEN 10 ELSE 0 END + CASE WHEN former IS NOT NULL THEN 5 ELSE 0 END AS baseScore,
       grants[0].regionCode AS regionCode,
       '疑似申请前分户：' + m.name
         + CASE WHEN mm.since IS NULL
                THEN '为户' + h.id + '的户主，而户籍仍将其登记在户' + coalesce(former.id, '（另一户）') + '（分户日期未登记），时在'
                ELSE '于' + toString(mm.since) + '迁入户' + h.id + '，时在'
           END
         + b.name + '申请' + coalesce($programNamesZh[grants[0].program], grants[0].program) + CASE WHEN mm.since IS NULL THEN '之前' ELSE '的' + toString(days) + '天前' END + '；'
         + CASE WHEN former IS NOT NULL
                THEN '户' + former.id + '中有官员' + o.name
                     + CASE WHEN k IS NULL THEN '' ELSE '，' + m.name + '是其' + k.termZh END
                ELSE '该补助由' + o.name + '经办或审批，' + r.name + '是其' + k.termZh
           END
         + '。建议核查户籍变更记录。' AS sentenceZh
