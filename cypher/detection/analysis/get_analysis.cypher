// One analysis run with its progress and stage timings.
MATCH (a:Analysis {id: $id})
RETURN a {.id, .status, .progress, .stage, .stages, .params, .regions, .requestedBy, .peakHeapBytes, .leadCount, .error,
          createdAt: toString(a.createdAt), startedAt: toString(a.startedAt), finishedAt: toString(a.finishedAt)} AS analysis
