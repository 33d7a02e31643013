package org.favornet.projection;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The families of ties an investigator chooses between. Several {@link TieType}s fall in one
 * kind (kin = parent, spouse, sibling). A set of kinds travels as a bit mask.
 */
public enum TieKind {
    /** {@code PARENT_OF}, {@code SPOUSE_OF}, {@code SIBLING_OF}. */
    KIN,
    /** {@code KNOWS}: colleague, classmate, neighbour, friend, partner, guarantor. */
    KNOWS,
    /** {@code SHARES_PHONE}, {@code SHARES_ADDRESS}, {@code SHARES_ACCOUNT}. */
    SHARED,
    /** Transfers between account holders; grant payments into someone else's account. */
    MONEY,
    /** An official who handled or approved a beneficiary's grant. */
    GRANT;

    public int bit() {
        return 1 << ordinal();
    }

    public static int mask(Collection<TieKind> kinds) {
        int mask = 0;
        for (TieKind k : kinds) {
            mask |= k.bit();
        }
        return mask;
    }

    public static int all() {
        return (1 << values().length) - 1;
    }

    public static Set<TieKind> of(int mask) {
        EnumSet<TieKind> kinds = EnumSet.noneOf(TieKind.class);
        for (TieKind k : values()) {
            if ((mask & k.bit()) != 0) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    /** Parses {@code kin}, {@code KNOWS}...; unknown names raise {@link IllegalArgumentException} naming the allowed ones. */
    public static TieKind parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown tie kind '" + name + "'; use " + EnumSet.allOf(TieKind.class));
        }
    }
}
