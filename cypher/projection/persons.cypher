// Every person with what the projection keeps: name (answers), region (scope checks), gender and birth year (kin terms).
MATCH (p:Person)
RETURN p.id AS id,
       p.name AS name,
       p.regionCode AS regionCode,
       p.gender AS gender,
       p.birthDate.year AS birthYear
