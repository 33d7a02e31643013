package org.favornet.kinship.gedcom;

import java.text.Normalizer;
import java.util.List;

/**
 * Decodes ANSEL (ANSI/NISO Z39.47, the GEDCOM 5.5 default character set) to Unicode. Bytes below
 * 0x80 are ASCII; 0xA1–0xCF are special letters and symbols; 0xE0–0xFE are combining marks, which
 * ANSEL writes <em>before</em> the base letter and Unicode after it, so they are held and emitted
 * after the next base character, then the text is NFC-composed ("E2 65" → "é"). Unknown bytes
 * become U+FFFD and a warning. Linear in the input.
 */
public final class AnselDecoder {

    private static final char[] SPECIAL = new char[0x100];
    private static final char[] COMBINING = new char[0x100];

    static {
        String specials = "A1\u0141 A2\u00D8 A3\u0110 A4\u00DE A5\u00C6 A6\u0152 A7\u02B9 A8\u00B7 A9\u266D AA\u00AE "
                + "AB\u00B1 AC\u01A0 AD\u01AF AE\u02BC B0\u02BB B1\u0142 B2\u00F8 B3\u0111 B4\u00FE B5\u00E6 B6\u0153 "
                + "B7\u02BA B8\u0131 B9\u00A3 BA\u00F0 BC\u01A1 BD\u01B0 BE\u25A1 BF\u25A0 C0\u00B0 C1\u2113 C2\u2117 "
                + "C3\u00A9 C4\u266F C5\u00BF C6\u00A1 C7\u00DF C8\u20AC CD\u0065 CE\u006F CF\u00DF";
        for (String s : specials.split(" ")) {
            SPECIAL[Integer.parseInt(s.substring(0, 2), 16)] = s.charAt(2);
        }
        String combining = "E0\u0309 E1\u0300 E2\u0301 E3\u0302 E4\u0303 E5\u0304 E6\u0306 E7\u0307 E8\u0308 "
                + "E9\u030C EA\u030A EB\uFE20 EC\uFE21 ED\u0315 EE\u030B EF\u0310 F0\u0327 F1\u0328 F2\u0323 "
                + "F3\u0324 F4\u0325 F5\u0333 F6\u0332 F7\u0326 F8\u031C F9\u032E FA\uFE22 FB\uFE23 FE\u0313";
        for (String s : combining.split(" ")) {
            COMBINING[Integer.parseInt(s.substring(0, 2), 16)] = s.charAt(2);
        }
    }

    /** Decoded text and the offsets of bytes that have no ANSEL meaning. */
    public record Result(String text, List<Integer> unknownOffsets) {}

    private AnselDecoder() {}

    public static Result decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        StringBuilder pending = new StringBuilder();
        List<Integer> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xE0 && COMBINING[b] != 0) {
                pending.append(COMBINING[b]);
                continue;
            }
            char c;
            if (b < 0x80) {
                c = (char) b;
            } else if (SPECIAL[b] != 0) {
                c = SPECIAL[b];
            } else {
                c = '\uFFFD';
                unknown.add(i);
            }
            if (c == '\n' || c == '\r') {
                // a mark with no base letter on its line stays on that line
                out.append(pending).append(c);
            } else {
                out.append(c).append(pending);
            }
            pending.setLength(0);
        }
        out.append(pending);
        return new Result(Normalizer.normalize(out, Normalizer.Form.NFC), unknown);
    }
}
