// Persons per normalised phone number, for SHARES_PHONE ties.
UNWIND $keys AS key
MATCH (:Phone {number: key})<-[:HAS_PHONE]-(p:Person)
RETURN key,
       collect(p.id) AS persons
