package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

    /** Check digits worked out by hand from GB 11643-1999's weights (sum mod 11 into "10X98765432"). */
    @Test
    void acceptsIdsWhoseCheckDigitWasComputedByHand() {
        // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2 -> 'X'
        assertThat(ResidentId.verifies("11010519491231002X")).isTrue();
        assertThat(ResidentId.verifies("11010519491231002x")).isTrue();
        // 4*7+1*9+0+2*5+0+3*4+1*2+9*1+7*6+0+0+1*9+0+1*5+0+0+1*2 = 128; 128 mod 11 = 7 -> '5'
        assertThat(ResidentId.verifies("410203197001010015")).isTrue();
        assertThat(ResidentId.checkDigit("41020319700215002")).isEqualTo('8');
        assertThat(ResidentId.verifies("410203199505050037")).isFalse();
        assertThat(ResidentId.checkDigit("41020319950505003")).isEqualTo('6');
    }

    @Test
    void readsTheBirthDateAndTheSexDigit() {
        assertThat(ResidentId.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentId.gender("11010519491231002X")).isEqualTo("F");
        assertThat(ResidentId.gender("410203197001010015")).isEqualTo("M");
        assertThat(ResidentId.birthDate("410203197002300015")).isNull();
    }

    @Test
    void onlySeventeenDigitsAndOneMoreCharacterLookLikeAnId() {
        assertThat(ResidentId.looksLikeOne("41020319700101001")).isFalse();
        assertThat(ResidentId.looksLikeOne("4102031970010100A5")).isFalse();
        assertThat(ResidentId.looksLikeOne("41020319700101001Y")).isTrue();
        assertThat(ResidentId.verifies("41020319700101001Y")).isFalse();
    }

    /** The standard's definition, written as plainly as possible: the oracle for the fast path. */
    static boolean oracle(String id) {
        int[] weights = new int[17];
        for (int i = 0; i < 17; i++) {
            weights[i] = (int) (Math.pow(2, 17 - i) % 11); // W_i = 2^(i-1) mod 11, i counted from the right
        }
        long sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (long) Character.getNumericValue(id.charAt(i)) * weights[i];
        }
        // ISO 7064 MOD 11-2: the check value a makes (sum + a) mod 11 == 1, with 10 written as X
        for (int a = 0; a <= 10; a++) {
            if ((sum + a) % 11 == 1) {
                char expected = a == 10 ? 'X' : (char) ('0' + a);
                return Character.toUpperCase(id.charAt(17)) == expected;
            }
        }
        throw new AssertionError("no check value");
    }

    @Test
    void agreesWithTheIso7064OracleOnRandomIds() {
        Random random = new Random(11643);
        int valid = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder id = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                id.append((char) ('0' + random.nextInt(10)));
            }
            int last = random.nextInt(11);
            id.append(last == 10 ? 'X' : (char) ('0' + last));
            boolean expected = oracle(id.toString());
            assertThat(ResidentId.verifies(id.toString())).as(id.toString()).isEqualTo(expected);
            valid += expected ? 1 : 0;
        }
        // one check character in eleven is right: both outcomes were exercised
        assertThat(valid).isBetween(17_000, 19_500);
    }
}
