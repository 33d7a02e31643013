// Posts held by officials (records.md posts); the key is person_id|post|unit|region_code|start_date.
// row: {id, personId, title, unit, regionCode, startDate, endDate, programs}
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (post:Post {id: row.id})
SET post.title = row.title,
    post.unit = row.unit,
    post.regionCode = row.regionCode,
    post.startDate = row.startDate,
    post.endDate = row.endDate,
    post.programs = row.programs
MERGE (p)-[:HOLDS]->(post)
