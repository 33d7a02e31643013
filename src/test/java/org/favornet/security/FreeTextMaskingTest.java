package org.favornet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The free-text scanner on the shapes issue 15 found in clear, and on values it must leave alone. */
class FreeTextMaskingTest {

    @Test
    void masksIdsNextToLettersOrDigitsInAnyDigitScript() {
        assertThat(FreeTextMasking.scrub("id 110101199003077777abc")).isEqualTo("id 110101********7777abc");
        assertThat(FreeTextMasking.scrub("a11010119900307777Xb")).isEqualTo("a110101********777Xb");
        assertThat(FreeTextMasking.scrub("5110101199003077777")).isEqualTo("***************7777");
        assertThat(FreeTextMasking.scrub("４１０１０２１９６５０３０７００１Ｘ")).isEqualTo("４１０１０２********００１Ｘ");
    }

    @Test
    void masksCardsAccountsAndPhonesAlsoWhenWrittenInGroups() {
        assertThat(FreeTextMasking.scrub("card 6222021234567890 ok")).isEqualTo("card ************7890 ok");
        assertThat(FreeTextMasking.scrub("6222 0212 3456 7890")).isEqualTo("**** **** **** 7890");
        assertThat(FreeTextMasking.scrub("tel 138-0013-8000")).isEqualTo("tel ***-****-8000");
        assertThat(FreeTextMasking.scrub("电话13800138000")).isEqualTo("电话*******8000");
        assertThat(FreeTextMasking.scrub("+8613800138000")).isEqualTo("+*********8000");
        assertThat(FreeTextMasking.scrub("913800138000号")).isEqualTo("********8000号");
    }

    @Test
    void leavesDatesRegionCodesAmountsAndUuidsAlone() {
        for (String clean : new String[] {"date 2024-01-05 2024-02-03", "region 410728101201", "100 200 300 400",
                "808ace15-36c3-3caa-8336-123456789012", "¥3,600.00 on 2023-02-01"}) {
            assertThat(FreeTextMasking.scrub(clean)).isSameAs(clean);
        }
    }
}
