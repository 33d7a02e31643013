package org.favornet.paths;

import java.util.Map;
import org.favornet.projection.PersonGraph;
import org.favornet.projection.TieType;

/**
 * Words for a single non-kin tie walked from {@code a} to {@code b}: what b is to a in both languages,
 * and the key of the sentence ({@code path.tie.*}) whose arguments are a's name, b's name and the term.
 */
final class TieWords {

    record Words(String termEn, String termZh, String textKey) {}

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
                yield new Words(w[0], w[1], "path.tie.knows");
            }
            case SHARES_PHONE -> new Words("person sharing a phone", "共用电话者", "path.tie.shares-phone");
            case SHARES_ADDRESS -> new Words("person sharing an address", "共用地址者", "path.tie.shares-address");
            case SHARES_ACCOUNT -> new Words("person sharing an account", "共用账户者", "path.tie.shares-account");
            case TRANSFER -> forward
                    ? new Words("recipient of a transfer", "转账收款人", "path.tie.transfer-to")
                    : new Words("sender of a transfer", "转账付款人", "path.tie.transfer-from");
            case PAID_INTO -> forward
                    ? new Words("owner of the account a grant was paid into", "补助款收款账户户主", "path.tie.paid-into-of")
                    : new Words("beneficiary whose grant was paid into this account", "补助款被代领人",
                            "path.tie.paid-into-own");
            case HANDLED -> forward
                    ? new Words("beneficiary of a grant handled", "经办的补助对象", "path.tie.handled")
                    : new Words("official who handled the grant", "经办人", "path.tie.handled-by");
            case APPROVED -> forward
                    ? new Words("beneficiary of a grant approved", "审批的补助对象", "path.tie.approved")
                    : new Words("official who approved the grant", "审批人", "path.tie.approved-by");
            default -> throw new IllegalArgumentException(type + " is a kin tie");
        };
    }
}
