// The acquaintance circle of each official of a batch: persons within two hops over KNOWS and the
// derived SHARES_PHONE / SHARES_ADDRESS / SHARES_ACCOUNT ties (FollowTheMoney "Associate"), him excluded.
UNWIND $officialIds AS officialId
MATCH (o:Person {id: officialId})
OPTIONAL MATCH (o)-[:KNOWS|SHARES_PHONE|SHARES_ADDRESS|SHARES_ACCOUNT*1..2]-(c:Person)
WHERE c <> o
RETURN officialId,
       collect(DISTINCT c.id) AS circleIds
