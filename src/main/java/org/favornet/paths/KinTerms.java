package org.favornet.paths;

import java.util.List;
import org.favornet.projection.PersonGraph;
import org.favornet.projection.TieType;

/**
 * Names a run of kin ties step by step when no kinship engine is present: each step by its type,
 * direction and the sex of the person reached ("wife", "brother", "son"), chained possessively
 * ("wife's brother's son", "妻子的弟弟的儿子"). Chinese sibling terms use birth years when both are
 * known (哥哥/弟弟, 姐姐/妹妹). The kinship engine replaces this with proper terms (内侄).
 */
final class KinTerms {

    /** A named run: chain code ({@code Sp·Sib·C}) and the terms. */
    record Named(String chain, String termEn, String termZh) {}

    private KinTerms() {}

    static Named name(PersonGraph g, int[] vertices, int[] edges) {
        StringBuilder chain = new StringBuilder();
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        for (int i = 0; i < edges.length; i++) {
            Named step = step(g, vertices[i], vertices[i + 1], edges[i]);
            if (i > 0) {
                chain.append('·');
                en.append("'s ");
                zh.append('的');
            }
            chain.append(step.chain());
            en.append(step.termEn());
            zh.append(step.termZh());
        }
        return new Named(chain.toString(), en.toString(), zh.toString());
    }

    /** What {@code b} is to {@code a} across one kin tie. */
    static Named step(PersonGraph g, int a, int b, int edge) {
        char sex = g.sex(b);
        TieType type = g.type(edge);
        return switch (type) {
            case SPOUSE_OF -> new Named("Sp", pick(sex, "husband", "wife", "spouse"), pick(sex, "丈夫", "妻子", "配偶"));
            case SIBLING_OF -> new Named("Sib", pick(sex, "brother", "sister", "sibling"), siblingZh(g, a, b));
            case PARENT_OF -> g.source(edge) == a
                    ? new Named("C", pick(sex, "son", "daughter", "child"), pick(sex, "儿子", "女儿", "子女"))
                    : new Named("P", pick(sex, "father", "mother", "parent"), pick(sex, "父亲", "母亲", "父母"));
            default -> throw new IllegalArgumentException(type + " is not a kin tie");
        };
    }

    private static String siblingZh(PersonGraph g, int a, int b) {
        char sex = g.sex(b);
        int ya = g.birthYear(a);
        int yb = g.birthYear(b);
        if (ya == 0 || yb == 0 || ya == yb) {
            return pick(sex, "兄弟", "姐妹", "兄弟姐妹");
        }
        boolean elder = yb < ya;
        return pick(sex, elder ? "哥哥" : "弟弟", elder ? "姐姐" : "妹妹", "兄弟姐妹");
    }

    private static String pick(char sex, String male, String female, String unknown) {
        return sex == 'M' ? male : sex == 'F' ? female : unknown;
    }

    static boolean isKin(TieType t) {
        return List.of(TieType.PARENT_OF, TieType.SPOUSE_OF, TieType.SIBLING_OF).contains(t);
    }
}
