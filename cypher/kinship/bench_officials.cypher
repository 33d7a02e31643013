// Benchmark input: persons holding a post (officials), at most $limit.
MATCH (p:Person)-[:HOLDS]->(:Post)
RETURN DISTINCT p.id AS id
LIMIT $limit
