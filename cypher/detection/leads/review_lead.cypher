// Records a review decision on a lead: status, reason, reviewer and time.
MATCH (l:Lead {id: $id})
SET l.status = $status,
    l.reviewReason = $reason,
    l.reviewer = $reviewer,
    l.reviewedAt = datetime()
RETURN l.id AS id
