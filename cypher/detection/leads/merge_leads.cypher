// Writes a batch of leads, MERGE on key (rule id + sorted subject ids): a re-run updates the finding
// and its links but never the review (status, reviewer, reason) nor the id or creation time.
UNWIND $rows AS row
MERGE (l:Lead {key: row.key})
ON CREATE SET l.id = row.id,
              l.status = 'OPEN',
              l.createdAt = datetime(),
              l.priority = row.score
SET l.ruleId = row.ruleId,
    l.ruleVersion = row.ruleVersion,
    l.title = row.title,
    l.severity = row.severity,
    l.scope = row.scope,
    l.score = row.score,
    l.evidence = row.evidence,
    l.sentence = row.sentence,
    l.sentenceZh = row.sentenceZh,
    l.kinshipTerm = row.kinshipTerm,
    l.officialId = row.officialId,
    l.regionCode = row.regionCode,
    l.analysisId = row.analysisId,
    l.updatedAt = datetime()
WITH l, row
CALL {
  WITH l
  MATCH (l)-[x:INVOLVES]->()
  WHERE x.role <> 'TIP'
  DELETE x
}
CALL {
  WITH l, row
  UNWIND row.persons AS p
  MATCH (n:Person {id: p.id})
  MERGE (l)-[:INVOLVES {role: p.role}]->(n)
}
CALL {
  WITH l, row
  UNWIND row.grantIds AS id
  MATCH (n:Grant {id: id})
  MERGE (l)-[:INVOLVES {role: 'GRANT'}]->(n)
}
CALL {
  WITH l, row
  UNWIND row.paymentIds AS id
  MATCH (n:Payment {id: id})
  MERGE (l)-[:INVOLVES {role: 'PAYMENT'}]->(n)
}
CALL {
  WITH l, row
  UNWIND row.transferIds AS id
  MATCH (n:Transfer {id: id})
  MERGE (l)-[:INVOLVES {role: 'TRANSFER'}]->(n)
}
CALL {
  WITH l, row
  UNWIND row.accountIds AS id
  MATCH (n:Account {id: id})
  MERGE (l)-[:INVOLVES {role: 'ACCOUNT'}]->(n)
}
CALL {
  WITH l, row
  UNWIND row.assetIds AS id
  MATCH (n:Asset {id: id})
  MERGE (l)-[:INVOLVES {role: 'ASSET'}]->(n)
}
RETURN count(l) AS written
