// Registers a queued analysis run.
CREATE (a:Analysis {id: $id})
SET a.status = 'QUEUED',
    a.progress = 0.0,
    a.params = $params,
    a.regions = $regions,
    a.requestedBy = $requestedBy,
    a.createdAt = datetime()
RETURN a.id AS id
