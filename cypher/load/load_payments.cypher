// Disbursements of a grant into an account (records.md payments); a later row moves the ties.
// row: {id, grantId, accountId, amount, paidDate}
UNWIND $rows AS row
MATCH (g:Grant {id: row.grantId})
MATCH (a:Account {id: row.accountId})
MERGE (p:Payment {id: row.id})
SET p.amount = row.amount,
    p.paidDate = row.paidDate
WITH p, g, a, row
CALL (p, row) {
  OPTIONAL MATCH (p)<-[old:DISBURSED]-(x:Grant)
  WHERE x.id <> row.grantId
  DELETE old
}
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:INTO]->(x:Account)
  WHERE x.id <> row.accountId
  DELETE old
}
MERGE (g)-[:DISBURSED]->(p)
MERGE (p)-[:INTO]->(a)
