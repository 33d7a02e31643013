// Records the progress of an analysis run: status, progress (0-1), stage timings (JSON), peak heap.
MATCH (a:Analysis {id: $id})
SET a.status = $status,
    a.progress = $progress,
    a.stage = $stage,
    a.stages = $stages,
    a.peakHeapBytes = $peakHeapBytes,
    a.leadCount = $leadCount,
    a.error = $error,
    a.startedAt = coalesce(a.startedAt, CASE WHEN $status = 'RUNNING' THEN datetime() END),
    a.finishedAt = CASE WHEN $status IN ['DONE', 'FAILED'] THEN datetime() ELSE a.finishedAt END
RETURN a.id AS id
