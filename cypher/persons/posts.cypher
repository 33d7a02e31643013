// Posts a person holds or held (records.md posts), latest first.
MATCH (:Person {id: $id})-[:HOLDS]->(post:Post)
RETURN post.title AS title,
       post.unit AS organisation,
       post.regionCode AS regionCode,
       post.startDate AS startDate,
       post.endDate AS endDate,
       post.programs AS programs
ORDER BY startDate DESC, title
