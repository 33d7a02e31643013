// Writes one batch of KIN_OF ties, official -> relative (data-model.md), one per pair.
UNWIND $rows AS row
MATCH (o:Person {id: row.officialId})
MATCH (r:Person {id: row.relativeId})
MERGE (o)-[k:KIN_OF]->(r)
SET k.scopes = row.scopes,
    k.chain = row.chain,
    k.termEn = row.termEn,
    k.termZh = row.termZh,
    k.degree = row.degree,
    k.path = row.path,
    k.provenance = row.provenance,
    k.digest = row.digest
