package org.favornet.paths;

import java.util.Map;
import org.favornet.projection.PersonGraph;
import org.favornet.projection.TieType;

/** Words for a single non-kin tie walked from {@code a} to {@code b}: what b is to a, and a sentence. */
final class TieWords {

    /** {@code text} holds {@code {a}} and {@code {b}} for the two persons' names. */
    record Words(String termEn, String termZh, String text) {}

    private static final Map<String, String[]> KNOWS = Map.of(
            "COLLEAGUE", new String[] {"colleague", "同事"},
            "CLASSMATE", new String[] {"classmate", "同学"},
            "NEIGHBOR", new String[] {"neighbour", "邻居"},
            "FRIEND", new String[] {"friend", "朋友"},
            "BUSINESS_PARTNER", new String[] {"business partner", "生意伙伴"},
            "GUARANTOR", new String[] {"guarantor", "担保人"},
            "OTHER", new String[] {"acquaintance", "熟人"});

    private TieWords() {}

    static Words of(PersonGraph g, int a, int edge) {
        TieType type = g.type(edge);
        boolean forward = g.source(edge) == a;
        return switch (type) {
            case KNOWS -> {
                String[] w = KNOWS.getOrDefault(String.valueOf(g.subtype(edge)), KNOWS.get("OTHER"));
                yield new Words(w[0], w[1], "{b} knows {a} (" + w[0] + ")");
            }
            case SHARES_PHONE -> new Words("person sharing a phone", "共用电话者", "{b} shares a phone with {a}");
            case SHARES_ADDRESS -> new Words("person sharing an address", "共用地址者", "{b} shares an address with {a}");
            case SHARES_ACCOUNT -> new Words("person sharing an account", "共用账户者", "{b} shares an account with {a}");
            case TRANSFER -> forward
                    ? new Words("recipient of a transfer", "转账收款人", "{a} sent money to {b}")
                    : new Words("sender of a transfer", "转账付款人", "{b} sent money to {a}");
            case PAID_INTO -> forward
                    ? new Words("owner of the account a grant was paid into", "补助款收款账户户主",
                            "{a}'s grant was paid into an account of {b}")
                    : new Words("beneficiary whose grant was paid into this account", "补助款被代领人",
                            "{b}'s grant was paid into an account of {a}");
            case HANDLED -> forward
                    ? new Words("beneficiary of a grant handled", "经办的补助对象", "{a} handled a grant of {b}")
                    : new Words("official who handled the grant", "经办人", "{b} handled a grant of {a}");
            case APPROVED -> forward
                    ? new Words("beneficiary of a grant approved", "审批的补助对象", "{a} approved a grant of {b}")
                    : new Words("official who approved the grant", "审批人", "{b} approved a grant of {a}");
            default -> throw new IllegalArgumentException(type + " is a kin tie");
        };
    }
}
