// Person search by key, inside the viewer's region prefixes: person ids (a full resident ID, the id a ref names),
// a normalised phone number, an account number, the last digits of a person id (the text index person_id_text
// serves ENDS WITH). A null parameter matches nothing. Ranked in that order, then by name and id.
CALL () {
  MATCH (p:Person)
  WHERE p.id IN $ids
  RETURN p, 0 AS rank
  UNION
  MATCH (:Phone {number: $phone})<-[:HAS_PHONE]-(p:Person)
  RETURN p, 1 AS rank
  UNION
  MATCH (:Account {id: $account})<-[:OWNS]-(p:Person)
  RETURN p, 2 AS rank
  UNION
  MATCH (p:Person)
  USING TEXT INDEX p:Person(id)
  WHERE p.id ENDS WITH $suffix
  RETURN p, 3 AS rank
}
WITH p, min(rank) AS rank
WHERE any(prefix IN $regions WHERE coalesce(p.regionCode, '') STARTS WITH prefix)
WITH p, rank
ORDER BY rank, p.name, p.id
WITH collect(p.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS ids
