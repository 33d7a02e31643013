// Links persons to their normalised Phone and Address (same transaction as load_persons.cypher); a changed value moves the link.
// row: as load_persons.cypher; rows of files without phone and address columns are skipped.
UNWIND $rows AS row
WITH row
WHERE row.hasPhone OR row.hasAddress
MATCH (p:Person {id: row.id})
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:HAS_PHONE]->(o:Phone)
  WHERE row.hasPhone AND (row.phoneKey IS NULL OR o.number <> row.phoneKey)
  DELETE old
}
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:LIVES_AT]->(o:Address)
  WHERE row.hasAddress AND (row.addressKey IS NULL OR o.key <> row.addressKey)
  DELETE old
}
FOREACH (number IN CASE WHEN row.phoneKey IS NULL THEN [] ELSE [row.phoneKey] END |
  MERGE (ph:Phone {number: number})
  MERGE (p)-[:HAS_PHONE]->(ph)
)
FOREACH (key IN CASE WHEN row.addressKey IS NULL THEN [] ELSE [row.addressKey] END |
  MERGE (a:Address {key: key})
  ON CREATE SET a.text = row.addressText
  MERGE (p)-[:LIVES_AT]->(a)
)
