// Bank transfers between accounts (records.md transfers); a later row moves the ties.
// row: {id, fromAccount, toAccount, amount, date}
UNWIND $rows AS row
MATCH (s:Account {id: row.fromAccount})
MATCH (r:Account {id: row.toAccount})
MERGE (t:Transfer {id: row.id})
SET t.amount = row.amount,
    t.date = row.date
WITH t, s, r, row
CALL (t, row) {
  OPTIONAL MATCH (t)<-[old:SENT]-(x:Account)
  WHERE x.id <> row.fromAccount
  DELETE old
}
CALL (t, row) {
  OPTIONAL MATCH (t)-[old:TO]->(x:Account)
  WHERE x.id <> row.toAccount
  DELETE old
}
MERGE (s)-[:SENT]->(t)
MERGE (t)-[:TO]->(r)
