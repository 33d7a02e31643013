// After a large write: resample the indexes whose statistics went stale and drop cached plans, so the
// next file's queries are planned on the graph as it now is (a plan made while a label was nearly
// empty kept scanning where it should seek: payments of the 100k county 91 s instead of 15 s).
CALL db.prepareForReplanning($timeoutSeconds)
