package org.favornet.kinship;

import java.util.List;

/**
 * Names a relation in English and Chinese from its canonical chain, the sex of each person on it
 * and, where birth dates are known, their relative ages.
 *
 * <p>Chinese kinship terms distinguish the paternal line (祖父, 堂兄, 侄子) from the maternal and
 * female-linked lines (外祖父, 表兄, 外甥), a father's elder from his younger brother (伯父/叔叔)
 * and elder from younger siblings (哥哥/弟弟, 内兄/小舅子), following 《称谓录》 usage as codified in
 * modern dictionaries. English follows the canon-law cousin computation: n-th cousin = min(up,
 * down) − 1, removed = |up − down|.
 *
 * <p>A chain is named greedily: the longest sub-chain with a term of its own (e.g. {@code C·Sp·P}
 * 亲家, {@code Sp·Sib·Sp} 连襟) is taken first, the rest composed possessively ("wife's younger
 * brother", 妻子的祖父). Blood chains without a term fall back to 远房亲属 / "relative (chain …)".
 */
final class KinshipTerms {

    /** A term pair. */
    record Terms(String en, String zh) {}

    private static final String DISTANT_ZH = "远房亲属";

    private final KinGraph g;

    KinshipTerms(KinGraph g) {
        this.g = g;
    }

    Terms name(KinWalk w) {
        List<KinWalk.Step> steps = w.steps;
        if (steps.isEmpty()) {
            return new Terms("self", "本人");
        }
        if (w.blood()) {
            Terms t = blood(w.from, steps);
            return qualify(w, t);
        }
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        int start = w.from;
        int i = 0;
        while (i < steps.size()) {
            Terms piece = null;
            int j = steps.size();
            for (; j > i; j--) {
                boolean boundary = j == steps.size() || steps.get(j).symbol().equals("Sp")
                        || steps.get(j - 1).symbol().equals("Sp");
                piece = boundary ? special(start, steps.subList(i, j)) : null;
                if (piece != null) {
                    break;
                }
            }
            if (piece == null) {
                j = bloodEnd(steps, i);
                piece = blood(start, steps.subList(i, j));
            }
            if (!en.isEmpty()) {
                en.append("'s ");
                zh.append("的");
            }
            en.append(piece.en());
            zh.append(piece.zh());
            start = steps.get(j - 1).person();
            i = j;
        }
        return new Terms(en.toString(), zh.toString());
    }

    private static int bloodEnd(List<KinWalk.Step> steps, int i) {
        if (steps.get(i).symbol().equals("Sp")) {
            return i + 1;
        }
        int j = i;
        while (j < steps.size() && !steps.get(j).symbol().equals("Sp")) {
            j++;
        }
        return j;
    }

    private Terms qualify(KinWalk w, Terms t) {
        String chain = w.chain;
        boolean adoptive = w.qualifiers.contains("ADOPTIVE");
        boolean step = w.qualifiers.contains("STEP");
        int t1 = w.to;
        if ((adoptive || step) && (chain.equals("P") || chain.equals("C"))) {
            boolean parent = chain.equals("P");
            String en = (adoptive ? (parent ? "adoptive " : "adopted ") : "step") + t.en();
            String zh = (adoptive ? "养" : "继") + (parent ? pick(t1, "父", "母", "父母") : pick(t1, "子", "女", "子女"));
            return new Terms(en, zh);
        }
        if (w.qualifiers.contains("HALF") && chain.equals("Sib")) {
            List<Integer> apexes = w.segments.get(0).line().apexes();
            String zhPrefix = apexes.isEmpty() ? "" : g.gender(apexes.get(0)) == 'M' ? "同父异母的"
                    : g.gender(apexes.get(0)) == 'F' ? "同母异父的" : "";
            String en = t.en().replace("brother", "half-brother").replace("sister", "half-sister")
                    .replace("sibling", "half-sibling");
            return new Terms(en, zhPrefix + t.zh());
        }
        return t;
    }

    // ---------------------------------------------------------------- blood

    /** Names a blood chain {@code P^k [Sib] C^m} from {@code start}. */
    Terms blood(int start, List<KinWalk.Step> steps) {
        int a = 0;
        int b = 0;
        for (KinWalk.Step s : steps) {
            switch (s.symbol()) {
                case "P" -> a++;
                case "C" -> b++;
                case "Sib" -> { a++; b++; }
                default -> { return new Terms(spouseEn(s.person()), spouseZh(s.person())); }
            }
        }
        int t = steps.get(steps.size() - 1).person();
        return new Terms(bloodEn(start, t, a, b), bloodZh(start, steps, t, a, b));
    }

    private String bloodEn(int start, int t, int a, int b) {
        if (b == 0) {
            String base = pick(t, "father", "mother", "parent");
            return a == 1 ? base : greats(a - 2) + "grand" + base;
        }
        if (a == 0) {
            String base = pick(t, "son", "daughter", "child");
            return b == 1 ? base : greats(b - 2) + "grand" + base;
        }
        if (a == 1 && b == 1) {
            return age(t, start, "elder ", "younger ", "") + pick(t, "brother", "sister", "sibling");
        }
        if (b == 1) {
            String base = pick(t, "uncle", "aunt", "uncle or aunt");
            return a == 2 ? base : greats(a - 3) + "grand-" + base;
        }
        if (a == 1) {
            String base = pick(t, "nephew", "niece", "nephew or niece");
            return b == 2 ? base : greats(b - 3) + "grand-" + base;
        }
        int n = Math.min(a, b) - 1;
        int r = Math.abs(a - b);
        String cousin = ordinal(n) + " cousin";
        return r == 0 ? cousin : cousin + " " + removed(r);
    }

    private static String greats(int n) {
        return "great-".repeat(Math.max(0, n));
    }

    private static String ordinal(int n) {
        String[] words = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"};
        return n < words.length ? words[n] : n + "th";
    }

    private static String removed(int r) {
        return switch (r) {
            case 1 -> "once removed";
            case 2 -> "twice removed";
            case 3 -> "thrice removed";
            default -> r + " times removed";
        };
    }

    private String bloodZh(int start, List<KinWalk.Step> steps, int t, int a, int b) {
        int p1 = steps.get(0).person();
        boolean paternal = g.gender(p1) == 'M';
        boolean maternal = g.gender(p1) == 'F';
        if (b == 0) {
            return switch (a) {
                case 1 -> pick(t, "父亲", "母亲", "父母");
                case 2 -> line(paternal, maternal, "") + pick(t, "祖父", "祖母", "祖父母");
                case 3 -> line(paternal, maternal, "") + pick(t, "曾祖父", "曾祖母", "曾祖父母");
                case 4 -> line(paternal, maternal, "") + pick(t, "高祖父", "高祖母", "高祖父母");
                default -> "远祖";
            };
        }
        if (a == 0) {
            return switch (b) {
                case 1 -> pick(t, "儿子", "女儿", "子女");
                case 2 -> maternal ? pick(t, "外孙", "外孙女", "外孙子女") : pick(t, "孙子", "孙女", "孙子女");
                case 3 -> line(paternal, maternal, "") + pick(t, "曾孙", "曾孙女", "曾孙子女");
                case 4 -> line(paternal, maternal, "") + pick(t, "玄孙", "玄孙女", "玄孙子女");
                default -> "后裔";
            };
        }
        if (a == 1 && b == 1) {
            return sibling(t, start);
        }
        if (a == 2 && b == 1) {
            if (paternal) {
                return g.gender(t) == 'M' ? age(t, p1, "伯父", "叔叔", "叔伯") : pick(t, "", "姑妈", DISTANT_ZH);
            }
            if (maternal) {
                return pick(t, "舅舅", "姨妈", DISTANT_ZH);
            }
            return "父母的" + sibling(t, p1);
        }
        if (a == 3 && b == 1) {
            int p2 = steps.get(1).person();
            String prefix = maternal ? "外" : paternal ? "" : null;
            if (prefix == null || g.gender(t) == '?') {
                return DISTANT_ZH;
            }
            if (g.gender(p2) == 'M') {
                return prefix + (g.gender(t) == 'M' ? age(t, p2, "伯祖父", "叔祖父", "叔伯祖父") : pick(t, "", "姑祖母", ""));
            }
            if (g.gender(p2) == 'F') {
                return prefix + pick(t, "舅祖父", "姨祖母", "");
            }
            return DISTANT_ZH;
        }
        if (a == 1 && b == 2) {
            int s1 = steps.get(0).person();
            return g.gender(s1) == 'M' ? pick(t, "侄子", "侄女", "侄子女")
                    : g.gender(s1) == 'F' ? pick(t, "外甥", "外甥女", "外甥子女") : DISTANT_ZH;
        }
        if (a == 1 && b == 3) {
            int s1 = steps.get(0).person();
            return g.gender(s1) == 'M' ? pick(t, "侄孙", "侄孙女", "侄孙子女")
                    : g.gender(s1) == 'F' ? pick(t, "外甥孙", "外甥孙女", "外甥孙子女") : DISTANT_ZH;
        }
        if (a == 2 && b == 2) {
            return cousinPrefix(steps) + cousin(t, start);
        }
        if (a == 2 && b == 3) {
            return cousinPrefix(steps) + pick(t, "侄", "侄女", "侄子女");
        }
        if (a == 3 && b == 2) {
            int p2 = steps.get(1).person();
            int p3 = steps.get(2).person();
            if (paternal && g.gender(p2) == 'M' && g.gender(p3) == 'M') {
                return g.gender(t) == 'M' ? age(t, p1, "堂伯", "堂叔", "堂叔伯") : pick(t, "", "堂姑", DISTANT_ZH);
            }
            return paternal ? pick(t, "表叔", "表姑", DISTANT_ZH) : maternal ? pick(t, "表舅", "表姨", DISTANT_ZH) : DISTANT_ZH;
        }
        if (a == 3 && b == 3) {
            boolean allMale = true;
            for (int i = 0; i < 3; i++) {
                allMale &= g.gender(steps.get(i).person()) == 'M';
            }
            return allMale ? "从堂" + cousin(t, start) : DISTANT_ZH;
        }
        return DISTANT_ZH;
    }

    /** 堂 when the line runs father → father's brother, else 表. */
    private String cousinPrefix(List<KinWalk.Step> steps) {
        int p1 = steps.get(0).person();
        int p2 = steps.get(1).person();
        return g.gender(p1) == 'M' && g.gender(p2) == 'M' ? "堂" : "表";
    }

    private String cousin(int t, int relativeTo) {
        return g.gender(t) == 'M' ? age(t, relativeTo, "兄", "弟", "兄弟")
                : g.gender(t) == 'F' ? age(t, relativeTo, "姐", "妹", "姐妹") : "亲";
    }

    private String sibling(int t, int relativeTo) {
        return g.gender(t) == 'M' ? age(t, relativeTo, "哥哥", "弟弟", "兄弟")
                : g.gender(t) == 'F' ? age(t, relativeTo, "姐姐", "妹妹", "姐妹") : "兄弟姐妹";
    }

    private static String line(boolean paternal, boolean maternal, String unknown) {
        return maternal ? "外" : unknown;
    }

    // ---------------------------------------------------------------- in-law

    /** A term for the whole sub-chain, or null when it has none of its own. */
    private Terms special(int s, List<KinWalk.Step> steps) {
        String chain = chain(steps);
        int t = steps.get(steps.size() - 1).person();
        int p1 = steps.get(0).person();
        switch (chain) {
            case "Sp":
                return new Terms(spouseEn(t), spouseZh(t));
            case "Sp·P": {
                String zh = g.gender(p1) == 'F' ? pick(t, "岳父", "岳母", null)
                        : g.gender(p1) == 'M' ? pick(t, "公公", "婆婆", null) : null;
                return new Terms(pick(t, "father-in-law", "mother-in-law", "parent-in-law"),
                        zh == null ? "配偶的" + pick(t, "父亲", "母亲", "父母") : zh);
            }
            case "Sp·C":
                return new Terms(pick(t, "stepson", "stepdaughter", "stepchild"), pick(t, "继子", "继女", "继子女"));
            case "P·Sp":
                return new Terms(pick(t, "stepfather", "stepmother", "step-parent"), pick(t, "继父", "继母", "继父母"));
            case "C·Sp":
                return new Terms(pick(t, "son-in-law", "daughter-in-law", "child-in-law"), pick(t, "女婿", "儿媳", "子女的配偶"));
            case "C·Sp·P": {
                String en = pick(p1, "son", "daughter", "child") + "'s " + spouseEn(steps.get(1).person()) + "'s "
                        + pick(t, "father", "mother", "parent");
                return new Terms(en, pick(t, "亲家公", "亲家母", "亲家"));
            }
            case "Sp·Sib": {
                String zh = null;
                if (g.gender(p1) == 'F') {
                    zh = g.gender(t) == 'M' ? age(t, p1, "内兄", "小舅子", "内兄弟")
                            : g.gender(t) == 'F' ? age(t, p1, "大姨子", "小姨子", "姨子") : null;
                } else if (g.gender(p1) == 'M') {
                    zh = g.gender(t) == 'M' ? age(t, p1, "大伯子", "小叔子", "夫兄弟")
                            : g.gender(t) == 'F' ? age(t, p1, "大姑子", "小姑子", "姑子") : null;
                }
                return zh == null ? null : new Terms(spouseEn(p1) + "'s " + bloodEn(p1, t, 1, 1), zh);
            }
            case "Sp·Sib·C": {
                // A nephew or niece by marriage: 内侄 for the wife's brother's children, 侄 for the
                // husband's brother's, 外甥 for either spouse's sister's (as people address them).
                int p2 = steps.get(1).person();
                String zh = null;
                if (g.gender(p1) == 'F' && g.gender(p2) == 'M') {
                    zh = pick(t, "内侄", "内侄女", null);
                } else if (g.gender(p1) == 'M' && g.gender(p2) == 'M') {
                    zh = pick(t, "侄子", "侄女", null);
                } else if (g.gender(p2) == 'F' && g.gender(p1) != '?') {
                    zh = pick(t, "外甥", "外甥女", null);
                }
                return zh == null ? null
                        : new Terms(spouseEn(p1) + "'s " + pick(t, "nephew", "niece", "nephew or niece"), zh);
            }
            case "Sib·Sp": {
                String zh = null;
                if (g.gender(p1) == 'F' && g.gender(t) != 'F') {
                    zh = age(p1, s, "姐夫", "妹夫", "姐夫/妹夫");
                } else if (g.gender(p1) == 'M' && g.gender(t) != 'M') {
                    zh = age(p1, s, "嫂子", "弟媳", "嫂子/弟媳");
                }
                return zh == null ? null : new Terms(bloodEn(s, p1, 1, 1) + "'s " + spouseEn(t), zh);
            }
            case "P·Sib·Sp": {
                int p2 = steps.get(1).person();
                String zh = null;
                if (g.gender(p1) == 'M' && g.gender(p2) == 'M') {
                    zh = age(p2, p1, "伯母", "婶婶", null);
                } else if (g.gender(p1) == 'M' && g.gender(p2) == 'F') {
                    zh = "姑父";
                } else if (g.gender(p1) == 'F' && g.gender(p2) == 'M') {
                    zh = "舅妈";
                } else if (g.gender(p1) == 'F' && g.gender(p2) == 'F') {
                    zh = "姨父";
                }
                return zh == null ? null : new Terms(bloodEn(s, p2, 2, 1) + "'s " + spouseEn(t), zh);
            }
            case "Sib·C·Sp": {
                int p2 = steps.get(1).person();
                String zh = g.gender(p1) == 'M' ? pick(t, "侄女婿", "侄媳", null)
                        : g.gender(p1) == 'F' ? pick(t, "外甥女婿", "外甥媳妇", null) : null;
                return zh == null ? null : new Terms(bloodEn(s, p2, 1, 2) + "'s " + spouseEn(t), zh);
            }
            case "P·Sib·C·Sp": {
                int p3 = steps.get(2).person();
                String prefix = cousinPrefix(steps);
                String zh = g.gender(p3) == 'M' ? age(p3, s, prefix + "嫂", prefix + "弟媳", null)
                        : g.gender(p3) == 'F' ? age(p3, s, prefix + "姐夫", prefix + "妹夫", null) : null;
                return zh == null ? null : new Terms(bloodEn(s, p3, 2, 2) + "'s " + spouseEn(t), zh);
            }
            case "Sp·Sib·Sp": {
                int p2 = steps.get(1).person();
                if (g.gender(s) == 'M' && g.gender(p1) == 'F' && g.gender(p2) == 'F' && g.gender(t) == 'M') {
                    return new Terms("wife's " + bloodEn(p1, p2, 1, 1) + "'s husband", "连襟");
                }
                if (g.gender(s) == 'F' && g.gender(p1) == 'M' && g.gender(p2) == 'M' && g.gender(t) == 'F') {
                    return new Terms("husband's " + bloodEn(p1, p2, 1, 1) + "'s wife", "妯娌");
                }
                return null;
            }
            default:
                return null;
        }
    }

    private static String chain(List<KinWalk.Step> steps) {
        StringBuilder sb = new StringBuilder();
        for (KinWalk.Step s : steps) {
            if (!sb.isEmpty()) {
                sb.append('·');
            }
            sb.append(s.symbol());
        }
        return sb.toString();
    }

    private String spouseEn(int t) {
        return pick(t, "husband", "wife", "spouse");
    }

    private String spouseZh(int t) {
        return pick(t, "丈夫", "妻子", "配偶");
    }

    private String pick(int p, String male, String female, String unknown) {
        return g.gender(p) == 'M' ? male : g.gender(p) == 'F' ? female : unknown;
    }

    /** {@code elder} when {@code p} was born before {@code than}, {@code younger} after, else {@code unknown}. */
    private String age(int p, int than, String elder, String younger, String unknown) {
        int e = g.elder(p, than);
        return e > 0 ? elder : e < 0 ? younger : unknown;
    }
}
