// Synthetic county for benchmarks: one batch of persons.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name,
    p.gender = row.gender,
    p.birthDate = date(row.birthDate),
    p.regionCode = row.regionCode,
    p.source = 'synthetic'
