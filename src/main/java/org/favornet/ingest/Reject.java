package org.favornet.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.favornet.security.Sensitive;
import org.favornet.security.Sensitive.Kind;

/**
 * A rejected row, one entry per problem found in it.
 *
 * @param line physical line where the record starts
 * @param column the column at fault ({@code null} for the row as a whole)
 * @param value the offending value as given
 * @param reason a sentence for the data officer
 * @param raw the row's fields as read, for {@code rejects.csv}
 */
public record Reject(long line, String column, @Sensitive(Kind.SOURCE_TEXT) String value,
        @Sensitive(Kind.SOURCE_TEXT) String reason, @JsonIgnore String[] raw) {}
