package org.favornet.export;

import java.util.Locale;
import java.util.Map;
import org.favornet.export.EvidenceSubgraph.Node;

/**
 * Readable captions: a person's name, a grant's programme, amount and date, a kinship term in
 * Chinese and English for an edge ("父亲 father of"), so a chart in Gephi or yEd reads without a
 * legend.
 */
final class NodeCaptions {

    private NodeCaptions() {}

    static String caption(String type, Map<String, TypedValue> p) {
        String c = switch (type) {
            case "Person" -> first(p, "name", "maskedId", "id");
            case "Grant" -> join(first(p, "programName", "program"), money(p, "amount"), first(p, "approvedDate", "appliedDate"));
            case "Payment" -> join("付款 payment", money(p, "amount"), text(p, "paidDate"));
            case "Transfer" -> join("转账 transfer", money(p, "amount"), text(p, "date"));
            case "Account" -> join(text(p, "bank"), first(p, "maskedId", "id"));
            case "Asset" -> join(text(p, "kind"), money(p, "value"));
            case "Post" -> join(text(p, "title"), text(p, "unit"));
            case "Tip" -> join("举报 tip", text(p, "channel"), text(p, "date"));
            case "Phone" -> first(p, "maskedNumber", "number");
            case "Address" -> first(p, "text", "key");
            case "Household" -> join("户 household", text(p, "id"));
            default -> text(p, "id");
        };
        return c == null || c.isBlank() ? type : c;
    }

    static String edgeCaption(String type, Node source, Map<String, TypedValue> p) {
        String gender = text(source.properties(), "gender");
        boolean male = "M".equals(gender);
        boolean female = "F".equals(gender);
        return switch (type) {
            case "PARENT_OF" -> (male ? "父亲 father of" : female ? "母亲 mother of" : "父母 parent of")
                    + kind(p, "BIRTH");
            case "SPOUSE_OF" -> male ? "丈夫 husband of" : female ? "妻子 wife of" : "配偶 spouse of";
            case "SIBLING_OF" -> male ? "兄弟 brother of" : female ? "姐妹 sister of" : "兄弟姐妹 sibling of";
            case "KNOWS" -> "认识 knows" + kind(p, null);
            case "SHARES_PHONE" -> "共用电话 shares phone";
            case "SHARES_ADDRESS" -> "同一住址 shares address";
            case "SHARES_ACCOUNT" -> "共用账户 shares account";
            case "RECEIVED" -> "领取 received";
            case "HANDLED" -> "经办 handled";
            case "APPROVED" -> "审批 approved";
            case "DISBURSED" -> "发放 disbursed";
            case "INTO" -> "入账 paid into";
            case "SENT" -> "转出 sent";
            case "TO" -> "转入 to";
            case "OWNS" -> "拥有 owns";
            case "HOLDS" -> "任职 holds";
            case "ABOUT" -> "举报 tip about";
            case "MEMBER_OF" -> join("户成员 member of", text(p, "relationCode"));
            default -> type.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String kind(Map<String, TypedValue> p, String omit) {
        String k = text(p, "kind");
        return k == null || k.equals(omit) ? "" : " (" + k.toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }

    private static String money(Map<String, TypedValue> p, String name) {
        TypedValue v = p.get(name);
        if (v == null) {
            return null;
        }
        if (v.type() == ValueType.DOUBLE || v.type() == ValueType.INTEGER) {
            return String.format(Locale.ROOT, "¥%,.2f", ((Number) v.value()).doubleValue());
        }
        return v.text();
    }

    private static String first(Map<String, TypedValue> p, String... names) {
        for (String n : names) {
            String t = text(p, n);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return null;
    }

    private static String text(Map<String, TypedValue> p, String name) {
        TypedValue v = p.get(name);
        return v == null ? null : v.text();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String s : parts) {
            if (s != null && !s.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(s);
            }
        }
        return b.toString();
    }
}
