package org.favornet.ingest;

import java.util.Locale;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * A database failure in words a data officer can act on. Neo4j's own messages name indexes,
 * internal element ids and store details; they go to the log, never to a report or a response.
 */
final class WriteFailure {

    private WriteFailure() {}

    /** True when the rows themselves caused the failure (splitting the batch can isolate them). */
    static boolean causedByRows(Throwable e) {
        return e instanceof Neo4jException && !(e instanceof ServiceUnavailableException)
                && !(e instanceof SessionExpiredException) && !(e instanceof TransientException)
                && !reason(e).contains("time limit") && !reason(e).contains("memory");
    }

    /** A sentence for the report: what went wrong, without the database's internals. */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String code = e instanceof Neo4jException n && n.code() != null ? n.code() : "";
        if (message.contains("too large to index")) {
            return "a value is too long for the database to index (at most " + FieldLimits.INDEX_KEY_BYTES
                    + " bytes in UTF-8)";
        }
        if (code.contains("ConstraintValidationFailed")) {
            return "the row conflicts with a record of the same key already in the graph";
        }
        if (code.contains("TransactionTimedOut") || message.contains("timed out")) {
            return "the database stopped the write because it ran past its time limit";
        }
        if (code.contains("MemoryPoolOutOfMemory") || message.contains("memory")) {
            return "the write needed more memory than the database allows one transaction";
        }
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return "the database could not be reached";
        }
        if (e instanceof TransientException) {
            return "the database stayed busy (lock conflicts) through every retry";
        }
        if (e instanceof Neo4jException) {
            return "the database refused the write" + (code.isEmpty() ? "" : " (" + code + ")");
        }
        return "an unexpected error stopped the write";
    }
}
