// Citizen reports (records.md tips) about a person; a later row moves the subject.
// row: {id, subjectId, date, text, channel}
UNWIND $rows AS row
MATCH (s:Person {id: row.subjectId})
MERGE (t:Tip {id: row.id})
SET t.date = row.date,
    t.text = row.text,
    t.channel = row.channel
WITH t, s, row
CALL (t, row) {
  OPTIONAL MATCH (t)-[old:ABOUT]->(x:Person)
  WHERE x.id <> row.subjectId
  DELETE old
}
MERGE (t)-[:ABOUT]->(s)
