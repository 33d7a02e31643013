// Regions of the keys a batch refers to or writes, for an importer limited to some regions (rows outside them are rejected).
// Each entry is [id, region]: a person's regionCode, a grant's (else its beneficiary's), an account owner's; '' when none, null when the key is unknown.
CALL () {
  UNWIND $persons AS id
  OPTIONAL MATCH (p:Person {id: id})
  RETURN collect([id, CASE WHEN p IS NULL THEN null ELSE coalesce(p.regionCode, '') END]) AS persons
}
CALL () {
  UNWIND $grants AS id
  OPTIONAL MATCH (g:Grant {id: id})
  OPTIONAL MATCH (b:Person)-[:RECEIVED]->(g)
  WITH id, g, head(collect(b.regionCode)) AS beneficiaryRegion
  RETURN collect([id, CASE WHEN g IS NULL THEN null ELSE coalesce(g.regionCode, beneficiaryRegion, '') END]) AS grants
}
CALL () {
  UNWIND $accounts AS id
  OPTIONAL MATCH (a:Account {id: id})
  OPTIONAL MATCH (o:Person)-[:OWNS]->(a)
  WITH id, a, head(collect(o.regionCode)) AS ownerRegion
  RETURN collect([id, CASE WHEN a IS NULL THEN null ELSE coalesce(ownerRegion, '') END]) AS accounts
}
RETURN persons,
       grants,
       accounts
