package org.favornet.projection;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.favornet.graph.TieKind;

/**
 * One immutable snapshot of persons and their ties in compressed sparse row form: vertex
 * {@code v} (a dense index, persons sorted by id) has its incident ties in slots
 * {@code offsets[v] .. offsets[v+1]} of {@code adjTarget}/{@code adjEdge}/{@code adjType}. Every tie
 * appears in the slots of both ends. About 28 bytes per tie (two slots of 9 bytes, plus source,
 * target, type, subtype) plus the tie's provenance (about 17 bytes, {@link Provenance}) and, per
 * person, the id string, the name (pooled) and 19 bytes. Readers share it without
 * locks; a refresh builds a new snapshot and swaps it in.
 */
public final class PersonGraph {

    private static final int[] KIND_BIT = Arrays.stream(TieType.values()).mapToInt(t -> t.kind().bit()).toArray();

    private final long version;
    private final Instant builtAt = Instant.now();
    private final String[] ids;
    private final int[] region;
    private final String[] regionTable;
    private final byte[] sex;
    private final short[] birthYear;
    private final int[] src;
    private final int[] dst;
    private final byte[] type;
    private final byte[] subtype;
    private final int[] offsets;
    private final int[] adjTarget;
    private final int[] adjEdge;
    private final byte[] adjType;
    private final int[] typeCounts;
    /** Names, pooled: person {@code v}'s is {@code namePool[nameStart[v] .. nameStart[v+1])}, empty when unknown. */
    private final char[] namePool;
    private final int[] nameStart;
    private final Provenance provenance;

    PersonGraph(long version, String[] ids, int[] region, String[] regionTable, byte[] sex, short[] birthYear,
            int[] src, int[] dst, byte[] type, byte[] subtype, int[] offsets, int[] adjTarget, int[] adjEdge,
            byte[] adjType, int[] typeCounts, char[] namePool, int[] nameStart, Provenance provenance) {
        this.version = version;
        this.ids = ids;
        this.region = region;
        this.regionTable = regionTable;
        this.sex = sex;
        this.birthYear = birthYear;
        this.src = src;
        this.dst = dst;
        this.type = type;
        this.subtype = subtype;
        this.offsets = offsets;
        this.adjTarget = adjTarget;
        this.adjEdge = adjEdge;
        this.adjType = adjType;
        this.typeCounts = typeCounts;
        this.namePool = namePool;
        this.nameStart = nameStart;
        this.provenance = provenance;
    }

    public long version() {
        return version;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public int personCount() {
        return ids.length;
    }

    public int tieCount() {
        return src.length;
    }

    /** Ties whose kind is in the mask. */
    public int tieCount(int kindMask) {
        int n = 0;
        for (TieType t : TieType.values()) {
            if ((kindMask & t.kind().bit()) != 0) {
                n += typeCounts[t.ordinal()];
            }
        }
        return n;
    }

    public String personId(int v) {
        return ids[v];
    }

    /** The index of a person id, or -1 when the projection does not hold it. */
    public int indexOf(String personId) {
        if (personId == null) {
            return -1;
        }
        int i = Arrays.binarySearch(ids, personId);
        return i < 0 ? -1 : i;
    }

    /** The person's name as the projection read it, or null. */
    public String name(int v) {
        int from = nameStart[v];
        int end = nameStart[v + 1];
        return from == end ? null : new String(namePool, from, end - from);
    }

    /** The records that make tie {@code edge} ({@code household:...}, {@code transfer:...}), sorted; empty when none were read. */
    public List<String> provenance(int edge) {
        return provenance.of(edge);
    }

    public String regionCode(int v) {
        return region[v] < 0 ? null : regionTable[region[v]];
    }

    /** {@code 'M'}, {@code 'F'} or {@code 0} when unknown. */
    public char sex(int v) {
        return (char) sex[v];
    }

    /** Year of birth, 0 when unknown. */
    public int birthYear(int v) {
        return birthYear[v];
    }

    // Slot access: for algorithms that walk the arrays without boxing.

    public int firstSlot(int v) {
        return offsets[v];
    }

    public int endSlot(int v) {
        return offsets[v + 1];
    }

    public int slotTarget(int slot) {
        return adjTarget[slot];
    }

    public int slotEdge(int slot) {
        return adjEdge[slot];
    }

    /** The kind bit of a slot's tie, to test against a kind mask. */
    public int slotKindBit(int slot) {
        return KIND_BIT[adjType[slot]];
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    public int source(int edge) {
        return src[edge];
    }

    public int target(int edge) {
        return dst[edge];
    }

    public int opposite(int edge, int v) {
        return src[edge] == v ? dst[edge] : src[edge];
    }

    public TieType type(int edge) {
        return TieType.ofCode(type[edge]);
    }

    public TieKind kind(int edge) {
        return type(edge).kind();
    }

    public String subtype(int edge) {
        return type(edge).subtype(subtype[edge]);
    }

    public EdgeInfo edgeInfo(int edge) {
        return new EdgeInfo(edge, type(edge), subtype(edge), src[edge], dst[edge], ids[src[edge]], ids[dst[edge]]);
    }

    /** Calls back each neighbour of {@code v} over ties of the masked kinds (once per tie: parallel ties repeat it). */
    public void forEachNeighbour(int v, int kindMask, IntConsumer neighbour) {
        for (int s = offsets[v], end = offsets[v + 1]; s < end; s++) {
            if ((slotKindBit(s) & kindMask) != 0) {
                neighbour.accept(adjTarget[s]);
            }
        }
    }

    /** Approximate heap held by the arrays (ids counted at their UTF-16 length). */
    public long approximateBytes() {
        long bytes = 16L * 4;
        bytes += (long) ids.length * (4 + 4 + 1 + 2);
        for (String id : ids) {
            bytes += 40 + id.length();
        }
        bytes += (long) src.length * (4 + 4 + 1 + 1);
        bytes += (long) adjTarget.length * (4 + 4 + 1);
        bytes += (long) offsets.length * 4;
        bytes += (long) namePool.length * 2 + (long) nameStart.length * 4;
        bytes += provenance.approximateBytes();
        return bytes;
    }

    @Override
    public String toString() {
        return "PersonGraph v" + version + " (" + personCount() + " persons, " + tieCount() + " ties)";
    }
}
