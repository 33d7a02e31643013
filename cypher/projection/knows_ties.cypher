// Acquaintance ties with their kind (colleague, classmate, ...) and the source that reported each.
MATCH (a:Person)-[r:KNOWS]->(b:Person)
RETURN a.id AS a,
       b.id AS b,
       'KNOWS' AS type,
       r.kind AS subtype,
       [coalesce(r.source, 'knows')] AS provenance
