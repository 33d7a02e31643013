package org.favornet.projection;

import java.util.List;
import org.favornet.graph.TieKind;

/**
 * One edge type of the projection: a relationship type of the graph, or a tie derived from a
 * chain of records (money, grants). Directed types keep the direction of the records (parent to
 * child, sender to receiver, official to beneficiary); symmetric ones are stored lower index first.
 */
public enum TieType {
    PARENT_OF(TieKind.KIN, false, List.of("BIRTH", "ADOPTIVE", "STEP", "UNKNOWN")),
    SPOUSE_OF(TieKind.KIN, true, List.of()),
    SIBLING_OF(TieKind.KIN, true, List.of()),
    KNOWS(TieKind.KNOWS, true,
            List.of("COLLEAGUE", "CLASSMATE", "NEIGHBOR", "FRIEND", "BUSINESS_PARTNER", "GUARANTOR", "OTHER")),
    SHARES_PHONE(TieKind.SHARED, true, List.of()),
    SHARES_ADDRESS(TieKind.SHARED, true, List.of()),
    SHARES_ACCOUNT(TieKind.SHARED, true, List.of()),
    /** Sender's account SENT a Transfer TO the receiver's account. */
    TRANSFER(TieKind.MONEY, false, List.of()),
    /** A grant of the beneficiary (source) was paid INTO an account the target owns. */
    PAID_INTO(TieKind.MONEY, false, List.of()),
    /** The official (source) HANDLED a grant the beneficiary (target) RECEIVED. */
    HANDLED(TieKind.GRANT, false, List.of()),
    /** The official (source) APPROVED a grant the beneficiary (target) RECEIVED. */
    APPROVED(TieKind.GRANT, false, List.of());

    private static final TieType[] VALUES = values();

    private final TieKind kind;
    private final boolean symmetric;
    private final List<String> subtypes;

    TieType(TieKind kind, boolean symmetric, List<String> subtypes) {
        this.kind = kind;
        this.symmetric = symmetric;
        this.subtypes = subtypes;
    }

    public TieKind kind() {
        return kind;
    }

    public boolean symmetric() {
        return symmetric;
    }

    static TieType ofCode(int code) {
        return VALUES[code];
    }

    /** Subtype code (1-based, 0 = none) kept in four bits of the edge key. */
    int subtypeCode(String subtype) {
        int i = subtype == null ? -1 : subtypes.indexOf(subtype);
        return i < 0 ? 0 : i + 1;
    }

    String subtype(int code) {
        return code == 0 ? null : subtypes.get(code - 1);
    }
}
