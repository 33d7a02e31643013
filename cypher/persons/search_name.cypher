// Person search by name, full or partial, in any script (the text index person_name_text serves CONTAINS), or by a
// plain person id; inside the viewer's region prefixes. Ranked: that id, the exact name, names starting with the
// text, names containing it; then shorter names first, then name and id. Returns the total and one page of ids.
CALL () {
  MATCH (p:Person {id: $q})
  RETURN p, 0 AS rank
  UNION
  MATCH (p:Person)
  USING TEXT INDEX p:Person(name)
  WHERE p.name CONTAINS $q
  RETURN p, CASE WHEN p.name = $q THEN 1 WHEN p.name STARTS WITH $q THEN 2 ELSE 3 END AS rank
}
WITH p, min(rank) AS rank
WHERE any(prefix IN $regions WHERE coalesce(p.regionCode, '') STARTS WITH prefix)
WITH p, rank
ORDER BY rank, size(coalesce(p.name, '')), p.name, p.id
WITH collect(p.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS ids
