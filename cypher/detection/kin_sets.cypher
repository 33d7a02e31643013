// The relatives in $scope of each official of a batch, from the materialised KIN_OF ties.
UNWIND $officialIds AS officialId
MATCH (o:Person {id: officialId})
RETURN officialId,
       [(o)-[k:KIN_OF]->(r:Person) WHERE $scope IN k.scopes | r.id] AS relativeIds
