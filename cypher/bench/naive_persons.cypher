// Baseline for the import benchmark: the obvious one-thread loader, one MERGE per person, no validation.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name,
    p.regionCode = row.regionCode
