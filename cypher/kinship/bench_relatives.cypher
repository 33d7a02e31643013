// Benchmark baseline: the kin neighbourhood of one person up to 5 ties (the raw material of a recusal report), by a variable-length pattern.
MATCH p = (a:Person {id: $id})-[:PARENT_OF|SPOUSE_OF|SIBLING_OF*1..5]-(b:Person)
WHERE b <> a
RETURN b.id AS id,
       [r IN relationships(p) | type(r)] AS types
LIMIT $limit
