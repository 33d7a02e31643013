// Kin ties in record direction (parent to child), with the records that make each; spouse and sibling ties are read undirected by the projection.
MATCH (a:Person)-[r:PARENT_OF|SPOUSE_OF|SIBLING_OF]->(b:Person)
RETURN a.id AS a,
       b.id AS b,
       type(r) AS type,
       r.kind AS subtype,
       CASE WHEN r.provenance IS NULL THEN []
            WHEN valueType(r.provenance) STARTS WITH 'LIST' THEN r.provenance
            ELSE [r.provenance] END AS provenance
