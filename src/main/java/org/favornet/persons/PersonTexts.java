package org.favornet.persons;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The words a profile carries in the request's language ({@code Accept-Language}: zh-CN unless English comes
 * first among zh and en): GB/T 4761-2008 relation names, programme names, relation-scope names; and the village
 * part of an address.
 */
final class PersonTexts {

    private PersonTexts() {}

    /** True when the request asks for English before Chinese; Chinese otherwise (and outside a request). */
    static boolean english() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return false;
        }
        HttpServletRequest req = attrs.getRequest();
        if (req.getHeader("Accept-Language") == null) {
            return false;
        }
        for (Enumeration<Locale> e = req.getLocales(); e.hasMoreElements(); ) {
            String language = e.nextElement().getLanguage();
            if (language.equals("zh")) {
                return false;
            }
            if (language.equals("en")) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, String[]> PROGRAMS = Map.of(
            "DIBAO", new String[] {"低保", "Minimum living allowance (dibao)"},
            "TEKUN", new String[] {"特困", "Extreme-poverty support (tekun)"},
            "LINSHI", new String[] {"临时救助", "Temporary assistance"},
            "ZUNLAO", new String[] {"尊老金", "Old-age allowance"},
            "STUDENT_AID", new String[] {"困难学生补助", "Aid for students in hardship"},
            "HOUSING", new String[] {"危房改造", "Dilapidated-housing renovation"});

    /** The programme's name; the code itself for a programme not listed in records.md. */
    static String program(String code, boolean english) {
        String[] names = code == null ? null : PROGRAMS.get(code);
        return names == null ? code : names[english ? 1 : 0];
    }

    private static final Map<String, String[]> SCOPES = Map.of(
            "CIVIL_CODE_NEAR", new String[] {"近亲属", "near relatives (Civil Code art. 1045)"},
            "CIVIL_SERVANT_RECUSAL", new String[] {"任职回避", "civil-servant recusal (Civil Servant Law art. 74)"},
            "DIBAO_FILING", new String[] {"低保备案近亲属", "dibao filing relatives (MCA 2021 No. 57)"});

    /** A relation scope's short name; its configured name for a scope added by configuration. */
    static String scope(String name, boolean english) {
        String[] names = SCOPES.get(name);
        return names == null ? name : names[english ? 1 : 0];
    }

    /** GB/T 4761-2008 relation to the head of household, as records.md lists the codes. */
    private static final Map<String, String[]> RELATIONS = Map.ofEntries(
            Map.entry("0", new String[] {"本人或户主", "self or head"}),
            Map.entry("1", new String[] {"配偶", "spouse"}),
            Map.entry("2", new String[] {"子", "son"}),
            Map.entry("3", new String[] {"女", "daughter"}),
            Map.entry("4", new String[] {"孙子女", "grandchild"}),
            Map.entry("5", new String[] {"父母", "parent"}),
            Map.entry("6", new String[] {"祖父母", "grandparent"}),
            Map.entry("7", new String[] {"兄弟姐妹", "sibling"}),
            Map.entry("8", new String[] {"其他", "other"}),
            Map.entry("01", new String[] {"本人", "self"}),
            Map.entry("02", new String[] {"户主", "head"}),
            Map.entry("10", new String[] {"配偶", "spouse"}),
            Map.entry("11", new String[] {"夫", "husband"}),
            Map.entry("12", new String[] {"妻", "wife"}),
            Map.entry("20", new String[] {"子", "son"}),
            Map.entry("21", new String[] {"独生子", "only son"}),
            Map.entry("22", new String[] {"长子", "eldest son"}),
            Map.entry("23", new String[] {"次子", "second son"}),
            Map.entry("24", new String[] {"三子", "third son"}),
            Map.entry("25", new String[] {"四子", "fourth son"}),
            Map.entry("26", new String[] {"五子", "fifth son"}),
            Map.entry("27", new String[] {"养子或继子", "adopted son or stepson"}),
            Map.entry("28", new String[] {"女婿", "son-in-law"}),
            Map.entry("29", new String[] {"其他儿子", "other son"}),
            Map.entry("30", new String[] {"女", "daughter"}),
            Map.entry("31", new String[] {"独生女", "only daughter"}),
            Map.entry("32", new String[] {"长女", "eldest daughter"}),
            Map.entry("33", new String[] {"次女", "second daughter"}),
            Map.entry("34", new String[] {"三女", "third daughter"}),
            Map.entry("35", new String[] {"四女", "fourth daughter"}),
            Map.entry("36", new String[] {"五女", "fifth daughter"}),
            Map.entry("37", new String[] {"养女或继女", "adopted daughter or stepdaughter"}),
            Map.entry("38", new String[] {"儿媳", "daughter-in-law"}),
            Map.entry("39", new String[] {"其他女儿", "other daughter"}),
            Map.entry("40", new String[] {"孙子女", "grandchild"}),
            Map.entry("41", new String[] {"孙子", "son's son"}),
            Map.entry("42", new String[] {"孙女", "son's daughter"}),
            Map.entry("43", new String[] {"外孙子", "daughter's son"}),
            Map.entry("44", new String[] {"外孙女", "daughter's daughter"}),
            Map.entry("45", new String[] {"孙媳妇", "grandchild's wife"}),
            Map.entry("46", new String[] {"孙女婿", "grandchild's husband"}),
            Map.entry("47", new String[] {"曾孙子", "great-grandson"}),
            Map.entry("48", new String[] {"曾孙女", "great-granddaughter"}),
            Map.entry("49", new String[] {"其他孙子女", "other grandchild"}),
            Map.entry("50", new String[] {"父母", "parent"}),
            Map.entry("51", new String[] {"父亲", "father"}),
            Map.entry("52", new String[] {"母亲", "mother"}),
            Map.entry("53", new String[] {"公公", "husband's father"}),
            Map.entry("54", new String[] {"婆婆", "husband's mother"}),
            Map.entry("55", new String[] {"岳父", "wife's father"}),
            Map.entry("56", new String[] {"岳母", "wife's mother"}),
            Map.entry("57", new String[] {"继父或养父", "stepfather or adoptive father"}),
            Map.entry("58", new String[] {"继母或养母", "stepmother or adoptive mother"}),
            Map.entry("59", new String[] {"其他父母关系", "other parent"}),
            Map.entry("60", new String[] {"祖父母", "grandparent"}),
            Map.entry("61", new String[] {"祖父", "father's father"}),
            Map.entry("62", new String[] {"祖母", "father's mother"}),
            Map.entry("63", new String[] {"外祖父", "mother's father"}),
            Map.entry("64", new String[] {"外祖母", "mother's mother"}),
            Map.entry("65", new String[] {"配偶的祖父母", "spouse's grandparent"}),
            Map.entry("66", new String[] {"曾祖父母或其他", "great-grandparent or other"}),
            Map.entry("67", new String[] {"曾祖父母或其他", "great-grandparent or other"}),
            Map.entry("68", new String[] {"曾祖父母或其他", "great-grandparent or other"}),
            Map.entry("69", new String[] {"曾祖父母或其他", "great-grandparent or other"}),
            Map.entry("70", new String[] {"兄弟姐妹", "sibling"}),
            Map.entry("71", new String[] {"兄", "elder brother"}),
            Map.entry("72", new String[] {"嫂", "elder brother's wife"}),
            Map.entry("73", new String[] {"弟", "younger brother"}),
            Map.entry("74", new String[] {"弟媳", "younger brother's wife"}),
            Map.entry("75", new String[] {"姐姐", "elder sister"}),
            Map.entry("76", new String[] {"姐夫", "elder sister's husband"}),
            Map.entry("77", new String[] {"妹妹", "younger sister"}),
            Map.entry("78", new String[] {"妹夫", "younger sister's husband"}),
            Map.entry("79", new String[] {"其他兄弟姐妹", "other sibling"}),
            Map.entry("80", new String[] {"其他亲属", "other relative"}),
            Map.entry("81", new String[] {"伯父", "father's elder brother"}),
            Map.entry("82", new String[] {"伯母", "father's elder brother's wife"}),
            Map.entry("83", new String[] {"叔父", "father's younger brother"}),
            Map.entry("84", new String[] {"婶母", "father's younger brother's wife"}),
            Map.entry("85", new String[] {"舅父", "mother's brother"}),
            Map.entry("86", new String[] {"舅母", "mother's brother's wife"}),
            Map.entry("87", new String[] {"姨父", "mother's sister's husband"}),
            Map.entry("88", new String[] {"姨母", "mother's sister"}),
            Map.entry("89", new String[] {"姑父", "father's sister's husband"}),
            Map.entry("90", new String[] {"姑母", "father's sister"}),
            Map.entry("91", new String[] {"堂兄弟姐妹", "paternal cousin"}),
            Map.entry("92", new String[] {"表兄弟姐妹", "maternal or cross cousin"}),
            Map.entry("93", new String[] {"侄子", "brother's son"}),
            Map.entry("94", new String[] {"侄女", "brother's daughter"}),
            Map.entry("95", new String[] {"外甥", "sister's son"}),
            Map.entry("96", new String[] {"外甥女", "sister's daughter"}),
            Map.entry("97", new String[] {"其他亲属", "other relative"}),
            Map.entry("99", new String[] {"非亲属", "not related"}));

    /** The name of a relation code; null for no code or one outside the table. */
    static String relation(String code, boolean english) {
        String[] names = code == null ? null : RELATIONS.get(code);
        return names == null ? null : names[english ? 1 : 0];
    }

    /** After the county, town or township (县区市镇乡, 街道), the village or community (…村, …社区, …居委会). */
    private static final Pattern VILLAGE = Pattern.compile(
            "(?:^|[县区市镇乡道])([\\p{IsHan}&&[^县区市镇乡道]]{1,12}?(?:村|社区|居委会))");

    /** The village named in an address ({@code 清河县城关镇徐庄村1组1号} gives {@code 徐庄村}); null when none is. */
    static String village(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        Matcher m = VILLAGE.matcher(address.strip());
        String found = null;
        while (m.find()) {
            found = m.group(1); // the last one: the most local
        }
        return found;
    }
}
