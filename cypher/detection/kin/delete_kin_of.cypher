// Removes the KIN_OF ties of a batch of officials before they are written afresh (data may have changed).
UNWIND $officialIds AS officialId
MATCH (:Person {id: officialId})-[k:KIN_OF]->()
DELETE k
