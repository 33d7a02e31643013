// Upserts persons (records.md persons) with their normalised Phone and Address; a later row for the same id updates it.
// row: {id, props (name, gender, ... and x_<column>; null removes), hasPhone, phoneKey, hasAddress, addressKey, addressText}
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p += row.props
WITH p, row
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
