// GEDCOM parent-child ties (FAM HUSB/WIFE -> CHIL), one batch; the FAM provenance is added once, so a re-import changes nothing.
UNWIND $rows AS row
MATCH (parent:Person {id: row.parentId})
MATCH (child:Person {id: row.childId})
MERGE (parent)-[r:PARENT_OF]->(child)
SET r.kind = row.kind,
    r.basis = 'STATED',
    r.provenance = CASE WHEN row.provenance IN coalesce(r.provenance, []) THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END
RETURN count(r) AS written
