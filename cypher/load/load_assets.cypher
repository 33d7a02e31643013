// Assets for eligibility cross-checks (records.md assets) and their owner; a later row moves the ownership.
// row: {id, ownerId, kind, value, registeredDate}
UNWIND $rows AS row
MATCH (o:Person {id: row.ownerId})
MERGE (a:Asset {id: row.id})
SET a.kind = row.kind,
    a.value = row.value,
    a.registeredDate = row.registeredDate
WITH a, o, row
CALL (a, row) {
  OPTIONAL MATCH (a)<-[old:OWNS]-(x:Person)
  WHERE x.id <> row.ownerId
  DELETE old
}
MERGE (o)-[:OWNS]->(a)
