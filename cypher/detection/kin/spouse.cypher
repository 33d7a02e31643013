// Fallback kin of officials, spouse family (Sp): current spouses (no end date). Used only while no
// KinshipQueries bean is present. Returns one row per walk; Java keeps the closest per relative.
UNWIND $officialIds AS officialId
MATCH (o:Person {id: officialId})
MATCH path = (o)-[t:SPOUSE_OF]-(r:Person)
WHERE t.endDate IS NULL
RETURN officialId, r.id AS relativeId, r.gender AS gender, 'Sp' AS chain,
       [n IN nodes(path) | n.id] AS personIds,
       reduce(acc = [], x IN relationships(path) | acc + coalesce(x.provenance, [])) AS provenance
