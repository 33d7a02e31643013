// GEDCOM individuals as persons, one batch of rows; MERGE on the id (<file>:<xref>) so a re-import changes nothing.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name,
    p.gender = row.gender,
    p.birthDate = CASE WHEN row.birthDate IS NULL THEN null ELSE date(row.birthDate) END,
    p.birthYear = row.birthYear,
    p.deathDate = CASE WHEN row.deathDate IS NULL THEN null ELSE date(row.deathDate) END,
    p.deathYear = row.deathYear,
    p.source = row.source
RETURN count(p) AS written
