package org.favornet.projection;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects persons, then ties, and freezes them into a {@link PersonGraph}. Persons first: ties
 * name their ends by person id and are resolved by binary search over the sorted ids; ties to
 * unknown persons and self-ties are dropped. Each tie is packed in one {@code long} (type 4 bits,
 * source 28, target 28, subtype 4), so deduplication is a primitive sort: {@code O(m log m)}
 * time, 8 bytes per tie while building. A tie of the same type between the same two persons
 * counts once (three transfers from A to B make one money tie; their provenance lists all three).
 * Names and provenance, when given, are kept compactly ({@link Provenance}, one pooled
 * {@code char[]} of names) so answers need no database round trip.
 */
public final class PersonGraphBuilder {

    private static final int MAX_PERSONS = 1 << 28;

    private String[] ids = new String[1024];
    private String[] regions = new String[1024];
    private String[] names = new String[1024];
    private byte[] sex = new byte[1024];
    private short[] birthYear = new short[1024];
    private int persons;
    private boolean frozen;
    private long[] keys = new long[4096];
    private int ties;
    private int dropped;
    private final Provenance.Collector provenance = new Provenance.Collector();

    public PersonGraphBuilder person(String id, String regionCode, String gender, int year) {
        return person(id, null, regionCode, gender, year);
    }

    public PersonGraphBuilder person(String id, String name, String regionCode, String gender, int year) {
        if (frozen) {
            throw new IllegalStateException("Persons come before ties");
        }
        if (persons == ids.length) {
            int n = persons * 2;
            ids = Arrays.copyOf(ids, n);
            regions = Arrays.copyOf(regions, n);
            names = Arrays.copyOf(names, n);
            sex = Arrays.copyOf(sex, n);
            birthYear = Arrays.copyOf(birthYear, n);
        }
        ids[persons] = id;
        regions[persons] = regionCode;
        names[persons] = name;
        sex[persons] = gender == null || gender.isEmpty() ? 0 : (byte) gender.charAt(0);
        birthYear[persons] = (short) year;
        persons++;
        return this;
    }

    /** Adds a tie between two person ids; unknown ends are counted in {@link #dropped()}. */
    public PersonGraphBuilder tie(String from, String to, TieType type, String subtype) {
        return tie(from, to, type, subtype, null);
    }

    /** As {@link #tie(String, String, TieType, String)}, with the records that make the tie. */
    public PersonGraphBuilder tie(String from, String to, TieType type, String subtype, List<String> records) {
        freezePersons();
        int a = Arrays.binarySearch(ids, 0, persons, from);
        int b = Arrays.binarySearch(ids, 0, persons, to);
        if (a < 0 || b < 0 || a == b) {
            dropped++;
            return this;
        }
        if (type.symmetric() && a > b) {
            int t = a;
            a = b;
            b = t;
        }
        if (ties == keys.length) {
            keys = Arrays.copyOf(keys, ties * 2);
        }
        keys[ties++] = ((long) type.ordinal() << 60) | ((long) a << 32) | ((long) b << 4) | type.subtypeCode(subtype);
        provenance.add(records);
        return this;
    }

    /** Ties whose ends were not persons of this projection. */
    public int dropped() {
        return dropped;
    }

    public PersonGraph build(long version) {
        freezePersons();
        long[] sorted = Arrays.copyOf(keys, ties);
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (m == 0 || (sorted[i] >>> 4) != (sorted[m - 1] >>> 4)) {
                sorted[m++] = sorted[i];
            }
        }
        int[] edgeOf = new int[ties];
        for (int i = 0; i < ties; i++) {
            edgeOf[i] = edgeOf(sorted, m, keys[i] >> 4);
        }
        Provenance records = provenance.build(edgeOf, m);
        int[] src = new int[m];
        int[] dst = new int[m];
        byte[] type = new byte[m];
        byte[] subtype = new byte[m];
        int[] typeCounts = new int[TieType.values().length];
        int[] degree = new int[persons + 1];
        for (int e = 0; e < m; e++) {
            long k = sorted[e];
            type[e] = (byte) (k >>> 60);
            src[e] = (int) ((k >>> 32) & 0x0FFF_FFFF);
            dst[e] = (int) ((k >>> 4) & 0x0FFF_FFFF);
            subtype[e] = (byte) (k & 0xF);
            typeCounts[type[e]]++;
            degree[src[e]]++;
            degree[dst[e]]++;
        }
        int[] offsets = new int[persons + 1];
        for (int v = 0; v < persons; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(offsets, persons);
        int[] adjTarget = new int[2 * m];
        int[] adjEdge = new int[2 * m];
        byte[] adjType = new byte[2 * m];
        for (int e = 0; e < m; e++) {
            int s = fill[src[e]]++;
            adjTarget[s] = dst[e];
            adjEdge[s] = e;
            adjType[s] = type[e];
            int t = fill[dst[e]]++;
            adjTarget[t] = src[e];
            adjEdge[t] = e;
            adjType[t] = type[e];
        }
        Map<String, Integer> regionIndex = new HashMap<>();
        int[] region = new int[persons];
        for (int v = 0; v < persons; v++) {
            region[v] = regions[v] == null ? -1 : regionIndex.computeIfAbsent(regions[v], r -> regionIndex.size());
        }
        String[] regionTable = new String[regionIndex.size()];
        regionIndex.forEach((r, i) -> regionTable[i] = r);
        int[] nameStart = new int[persons + 1];
        StringBuilder pool = new StringBuilder();
        for (int v = 0; v < persons; v++) {
            if (names[v] != null) {
                pool.append(names[v]);
            }
            nameStart[v + 1] = pool.length();
        }
        char[] namePool = new char[pool.length()];
        pool.getChars(0, pool.length(), namePool, 0);
        return new PersonGraph(version, Arrays.copyOf(ids, persons), region, regionTable, Arrays.copyOf(sex, persons),
                Arrays.copyOf(birthYear, persons), src, dst, type, subtype, offsets, adjTarget, adjEdge, adjType,
                typeCounts, namePool, nameStart, records);
    }

    /** The edge a tie key (without its subtype) was deduplicated into: binary search over the kept keys. */
    private static int edgeOf(long[] sorted, int m, long keyWithoutSubtype) {
        int lo = 0;
        int hi = m - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = sorted[mid] >> 4; // signed, as the sort ordered them (types from 8 set the sign bit)
            if (k < keyWithoutSubtype) {
                lo = mid + 1;
            } else if (k > keyWithoutSubtype) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Sorts persons by id once, so ties can find their ends by binary search. */
    private void freezePersons() {
        if (frozen) {
            return;
        }
        frozen = true;
        if (persons > MAX_PERSONS) {
            throw new IllegalStateException("A projection holds at most " + MAX_PERSONS + " persons");
        }
        Integer[] order = new Integer[persons];
        for (int i = 0; i < persons; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> ids[x].compareTo(ids[y]));
        String[] i2 = new String[persons];
        String[] r2 = new String[persons];
        String[] n2 = new String[persons];
        byte[] s2 = new byte[persons];
        short[] y2 = new short[persons];
        int n = 0;
        for (int i = 0; i < persons; i++) {
            int o = order[i];
            if (n > 0 && i2[n - 1].equals(ids[o])) {
                continue; // a duplicate id: the key constraint should make this impossible
            }
            i2[n] = ids[o];
            r2[n] = regions[o];
            n2[n] = names[o];
            s2[n] = sex[o];
            y2[n] = birthYear[o];
            n++;
        }
        ids = i2;
        regions = r2;
        names = n2;
        sex = s2;
        birthYear = y2;
        persons = n;
    }
}
