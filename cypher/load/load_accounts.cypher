// Bank and 一卡通 accounts (records.md accounts) and their holder; a later row moves the ownership.
// row: {id, ownerId, bank, openedDate}
UNWIND $rows AS row
MATCH (o:Person {id: row.ownerId})
MERGE (a:Account {id: row.id})
SET a.bank = row.bank,
    a.openedDate = row.openedDate
WITH a, o, row
CALL (a, row) {
  OPTIONAL MATCH (a)<-[old:OWNS]-(x:Person)
  WHERE x.id <> row.ownerId
  DELETE old
}
MERGE (o)-[:OWNS]->(a)
