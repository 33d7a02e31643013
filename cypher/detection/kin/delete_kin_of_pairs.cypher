// Removes the KIN_OF ties of these (official, relative) pairs.
UNWIND $pairs AS pair
MATCH (:Person {id: pair.officialId})-[k:KIN_OF]->(:Person {id: pair.relativeId})
DELETE k
