// Acquaintance ties with their kind (colleague, classmate, ...).
MATCH (a:Person)-[r:KNOWS]->(b:Person)
RETURN a.id AS a,
       b.id AS b,
       'KNOWS' AS type,
       r.kind AS subtype
