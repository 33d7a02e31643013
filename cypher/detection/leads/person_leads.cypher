// Leads inside the viewer's regions that involve a person (any role: official, subject, beneficiary...), best
// first, at most $limit, with the persons they involve outside those regions (to cut) and how many there are.
MATCH (:Person {id: $person})<-[:INVOLVES]-(l:Lead)
WITH DISTINCT l
WHERE any(prefix IN $regions WHERE l.regionCode STARTS WITH prefix)
WITH l
ORDER BY l.score DESC, l.id ASC
WITH collect(l) AS leads
UNWIND leads[..$limit] AS l
RETURN size(leads) AS total,
       l {.id, .ruleId, .ruleVersion, .title, .severity, .scope, .score, .priority, .status, .sentence, .sentenceZh, .kinshipTerm,
          .officialId, .regionCode, .reviewer, .reviewReason, reviewedAt: toString(l.reviewedAt),
          updatedAt: toString(l.updatedAt),
          outside: [(l)-[:INVOLVES]->(p:Person) WHERE NOT any(r IN $regions WHERE coalesce(p.regionCode, '') STARTS WITH r)
                    | {id: p.id, name: p.name}]} AS lead
