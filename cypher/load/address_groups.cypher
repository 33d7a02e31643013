// Persons per normalised address, for SHARES_ADDRESS ties.
UNWIND $keys AS key
MATCH (:Address {key: key})<-[:LIVES_AT]-(p:Person)
RETURN key,
       collect(p.id) AS persons
