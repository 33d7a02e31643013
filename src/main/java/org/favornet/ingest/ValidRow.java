package org.favornet.ingest;

import java.util.List;
import java.util.Map;

/**
 * A row that passed the checks that need no database, as typed parameters for its load query.
 * Independent of the writer, so an offline bulk path can reuse it.
 *
 * @param line physical line where the record starts
 * @param key the record's key (partitions rows so one key stays on one writer, in file order)
 * @param params parameters of one {@code row} of the load query (dates as {@code LocalDate})
 * @param refs references to check against the graph and the earlier rows of the load
 * @param raw the fields as read
 * @param own the region the row itself writes (persons, posts, grants), for region-scoped imports; {@code null} for other kinds
 */
public record ValidRow(long line, String key, Map<String, Object> params, List<Ref> refs, String[] raw, Own own) {

    public ValidRow(long line, String key, Map<String, Object> params, List<Ref> refs, String[] raw) {
        this(line, key, params, refs, raw, null);
    }

    /**
     * The region a row writes: its region column's value ({@code null} when empty) and, for a person,
     * his id (the stored person of that id must lie in the importer's regions too).
     */
    public record Own(String column, String regionCode, String personId) {}

    /** What a reference points at. */
    public enum Target {
        PERSON("person"), GRANT("grant"), ACCOUNT("account");

        final String noun;

        Target(String noun) {
            this.noun = noun;
        }
    }

    /** A reference from a column to a key of another record. */
    public record Ref(String column, Target target, String id) {}
}
