package org.favornet.export;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of tie an export may follow, each naming the relationship types of
 * {@code docs/data-model.md} it stands for. Queries receive these type names as a parameter, so
 * no user string ever becomes part of a query.
 */
public enum TieKind {
    /** Stated or inferred kinship. */
    KIN("PARENT_OF", "SPOUSE_OF", "SIBLING_OF"),
    /** Acquaintance: colleagues, classmates, neighbours, friends, partners, guarantors. */
    KNOWS("KNOWS"),
    /** Derived ties through a shared phone, address or account. */
    SHARES("SHARES_PHONE", "SHARES_ADDRESS", "SHARES_ACCOUNT"),
    /** Grants: beneficiary and the officials who handled or approved them. */
    GRANTS("RECEIVED", "HANDLED", "APPROVED"),
    /** Payments of a grant and the account they went into. */
    PAYMENTS("DISBURSED", "INTO"),
    /** Transfers between accounts. */
    TRANSFERS("SENT", "TO"),
    /** Ownership of accounts and assets. */
    OWNS("OWNS"),
    /** Posts held by officials. */
    HOLDS("HOLDS"),
    /** Citizen tips about a person. */
    TIPS("ABOUT"),
    /** Household membership. */
    HOUSEHOLD("MEMBER_OF");

    private final List<String> types;

    TieKind(String... types) {
        this.types = List.of(types);
    }

    public List<String> relationshipTypes() {
        return types;
    }

    /** Relationship types whose direction carries no meaning (data model: "read undirected"). */
    static boolean undirected(String type) {
        return switch (type) {
            case "SPOUSE_OF", "SIBLING_OF", "KNOWS", "SHARES_PHONE", "SHARES_ADDRESS", "SHARES_ACCOUNT" -> true;
            default -> false;
        };
    }

    /** The relationship types of some kinds, in a stable order. */
    static List<String> types(Collection<TieKind> kinds) {
        Set<String> out = new LinkedHashSet<>();
        for (TieKind k : kinds) {
            out.addAll(k.types);
        }
        return List.copyOf(out);
    }

    /** Parses a kind name case-insensitively; an unknown name is a mistake the caller can fix. */
    public static TieKind parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown tie kind '" + name + "'; valid kinds: " + names() + ".");
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
