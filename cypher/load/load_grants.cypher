// Benefit decisions (records.md grants) with their beneficiary and officials; a later row moves the ties.
// row: {id, program, beneficiaryId, amount, regionCode, appliedDate, approvedDate, handledBy, approvedBy, declaredRelative, endDate}
UNWIND $rows AS row
MATCH (b:Person {id: row.beneficiaryId})
MERGE (g:Grant {id: row.id})
SET g.program = row.program,
    g.amount = row.amount,
    g.regionCode = row.regionCode,
    g.appliedDate = row.appliedDate,
    g.approvedDate = row.approvedDate,
    g.declaredRelative = row.declaredRelative,
    g.endDate = row.endDate
WITH g, b, row
CALL (g, row) {
  OPTIONAL MATCH (g)<-[old:RECEIVED]-(x:Person)
  WHERE x.id <> row.beneficiaryId
  DELETE old
}
CALL (g, row) {
  OPTIONAL MATCH (g)<-[old:HANDLED]-(x:Person)
  WHERE row.handledBy IS NULL OR x.id <> row.handledBy
  DELETE old
}
CALL (g, row) {
  OPTIONAL MATCH (g)<-[old:APPROVED]-(x:Person)
  WHERE row.approvedBy IS NULL OR x.id <> row.approvedBy
  DELETE old
}
MERGE (b)-[:RECEIVED]->(g)
WITH g, row
CALL (g, row) {
  MATCH (h:Person {id: row.handledBy})
  MERGE (h)-[:HANDLED]->(g)
}
CALL (g, row) {
  MATCH (a:Person {id: row.approvedBy})
  MERGE (a)-[:APPROVED]->(g)
}
