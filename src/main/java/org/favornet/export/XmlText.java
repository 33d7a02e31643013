package org.favornet.export;

/** Text that XML 1.0 can carry: characters it forbids (most C0 controls, lone surrogates) are dropped. */
final class XmlText {

    /** Stand-ins for tab, line feed and carriage return until {@link KeptWhitespace} writes them as references. */
    private static final char TAB = '\uFDD0';
    private static final char LF = '\uFDD1';
    private static final char CR = '\uFDD2';

    private XmlText() {}

    /**
     * Cleaned text whose tabs, line feeds and carriage returns survive a reader: written through
     * {@link KeptWhitespace} they become {@code &#9;}, {@code &#10;}, {@code &#13;}, which attribute
     * value normalisation (tab and line feed to space) and line-end handling (CR to LF) leave alone.
     * A StAX writer escapes only {@code & < > "}. The stand-ins are Unicode noncharacters; any in the
     * input become U+FFFD first.
     */
    static String kept(String s) {
        String c = clean(s);
        StringBuilder b = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            b.append(switch (ch) {
                case '\t' -> TAB;
                case '\n' -> LF;
                case '\r' -> CR;
                case TAB, LF, CR -> '\uFFFD';
                default -> ch;
            });
        }
        return b.toString();
    }

    /** The writer under a StAX writer fed with {@link #kept} text: stand-ins become character references. */
    static final class KeptWhitespace extends java.io.FilterWriter {

        KeptWhitespace(java.io.Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws java.io.IOException {
            switch (c) {
                case TAB -> out.write("&#9;");
                case LF -> out.write("&#10;");
                case CR -> out.write("&#13;");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws java.io.IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                char c = cbuf[i];
                if (c == TAB || c == LF || c == CR) {
                    out.write(cbuf, start, i - start);
                    write(c);
                    start = i + 1;
                }
            }
            out.write(cbuf, start, off + len - start);
        }

        @Override
        public void write(String str, int off, int len) throws java.io.IOException {
            write(str.toCharArray(), off, len);
        }
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
