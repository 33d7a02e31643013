// Records a review decision on a lead: status, reason, reviewer and time on the lead (the latest), and
// the same as one more Review in its history (never changed, never deleted with a re-analysis).
MATCH (l:Lead {id: $id})
WITH l, datetime() AS now
SET l.status = $status,
    l.reviewReason = $reason,
    l.reviewer = $reviewer,
    l.reviewedAt = now
CREATE (l)-[:REVIEWED]->(:Review {status: $status, reason: $reason, reviewer: $reviewer, at: now})
RETURN l.id AS id
