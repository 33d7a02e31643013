// Kinship ties (records.md kinship, and ties derived from households): one tie per pair and type.
// Stated beats inferred, a known kind beats UNKNOWN, provenance only gains distinct values, so reloading changes nothing.
// row: {relation, fromId, toId (lower id first for undirected types), kind, basis, provenance, startDate, endDate}
UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
FOREACH (_ IN CASE WHEN row.relation = 'PARENT_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARENT_OF]->(b)
  SET r.kind = CASE WHEN r.kind IS NULL OR r.kind = 'UNKNOWN' THEN row.kind ELSE r.kind END,
      r.basis = CASE WHEN r.basis = 'STATED' OR row.basis = 'STATED' THEN 'STATED' ELSE 'INFERRED' END,
      r.provenance = CASE WHEN row.provenance IN coalesce(r.provenance, []) THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END,
      r.startDate = coalesce(row.startDate, r.startDate),
      r.endDate = coalesce(row.endDate, r.endDate)
)
FOREACH (_ IN CASE WHEN row.relation = 'SPOUSE_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:SPOUSE_OF]-(b)
  SET r.basis = CASE WHEN r.basis = 'STATED' OR row.basis = 'STATED' THEN 'STATED' ELSE 'INFERRED' END,
      r.provenance = CASE WHEN row.provenance IN coalesce(r.provenance, []) THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END,
      r.startDate = coalesce(row.startDate, r.startDate),
      r.endDate = coalesce(row.endDate, r.endDate)
)
FOREACH (_ IN CASE WHEN row.relation = 'SIBLING_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:SIBLING_OF]-(b)
  SET r.basis = CASE WHEN r.basis = 'STATED' OR row.basis = 'STATED' THEN 'STATED' ELSE 'INFERRED' END,
      r.provenance = CASE WHEN row.provenance IN coalesce(r.provenance, []) THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END
)
