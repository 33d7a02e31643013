// The region of a lead, to decide whether the viewer may see it.
MATCH (l:Lead {id: $id})
RETURN l.regionCode AS regionCode
