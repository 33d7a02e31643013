// Benchmark only (bench-import): persons in the graph, to refuse a store that holds real data.
MATCH (p:Person)
RETURN count(p) AS persons
