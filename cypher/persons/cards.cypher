// Person cards (search results, profiles, household members, relatives) for $ids; unknown ids are skipped.
// Roles: OFFICIAL (holds a post, or handled or approved a grant), BENEFICIARY (received a grant).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id,
       p.name AS name,
       p.gender AS gender,
       coalesce(p.birthDate.year, p.birthYear) AS birthYear,
       p.address AS address,
       p.regionCode AS regionCode,
       coalesce(p.householdId, head([(p)-[:MEMBER_OF]->(h:Household) | h.id])) AS householdId,
       [role IN [CASE WHEN EXISTS { (p)-[:HOLDS]->(:Post) } OR EXISTS { (p)-[:HANDLED|APPROVED]->(:Grant) }
                      THEN 'OFFICIAL' END,
                 CASE WHEN EXISTS { (p)-[:RECEIVED]->(:Grant) } THEN 'BENEFICIARY' END]
        WHERE role IS NOT NULL] AS roles
