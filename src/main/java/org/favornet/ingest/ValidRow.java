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
 */
public record ValidRow(long line, String key, Map<String, Object> params, List<Ref> refs, String[] raw) {

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
