// The KIN_OF ties stored for these officials, with the digest of what they hold (null when written
// before digests existed), so materialisation writes only what changed.
UNWIND $officialIds AS officialId
MATCH (:Person {id: officialId})-[k:KIN_OF]->(r:Person)
RETURN officialId,
       r.id AS relativeId,
       k.digest AS digest
