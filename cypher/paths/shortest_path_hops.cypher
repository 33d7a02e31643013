// Oracle for benchmarks: the fewest kin, acquaintance or shared-identifier ties between two persons (at most 8), as Cypher's shortestPath finds them.
MATCH (a:Person {id: $from})
MATCH (b:Person {id: $to})
MATCH p = shortestPath((a)-[:PARENT_OF|SPOUSE_OF|SIBLING_OF|KNOWS|SHARES_PHONE|SHARES_ADDRESS|SHARES_ACCOUNT*..8]-(b))
RETURN length(p) AS hops
