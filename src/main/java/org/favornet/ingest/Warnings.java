package org.favornet.ingest;

import java.util.ArrayList;
import java.util.List;

/** File-level warnings, at most 200 listed and a count of the rest. */
final class Warnings {
    private static final int LIMIT = 200;
    private final List<String> list = new ArrayList<>();
    private long more;

    synchronized void add(String warning) {
        if (list.size() < LIMIT) {
            list.add(warning);
        } else {
            more++;
        }
    }

    void clear() {
        list.clear();
        more = 0;
    }

    List<String> list() {
        List<String> out = new ArrayList<>(list);
        if (more > 0) {
            out.add("... and " + more + " more warnings");
        }
        return out;
    }
}
