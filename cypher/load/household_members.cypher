// Members of households with their GB/T 4761-2008 relation to the head, for deriving kinship.
UNWIND $ids AS hid
MATCH (:Household {id: hid})<-[m:MEMBER_OF]-(p:Person)
RETURN hid AS householdId,
       collect({personId: p.id, code: m.relationCode}) AS members
