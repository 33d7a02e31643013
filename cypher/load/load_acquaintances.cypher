// Acquaintance ties (records.md acquaintances): one KNOWS per pair and kind (colleagues may also be classmates).
// row: {fromId, toId (lower id first), kind, source, since}
UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
MERGE (a)-[r:KNOWS {kind: row.kind}]-(b)
SET r.source = row.source,
    r.since = row.since
