// Benchmark baseline: every kin walk of up to 6 ties between two persons, by a variable-length pattern (what the in-memory search replaces).
MATCH (a:Person {id: $a})
MATCH (b:Person {id: $b})
MATCH p = (a)-[:PARENT_OF|SPOUSE_OF|SIBLING_OF*1..6]-(b)
RETURN [r IN relationships(p) | type(r)] AS types,
       [n IN nodes(p) | n.id] AS ids
LIMIT $limit
