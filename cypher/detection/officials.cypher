// Officials whose jurisdiction overlaps the analysed regions: every Person holding a Post there, with
// the programmes his posts handle (empty list = all) and his jurisdictions.
UNWIND $regions AS prefix
MATCH (post:Post)
WHERE post.regionCode STARTS WITH prefix
   OR prefix STARTS WITH post.regionCode
MATCH (o:Person)-[:HOLDS]->(post)
WITH o, collect(post) AS posts
RETURN o.id AS officialId,
       [p IN posts | coalesce(p.programs, [])] AS programLists,
       [p IN posts | p.regionCode] AS jurisdictions
ORDER BY officialId
