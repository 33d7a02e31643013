// Baseline for the import benchmark: one MERGE per kinship row, relationship type fixed per batch.
UNWIND $rows AS row
MATCH (a:Person {id: row.fromId})
MATCH (b:Person {id: row.toId})
MERGE (a)-[r:NAIVE_TIE {relation: row.relation}]->(b)
