// Household membership (records.md households): the member's GB/T 4761-2008 relation to the head on MEMBER_OF.
// row: {householdId, personId, relationCode, source}
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (h:Household {id: row.householdId})
MERGE (p)-[m:MEMBER_OF]->(h)
SET m.relationCode = row.relationCode,
    m.source = row.source,
    m.since = row.since
