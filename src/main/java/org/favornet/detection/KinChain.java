package org.favornet.detection;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The relation chains the fallback {@link KinOfOfficials} walks, with their terms, civil-law degree
 * and the statutory scopes they fall in: Civil Code art. 1045 near relatives (Sp, P, C, Sib, P·P,
 * C·C), Civil Servant Law art. 74 recusal (spouse, lineal blood, collateral within three generations,
 * close in-laws) and the 低保 filing rule (民发〔2021〕57号, near relatives). Terms are gendered on the
 * relative only; the kinship engine, when present, names relations more finely (祖父 vs 外祖父).
 */
enum KinChain {
    SP("Sp", 0, true, "husband", "wife", "丈夫", "妻子"),
    P("P", 1, true, "father", "mother", "父亲", "母亲"),
    C("C", 1, true, "son", "daughter", "儿子", "女儿"),
    SIB("Sib", 2, true, "brother", "sister", "兄弟", "姐妹"),
    PP("P·P", 2, true, "grandfather", "grandmother", "祖父/外祖父", "祖母/外祖母"),
    CC("C·C", 2, true, "grandson", "granddaughter", "孙子/外孙", "孙女/外孙女"),
    PPP("P·P·P", 3, false, "great-grandfather", "great-grandmother", "曾祖父", "曾祖母"),
    CCC("C·C·C", 3, false, "great-grandson", "great-granddaughter", "曾孙", "曾孙女"),
    PSIB("P·Sib", 3, false, "uncle", "aunt", "伯父/叔父/舅舅", "姑妈/姨妈"),
    PSIBC("P·Sib·C", 4, false, "first cousin", "first cousin", "堂兄弟/表兄弟", "堂姐妹/表姐妹"),
    SIBC("Sib·C", 3, false, "nephew", "niece", "侄子/外甥", "侄女/外甥女"),
    SPP("Sp·P", 1, false, "father-in-law", "mother-in-law", "岳父/公公", "岳母/婆婆"),
    SPSIB("Sp·Sib", 2, false, "spouse's brother", "spouse's sister", "内兄弟/大伯子/小叔子", "姨子/姑子"),
    SPSIBSP("Sp·Sib·Sp", 2, false, "spouse's sister's husband", "spouse's brother's wife", "连襟", "妯娌"),
    CSP("C·Sp", 1, false, "son-in-law", "daughter-in-law", "女婿", "儿媳"),
    CSPP("C·Sp·P", 1, false, "child's father-in-law", "child's mother-in-law", "亲家公", "亲家母"),
    SIBSP("Sib·Sp", 2, false, "sister's husband", "brother's wife", "姐夫/妹夫", "嫂子/弟媳"),
    PSIBSP("P·Sib·Sp", 3, false, "aunt's husband", "uncle's wife", "姑父/姨父", "伯母/婶母/舅母"),
    PSIBCSP("P·Sib·C·Sp", 4, false, "cousin's husband", "cousin's wife", "堂姐夫/表姐夫", "堂嫂/表嫂"),
    SIBCSP("Sib·C·Sp", 3, false, "niece's husband", "nephew's wife", "侄女婿/外甥女婿", "侄媳/外甥媳");

    static final String NEAR = "CIVIL_CODE_NEAR";
    static final String RECUSAL = "CIVIL_SERVANT_RECUSAL";
    static final String FILING = "DIBAO_FILING";

    final String chain;
    final int degree;
    final boolean near;
    private final String enMale;
    private final String enFemale;
    private final String zhMale;
    private final String zhFemale;

    KinChain(String chain, int degree, boolean near, String enMale, String enFemale, String zhMale, String zhFemale) {
        this.chain = chain;
        this.degree = degree;
        this.near = near;
        this.enMale = enMale;
        this.enFemale = enFemale;
        this.zhMale = zhMale;
        this.zhFemale = zhFemale;
    }

    static Optional<KinChain> of(String chain) {
        return Arrays.stream(values()).filter(c -> c.chain.equals(chain)).findFirst();
    }

    /** Every chain here is inside recusal; the near ones also inside Civil Code 1045 and the 低保 filing rule. */
    Set<String> scopes() {
        return near ? Set.of(NEAR, RECUSAL, FILING) : Set.of(RECUSAL);
    }

    boolean blood() {
        return !chain.contains("Sp") || this == SP;
    }

    String termEn(String gender) {
        return "F".equals(gender) ? enFemale : "M".equals(gender) ? enMale : enMale + "/" + enFemale;
    }

    String termZh(String gender) {
        return "F".equals(gender) ? zhFemale : "M".equals(gender) ? zhMale : zhMale + "/" + zhFemale;
    }
}
