// Ties of the community graph (red flag 11): kinship, acquaintance and shared identifiers leaving the
// persons of the analysed regions, each tie once (stored direction).
UNWIND $regions AS prefix
MATCH (a:Person)
WHERE a.regionCode STARTS WITH prefix
MATCH (a)-[:PARENT_OF|SPOUSE_OF|SIBLING_OF|KNOWS|SHARES_PHONE|SHARES_ADDRESS|SHARES_ACCOUNT]->(b:Person)
RETURN a.id AS a,
       b.id AS b
