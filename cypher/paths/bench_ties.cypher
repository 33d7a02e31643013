// Synthetic county for benchmarks: one batch of ties; row.type picks the relationship type (one FOREACH per type, as types cannot be parameters).
UNWIND $rows AS row
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
FOREACH (_ IN CASE WHEN row.type = 'SPOUSE_OF' THEN [1] ELSE [] END | MERGE (a)-[r:SPOUSE_OF]->(b) SET r.basis = 'STATED', r.provenance = [row.provenance])
FOREACH (_ IN CASE WHEN row.type = 'PARENT_OF' THEN [1] ELSE [] END | MERGE (a)-[r:PARENT_OF]->(b) SET r.kind = 'BIRTH', r.basis = 'STATED', r.provenance = [row.provenance])
FOREACH (_ IN CASE WHEN row.type = 'SIBLING_OF' THEN [1] ELSE [] END | MERGE (a)-[r:SIBLING_OF]->(b) SET r.basis = 'STATED', r.provenance = [row.provenance])
FOREACH (_ IN CASE WHEN row.type = 'KNOWS' THEN [1] ELSE [] END | MERGE (a)-[r:KNOWS]->(b) SET r.kind = row.kind, r.source = row.provenance)
FOREACH (_ IN CASE WHEN row.type = 'SHARES_PHONE' THEN [1] ELSE [] END | MERGE (a)-[r:SHARES_PHONE]->(b) SET r.provenance = row.provenance, r.derived = true)
FOREACH (_ IN CASE WHEN row.type = 'SHARES_ADDRESS' THEN [1] ELSE [] END | MERGE (a)-[r:SHARES_ADDRESS]->(b) SET r.provenance = row.provenance, r.derived = true)
