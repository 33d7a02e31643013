// GEDCOM couples (FAM HUSB + WIFE) as SPOUSE_OF, one batch; undirected MERGE reuses a tie from another source, provenance added once.
UNWIND $rows AS row
MATCH (a:Person {id: row.husbandId})
MATCH (b:Person {id: row.wifeId})
MERGE (a)-[r:SPOUSE_OF]-(b)
ON CREATE SET r.basis = 'STATED'
SET r.provenance = CASE WHEN row.provenance IN coalesce(r.provenance, []) THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END
RETURN count(r) AS written
