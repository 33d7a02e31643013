package org.favornet.ingest;

import java.util.List;

/**
 * What one file's import did, for the data officer.
 *
 * @param id the import's id (rejects download at {@code /api/imports/jobs/<id>/rejects.csv}); {@code null} from the CLI
 * @param kind record kind
 * @param file file name
 * @param encoding {@code UTF-8}, {@code UTF-8 (BOM)} or {@code GB18030}
 * @param strict whether any invalid row kept the whole file out
 * @param rows data rows read (header excluded)
 * @param accepted rows written
 * @param rejected rows not written
 * @param warnings file-level notes: ignored columns, shared phones above the cap, skipped household ties
 * @param rejects the problems of rejected rows, one entry per problem, the first {@code reportRejects} of them
 * @param rejectsTruncated true when more problems are in {@code rejects.csv} than listed here
 * @param derivedTies kinship and shared-phone/address/account ties derived after the load
 * @param durationMs wall time
 */
public record ImportReport(String id, String kind, String file, String encoding, boolean strict, long rows,
        long accepted, long rejected, List<String> warnings, List<Reject> rejects, boolean rejectsTruncated,
        long derivedTies, long durationMs) {

    ImportReport withId(String newId) {
        return new ImportReport(newId, kind, file, encoding, strict, rows, accepted, rejected, warnings, rejects,
                rejectsTruncated, derivedTies, durationMs);
    }
}
