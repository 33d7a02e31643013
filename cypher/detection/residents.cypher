// Living residents (no death date) registered under each jurisdiction prefix: the population of the
// resident-based concentration test (red flag 3).
UNWIND $prefixes AS prefix
MATCH (p:Person)
WHERE p.regionCode STARTS WITH prefix
  AND p.deathDate IS NULL
RETURN prefix,
       count(p) AS residents
