package org.favornet.security;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds records in the audit trail: one page of those a filter accepts, in sequence order, with
 * their total. A scan of the file, O(records); unreadable lines are skipped.
 */
public final class AuditQuery {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final AuditChainVerifier.LineSource lines;

    AuditQuery(AuditChainVerifier.LineSource lines) {
        this.lines = lines;
    }

    /** One page of the records matching a filter, in sequence order. */
    public record Page(List<AuditRecord> items, long total, int page, int size) {}

    public Page find(Predicate<AuditRecord> filter, int page, int size) {
        List<AuditRecord> items = new ArrayList<>();
        long[] total = {0};
        long skip = (long) page * size;
        lines.each(line -> {
            AuditRecord r = parse(line);
            if (r != null && filter.test(r)) {
                if (total[0] >= skip && items.size() < size) {
                    items.add(r);
                }
                total[0]++;
            }
            return true;
        });
        return new Page(items, total[0], page, size);
    }

    private static AuditRecord parse(String line) {
        try {
            return JSON.readValue(line, AuditRecord.class);
        } catch (IOException e) {
            return null;
        }
    }
}
