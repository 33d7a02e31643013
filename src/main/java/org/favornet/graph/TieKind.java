package org.favornet.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one vocabulary of tie kinds, for every endpoint ({@code /api/paths?ties=},
 * {@code /api/persons/{id}/circle?ties=}, {@code POST /api/exports}) and the command line
 * ({@code export --ties}). Each kind names the relationship types of {@code docs/data-model.md} it
 * stands for, so queries receive type names as a parameter and no user string becomes query text.
 *
 * <p>The first five are ties between persons: the path search follows them over the person
 * projection (one bit each, see {@link #mask}). The last four are record structure (accounts owned,
 * posts held, tips, households) that only an export can follow.
 *
 * <p>Names before this vocabulary was merged stay accepted as aliases (see {@link #ALIASES} and
 * docs/api.md): {@code SHARES}, {@code GRANTS}, {@code PAYMENTS} and {@code TRANSFERS}. The last two
 * now both mean {@link #MONEY}: an export asked for either follows payments and transfers.
 */
public enum TieKind {
    /** Stated or inferred kinship. */
    KIN(true, "PARENT_OF", "SPOUSE_OF", "SIBLING_OF"),
    /** Acquaintance: colleagues, classmates, neighbours, friends, partners, guarantors. */
    KNOWS(true, "KNOWS"),
    /** Derived ties through a shared phone, address or account. */
    SHARED(true, "SHARES_PHONE", "SHARES_ADDRESS", "SHARES_ACCOUNT"),
    /**
     * Money: grant payments and the account they went into, transfers between accounts. Between
     * persons: transfers between account holders, grant payments into someone else's account.
     */
    MONEY(true, "DISBURSED", "INTO", "SENT", "TO"),
    /** Grants: the beneficiary and the officials who handled or approved them. */
    GRANT(true, "RECEIVED", "HANDLED", "APPROVED"),
    /** Ownership of accounts and assets (exports only). */
    OWNS(false, "OWNS"),
    /** Posts held by officials (exports only). */
    HOLDS(false, "HOLDS"),
    /** Citizen tips about a person (exports only). */
    TIPS(false, "ABOUT"),
    /** Household membership (exports only). */
    HOUSEHOLD(false, "MEMBER_OF");

    /** Former names, still accepted: the export's plural names of before the merge. */
    public static final Map<String, TieKind> ALIASES = Map.of(
            "SHARES", SHARED, "GRANTS", GRANT, "PAYMENTS", MONEY, "TRANSFERS", MONEY);

    private final boolean betweenPersons;
    private final List<String> types;

    TieKind(boolean betweenPersons, String... types) {
        this.betweenPersons = betweenPersons;
        this.types = List.of(types);
    }

    /** Whether this kind ties two persons directly, so the path search can follow it. */
    public boolean betweenPersons() {
        return betweenPersons;
    }

    public List<String> relationshipTypes() {
        return types;
    }

    /** The relationship types of some kinds, in a stable order. */
    public static List<String> types(Collection<TieKind> kinds) {
        Set<String> out = new LinkedHashSet<>();
        for (TieKind k : kinds) {
            out.addAll(k.types);
        }
        return List.copyOf(out);
    }

    /** Relationship types whose direction carries no meaning (data model: "read undirected"). */
    public static boolean undirected(String type) {
        return switch (type) {
            case "SPOUSE_OF", "SIBLING_OF", "KNOWS", "SHARES_PHONE", "SHARES_ADDRESS", "SHARES_ACCOUNT" -> true;
            default -> false;
        };
    }

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

    /** The mask of every kind between persons (what the path search can follow). */
    public static int all() {
        return mask(betweenPersonsKinds());
    }

    public static Set<TieKind> betweenPersonsKinds() {
        EnumSet<TieKind> kinds = EnumSet.noneOf(TieKind.class);
        for (TieKind k : values()) {
            if (k.betweenPersons) {
                kinds.add(k);
            }
        }
        return kinds;
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

    /**
     * Parses a kind name or alias case-insensitively ({@code kin}, {@code SHARED}, {@code shares});
     * an unknown name raises {@link IllegalArgumentException} naming the valid ones.
     */
    public static TieKind parse(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        TieKind alias = ALIASES.get(n);
        if (alias != null) {
            return alias;
        }
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown tie kind '" + name + "'; valid kinds: " + names() + ".");
        }
    }

    /** Parses a kind the path search can follow; export-only kinds are refused with the ones it can. */
    public static TieKind parseBetweenPersons(String name) {
        TieKind k = parse(name);
        if (!k.betweenPersons) {
            throw new IllegalArgumentException("Tie kind " + k + " is not a tie between persons; paths and circles "
                    + "follow " + betweenPersonsKinds().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + ".");
        }
        return k;
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
