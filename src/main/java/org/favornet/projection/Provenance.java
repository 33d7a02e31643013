package org.favornet.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The provenance of every projected tie (the records that make it: {@code household:4107281012060075},
 * {@code kinship:户籍档案:10648}, {@code transfer:T0001234}), kept so that an answer needs no
 * round trip to the database. Record names are a prefix and a trailing number, so each is stored
 * as a prefix from a small table, the number and its width (13 bytes), and each tie's records are
 * a run of them ({@code start[e] .. start[e+1]}), sorted and distinct: about 17 bytes per tie for
 * the usual single record. A name without a trailing number up to 18 digits is its own prefix.
 */
final class Provenance {

    static final Provenance NONE = new Provenance(new int[] {0}, new int[0], new long[0], new byte[0], new String[0]);

    private final int[] start;
    private final int[] prefix;
    private final long[] number;
    private final byte[] width;
    private final String[] prefixes;

    private Provenance(int[] start, int[] prefix, long[] number, byte[] width, String[] prefixes) {
        this.start = start;
        this.prefix = prefix;
        this.number = number;
        this.width = width;
        this.prefixes = prefixes;
    }

    /** The records of tie {@code edge}, sorted; empty when none were read. */
    List<String> of(int edge) {
        if (edge + 1 >= start.length) {
            return List.of();
        }
        int from = start[edge];
        int to = start[edge + 1];
        List<String> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(text(i));
        }
        return out;
    }

    private String text(int i) {
        String p = prefixes[prefix[i]];
        if (width[i] == 0) {
            return p;
        }
        String digits = Long.toString(number[i]);
        StringBuilder b = new StringBuilder(p.length() + width[i]).append(p);
        for (int pad = width[i] - digits.length(); pad > 0; pad--) {
            b.append('0');
        }
        return b.append(digits).toString();
    }

    long approximateBytes() {
        long bytes = (long) start.length * 4 + (long) prefix.length * (4 + 8 + 1);
        for (String p : prefixes) {
            bytes += 40 + 2L * p.length();
        }
        return bytes;
    }

    /** Collects record names per inserted tie, then regroups them by edge. */
    static final class Collector {

        private final Map<String, Integer> prefixIndex = new HashMap<>();
        private final List<String> prefixTable = new ArrayList<>();
        /** Per inserted tie: the first entry (exclusive prefix sum, one past the last tie at the end). */
        private int[] tieStart = new int[1024];
        private int ties;
        private int[] prefix = new int[1024];
        private long[] number = new long[1024];
        private byte[] width = new byte[1024];
        private int entries;

        /** Adds the records of the next inserted tie (possibly none). */
        void add(List<String> records) {
            if (ties + 1 >= tieStart.length) {
                tieStart = Arrays.copyOf(tieStart, tieStart.length * 2);
            }
            tieStart[ties] = entries;
            if (records != null) {
                for (String r : records) {
                    if (r != null) {
                        entry(r);
                    }
                }
            }
            ties++;
            tieStart[ties] = entries;
        }

        private void entry(String r) {
            if (entries == prefix.length) {
                int n = entries * 2;
                prefix = Arrays.copyOf(prefix, n);
                number = Arrays.copyOf(number, n);
                width = Arrays.copyOf(width, n);
            }
            int end = r.length();
            int digitsFrom = end;
            while (digitsFrom > 0 && end - digitsFrom < 18 && asciiDigit(r.charAt(digitsFrom - 1))) {
                digitsFrom--;
            }
            // a longer run of digits than a long holds keeps the whole name as its prefix
            boolean numbered = digitsFrom < end && (digitsFrom == 0 || !asciiDigit(r.charAt(digitsFrom - 1)));
            String p = numbered ? r.substring(0, digitsFrom) : r;
            prefix[entries] = prefixIndex.computeIfAbsent(p, k -> {
                prefixTable.add(k);
                return prefixTable.size() - 1;
            });
            number[entries] = numbered ? Long.parseLong(r, digitsFrom, r.length(), 10) : 0;
            width[entries] = numbered ? (byte) (r.length() - digitsFrom) : 0;
            entries++;
        }

        /**
         * Regroups by edge: {@code edgeOf[i]} is the edge inserted tie {@code i} became (several
         * ties may become one edge); each edge's records end sorted and distinct.
         */
        Provenance build(int[] edgeOf, int edges) {
            if (entries == 0) {
                return NONE;
            }
            String[] table = prefixTable.toArray(String[]::new);
            int[] count = new int[edges + 1];
            for (int i = 0; i < ties; i++) {
                if (edgeOf[i] >= 0) {
                    count[edgeOf[i] + 1] += tieStart[i + 1] - tieStart[i];
                }
            }
            for (int e = 0; e < edges; e++) {
                count[e + 1] += count[e];
            }
            int total = count[edges];
            int[] fill = Arrays.copyOf(count, edges);
            int[] p = new int[total];
            long[] n = new long[total];
            byte[] w = new byte[total];
            for (int i = 0; i < ties; i++) {
                int e = edgeOf[i];
                if (e < 0) {
                    continue;
                }
                for (int x = tieStart[i]; x < tieStart[i + 1]; x++) {
                    int at = fill[e]++;
                    p[at] = prefix[x];
                    n[at] = number[x];
                    w[at] = width[x];
                }
            }
            // sort each edge's run by its text and drop repeats (runs are short: insertion sort)
            Provenance raw = new Provenance(count, p, n, w, table);
            int[] start = new int[edges + 1];
            int out = 0;
            for (int e = 0; e < edges; e++) {
                start[e] = out;
                int from = count[e];
                int to = count[e + 1];
                for (int i = from + 1; i < to; i++) {
                    for (int j = i; j > from && raw.text(j).compareTo(raw.text(j - 1)) < 0; j--) {
                        swap(p, n, w, j, j - 1);
                    }
                }
                for (int i = from; i < to; i++) {
                    if (i > from && p[i] == p[i - 1] && n[i] == n[i - 1] && w[i] == w[i - 1]) {
                        continue;
                    }
                    p[out] = p[i];
                    n[out] = n[i];
                    w[out] = w[i];
                    out++;
                }
            }
            start[edges] = out;
            return new Provenance(start, Arrays.copyOf(p, out), Arrays.copyOf(n, out), Arrays.copyOf(w, out), table);
        }

        private static boolean asciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static void swap(int[] p, long[] n, byte[] w, int i, int j) {
            int tp = p[i];
            p[i] = p[j];
            p[j] = tp;
            long tn = n[i];
            n[i] = n[j];
            n[j] = tn;
            byte tw = w[i];
            w[i] = w[j];
            w[j] = tw;
        }
    }
}
