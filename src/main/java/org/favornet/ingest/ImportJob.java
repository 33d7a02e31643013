package org.favornet.ingest;

import java.time.Instant;

/**
 * The state of one import, as {@code GET /api/imports/jobs/{id}} shows it and as kept on disk.
 *
 * @param state {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param rowsDone rows read so far (all rows when done)
 * @param progress fraction of the file processed, 0..1
 * @param phase {@code validating}, {@code writing}, {@code deriving} or {@code done}
 * @param report the report once done
 * @param error why the import failed (a refused file, an interrupted run)
 * @param owner the user who ran it: only he (and administrators) may see the job and its rejects
 */
public record ImportJob(String id, String kind, String file, boolean strict, String state, long rowsDone,
        double progress, String phase, ImportReport report, String error, Instant startedAt, Instant finishedAt,
        String owner) {

    ImportJob running(LoadProgress p) {
        return new ImportJob(id, kind, file, strict, "RUNNING", p.rowsRead(), p.fraction(), p.phase(), null, null,
                startedAt, null, owner);
    }

    ImportJob done(ImportReport r) {
        return new ImportJob(id, kind, file, strict, "DONE", r.rows(), 1.0, "done", r, null, startedAt, Instant.now(),
                owner);
    }

    ImportJob failed(String why, LoadProgress p) {
        return new ImportJob(id, kind, file, strict, "FAILED", p == null ? rowsDone : p.rowsRead(), progress, phase,
                null, why, startedAt, Instant.now(), owner);
    }
}
