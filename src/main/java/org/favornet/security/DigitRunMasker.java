package org.favornet.security;

/**
 * Masks, in a character stream seen one character at a time, every run that could hold an
 * 18-character resident ID ({@code \d{17}[\dXx]}, GB 11643-1999): a run of exactly 18 (or 17 digits
 * and X) keeps its first 6 and last 4 characters like {@link Masking#mask}; a longer digit run
 * keeps only its last 4. Shorter runs pass unchanged. Only a run's digits are ever held back (at
 * most 18), so it works on unbounded streams in O(1) memory and one branch per character.
 *
 * <p>The stream is treated as ASCII-compatible bytes or chars: in UTF-8 no byte of a multi-byte
 * character is an ASCII digit, so the raw response bytes can be scanned without decoding.
 */
abstract class DigitRunMasker {

    private static final int ID = 18;
    private static final int KEEP = 4;

    private final char[] run = new char[ID];
    private int length;
    /** Past 18 digits: what came before the last four has already gone out as '*'. */
    private boolean longRun;

    /** Receives the masked output. */
    protected abstract void emit(char c);

    final void accept(char c) {
        if (c >= '0' && c <= '9') {
            digit(c);
        } else if ((c == 'X' || c == 'x') && !longRun && length == ID - 1) {
            run[length++] = c;
            emitMaskedId();
        } else {
            end();
            emit(c);
        }
    }

    /** Nothing held: the next character may bypass {@link #accept}. */
    final boolean idle() {
        return length == 0 && !longRun;
    }

    /** The stream ended: let out what is held. */
    final void end() {
        if (longRun) {
            for (int i = 0; i < KEEP; i++) {
                emit(run[i]);
            }
        } else if (length == ID) {
            emitMaskedId();
            return;
        } else {
            for (int i = 0; i < length; i++) {
                emit(run[i]);
            }
        }
        length = 0;
        longRun = false;
    }

    private void digit(char c) {
        if (longRun) {
            // run[0..3] is a window on the last four digits: the oldest goes out starred.
            emit('*');
            System.arraycopy(run, 1, run, 0, KEEP - 1);
            run[KEEP - 1] = c;
        } else if (length < ID) {
            run[length++] = c;
        } else {
            // A 19th digit: not an ID but an account-like number; star all but the last four.
            for (int i = 0; i < ID + 1 - KEEP; i++) {
                emit('*');
            }
            System.arraycopy(run, ID - KEEP + 1, run, 0, KEEP - 1);
            run[KEEP - 1] = c;
            longRun = true;
        }
    }

    private void emitMaskedId() {
        for (int i = 0; i < 6; i++) {
            emit(run[i]);
        }
        for (int i = 6; i < ID - KEEP; i++) {
            emit('*');
        }
        for (int i = ID - KEEP; i < ID; i++) {
            emit(run[i]);
        }
        length = 0;
    }

    /** Masks a whole string; returns the same instance when nothing needed masking. */
    static String scrub(String s) {
        if (s == null || !hasLongDigitRun(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        DigitRunMasker m = new DigitRunMasker() {
            @Override
            protected void emit(char c) {
                out.append(c);
            }
        };
        for (int i = 0; i < s.length(); i++) {
            m.accept(s.charAt(i));
        }
        m.end();
        return out.toString();
    }

    private static boolean hasLongDigitRun(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= ID) {
                    return true;
                }
            } else {
                if (run == ID - 1 && (c == 'X' || c == 'x')) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }
}
