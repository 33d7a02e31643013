// Stored parents of a set of persons, one level up (parent-cycle and two-parent checks walk up level by level).
UNWIND $ids AS id
MATCH (:Person {id: id})<-[:PARENT_OF]-(p:Person)
RETURN id,
       collect(p.id) AS parents
