// Every person with what the projection keeps: region (scope checks), gender and birth year (kin terms).
MATCH (p:Person)
RETURN p.id AS id,
       p.regionCode AS regionCode,
       p.gender AS gender,
       p.birthDate.year AS birthYear
