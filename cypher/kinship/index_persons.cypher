// Every person with what kinship naming needs (sex, birth, region), streamed once to build the in-memory kin index.
MATCH (p:Person)
RETURN p.id AS id,
       p.name AS name,
       p.gender AS gender,
       p.birthDate AS birthDate,
       p.birthYear AS birthYear,
       p.regionCode AS regionCode
