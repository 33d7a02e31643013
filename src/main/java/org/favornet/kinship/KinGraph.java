package org.favornet.kinship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact, immutable in-memory index of persons and their kin ties (PARENT_OF, SPOUSE_OF,
 * SIBLING_OF), the projection the kinship engine walks. Persons are dense {@code int}s; ties are
 * rows of parallel arrays; each person holds the tie rows of its parents, children, spouses and
 * stated siblings. Memory is {@code O(n + m)}; a neighbour lookup is one array read.
 *
 * <p>Why not a JGraphT graph: the walks here are typed (up, down, across) and never need a
 * general graph algorithm, so four adjacency arrays per person beat a generic edge-set view
 * both in memory (a 1M-person county fits in a few hundred MB) and in time (no boxing).
 */
public final class KinGraph {

    public static final byte PARENT = 0;
    public static final byte SPOUSE = 1;
    public static final byte SIBLING = 2;

    static final int[] NONE = new int[0];

    private final String[] ids;
    private final String[] names;
    private final char[] genders;
    /** Epoch day of a full birth date, or {@link Integer#MIN_VALUE}. */
    private final int[] birthDays;
    /** Birth year, or 0 when unknown. */
    private final int[] birthYears;
    private final String[] regions;
    private final Map<String, Integer> index;

    private final int[] tieFrom;
    private final int[] tieTo;
    private final byte[] tieType;
    private final String[] tieKind;
    private final String[] tieBasis;
    private final List<String>[] tieProvenance;

    private final int[][] parents;
    private final int[][] children;
    private final int[][] spouses;
    private final int[][] siblings;

    private KinGraph(Builder b) {
        int n = b.ids.size();
        this.ids = b.ids.toArray(String[]::new);
        this.names = b.names.toArray(String[]::new);
        this.genders = Arrays.copyOf(b.genders, n);
        this.birthDays = Arrays.copyOf(b.birthDays, n);
        this.birthYears = Arrays.copyOf(b.birthYears, n);
        this.regions = b.regions.toArray(String[]::new);
        this.index = b.index;
        int m = b.tieCount;
        this.tieFrom = Arrays.copyOf(b.tieFrom, m);
        this.tieTo = Arrays.copyOf(b.tieTo, m);
        this.tieType = Arrays.copyOf(b.tieType, m);
        this.tieKind = Arrays.copyOf(b.tieKind, m);
        this.tieBasis = Arrays.copyOf(b.tieBasis, m);
        this.tieProvenance = Arrays.copyOf(b.tieProvenance, m);
        int[] nParents = new int[n];
        int[] nChildren = new int[n];
        int[] nSpouses = new int[n];
        int[] nSiblings = new int[n];
        for (int t = 0; t < m; t++) {
            switch (tieType[t]) {
                case PARENT -> { nChildren[tieFrom[t]]++; nParents[tieTo[t]]++; }
                case SPOUSE -> { nSpouses[tieFrom[t]]++; nSpouses[tieTo[t]]++; }
                default -> { nSiblings[tieFrom[t]]++; nSiblings[tieTo[t]]++; }
            }
        }
        this.parents = allocate(nParents);
        this.children = allocate(nChildren);
        this.spouses = allocate(nSpouses);
        this.siblings = allocate(nSiblings);
        Arrays.fill(nParents, 0);
        Arrays.fill(nChildren, 0);
        Arrays.fill(nSpouses, 0);
        Arrays.fill(nSiblings, 0);
        for (int t = 0; t < m; t++) {
            int f = tieFrom[t];
            int to = tieTo[t];
            switch (tieType[t]) {
                case PARENT -> { children[f][nChildren[f]++] = t; parents[to][nParents[to]++] = t; }
                case SPOUSE -> { spouses[f][nSpouses[f]++] = t; spouses[to][nSpouses[to]++] = t; }
                default -> { siblings[f][nSiblings[f]++] = t; siblings[to][nSiblings[to]++] = t; }
            }
        }
    }

    private static int[][] allocate(int[] sizes) {
        int[][] out = new int[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            out[i] = sizes[i] == 0 ? NONE : new int[sizes[i]];
        }
        return out;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static KinGraph empty() {
        return builder().build();
    }

    public int size() {
        return ids.length;
    }

    public int tieCount() {
        return tieFrom.length;
    }

    /** The dense index of a person id, or -1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public String id(int p) {
        return ids[p];
    }

    public String name(int p) {
        return names[p];
    }

    /** {@code 'M'}, {@code 'F'} or {@code '?'}. */
    public char gender(int p) {
        return genders[p];
    }

    public String region(int p) {
        return regions[p];
    }

    /**
     * Whether {@code a} was born before {@code b}: {@code 1} elder, {@code -1} younger, {@code 0}
     * unknown (a missing date, or the same day). Full dates first, then years when they differ.
     */
    public int elder(int a, int b) {
        if (birthDays[a] != Integer.MIN_VALUE && birthDays[b] != Integer.MIN_VALUE) {
            return Integer.signum(birthDays[b] - birthDays[a]);
        }
        if (birthYears[a] != 0 && birthYears[b] != 0) {
            return Integer.signum(birthYears[b] - birthYears[a]);
        }
        return 0;
    }

    /** Tie rows where {@code p} is the child. */
    public int[] parentTies(int p) {
        return parents[p];
    }

    /** Tie rows where {@code p} is the parent. */
    public int[] childTies(int p) {
        return children[p];
    }

    public int[] spouseTies(int p) {
        return spouses[p];
    }

    public int[] siblingTies(int p) {
        return siblings[p];
    }

    /** The person at the other end of a tie from {@code p}. */
    public int other(int tie, int p) {
        return tieFrom[tie] == p ? tieTo[tie] : tieFrom[tie];
    }

    public int tieFrom(int tie) {
        return tieFrom[tie];
    }

    public int tieTo(int tie) {
        return tieTo[tie];
    }

    public byte tieType(int tie) {
        return tieType[tie];
    }

    public String tieKind(int tie) {
        return tieKind[tie];
    }

    public String tieBasis(int tie) {
        return tieBasis[tie];
    }

    public List<String> tieProvenance(int tie) {
        return tieProvenance[tie];
    }

    /** True when {@code a} and {@code b} have at least one parent in common. */
    public boolean shareParent(int a, int b) {
        for (int ta : parents[a]) {
            int pa = tieFrom[ta];
            for (int tb : parents[b]) {
                if (tieFrom[tb] == pa) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tie joining two persons, walked from {@code a}: step and row; null when none. */
    public int[] tieBetween(int a, int b) {
        for (int t : parents[a]) {
            if (tieFrom[t] == b) {
                return new int[] {t, 'P'};
            }
        }
        for (int t : children[a]) {
            if (tieTo[t] == b) {
                return new int[] {t, 'C'};
            }
        }
        for (int t : spouses[a]) {
            if (other(t, a) == b) {
                return new int[] {t, 'S'};
            }
        }
        for (int t : siblings[a]) {
            if (other(t, a) == b) {
                return new int[] {t, 'B'};
            }
        }
        return null;
    }

    /** Collects persons and ties; duplicate ties (same pair and type) merge their provenance. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> regions = new ArrayList<>();
        private char[] genders = new char[16];
        private int[] birthDays = new int[16];
        private int[] birthYears = new int[16];
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Long, Integer> pairs = new HashMap<>();
        private int tieCount;
        private int[] tieFrom = new int[16];
        private int[] tieTo = new int[16];
        private byte[] tieType = new byte[16];
        private String[] tieKind = new String[16];
        private String[] tieBasis = new String[16];
        @SuppressWarnings("unchecked")
        private List<String>[] tieProvenance = new List[16];

        private Builder() {}

        public Builder person(String id, String name, String gender, LocalDate birthDate, Integer birthYear,
                String region) {
            if (index.containsKey(id)) {
                return this;
            }
            int i = ids.size();
            if (i == genders.length) {
                int cap = i * 2;
                genders = Arrays.copyOf(genders, cap);
                birthDays = Arrays.copyOf(birthDays, cap);
                birthYears = Arrays.copyOf(birthYears, cap);
            }
            ids.add(id);
            names.add(name);
            regions.add(region);
            genders[i] = "M".equals(gender) ? 'M' : "F".equals(gender) ? 'F' : '?';
            birthDays[i] = birthDate == null ? Integer.MIN_VALUE : (int) birthDate.toEpochDay();
            birthYears[i] = birthDate != null ? birthDate.getYear() : birthYear == null ? 0 : birthYear;
            index.put(id, i);
            return this;
        }

        /** Adds a tie; {@code type} is {@link #PARENT} (from is to's parent), {@link #SPOUSE} or {@link #SIBLING}. */
        public Builder tie(String fromId, String toId, byte type, String kind, String basis, List<String> provenance) {
            Integer f = index.get(fromId);
            Integer t = index.get(toId);
            if (f == null || t == null || f.equals(t)) {
                return this;
            }
            int a = f;
            int b = t;
            if (type != PARENT && a > b) {
                int x = a;
                a = b;
                b = x;
            }
            long key = ((long) a << 32 | b) * 3 + type;
            Integer existing = pairs.get(key);
            List<String> prov = provenance == null ? List.of() : provenance;
            if (existing != null) {
                List<String> merged = new ArrayList<>(tieProvenance[existing]);
                prov.stream().filter(p -> !merged.contains(p)).forEach(merged::add);
                tieProvenance[existing] = List.copyOf(merged);
                return this;
            }
            if (tieCount == tieFrom.length) {
                int cap = tieCount * 2;
                tieFrom = Arrays.copyOf(tieFrom, cap);
                tieTo = Arrays.copyOf(tieTo, cap);
                tieType = Arrays.copyOf(tieType, cap);
                tieKind = Arrays.copyOf(tieKind, cap);
                tieBasis = Arrays.copyOf(tieBasis, cap);
                tieProvenance = Arrays.copyOf(tieProvenance, cap);
            }
            pairs.put(key, tieCount);
            tieFrom[tieCount] = a;
            tieTo[tieCount] = b;
            tieType[tieCount] = type;
            tieKind[tieCount] = type == PARENT ? (kind == null ? "BIRTH" : kind.intern()) : null;
            tieBasis[tieCount] = basis == null ? "STATED" : basis.intern();
            tieProvenance[tieCount] = List.copyOf(prov);
            tieCount++;
            return this;
        }

        public KinGraph build() {
            return new KinGraph(this);
        }
    }
}
