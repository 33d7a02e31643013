// Derived SHARES_ADDRESS ties (docs/data-model.md), lower id first; provenance only gains distinct values.
// row: {a, b, provenance}
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MERGE (a)-[r:SHARES_ADDRESS]->(b)
SET r.derived = true,
    r.provenance = CASE WHEN row.provenance IN coalesce(r.provenance, []) THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END
