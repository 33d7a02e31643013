package org.favornet.security;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that masks resident-ID-shaped digit runs on their way through (see
 * {@link DigitRunMasker}). Up to 18 trailing digits are held until the run ends, so a flush does
 * not let half an ID out; {@link #finish()} or {@link #close()} releases them.
 */
final class MaskingOutputStream extends OutputStream {

    private static final int SLICE = 4096;
    private final OutputStream out;
    private byte[] buffer = new byte[8192];
    private int size;
    private final DigitRunMasker masker = new DigitRunMasker() {
        @Override
        protected void emit(char c) {
            if (size == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) c;
        }
    };

    MaskingOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        masker.accept((char) (b & 0xFF));
        drain();
    }

    /**
     * Copies stretches that cannot hold an ID straight through (digit runs shorter than 17 that end
     * inside this write, everything else) and feeds only candidate runs to the state machine.
     */
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int copyFrom = off;
        int i = off;
        while (i < end) {
            if (!masker.idle()) {
                masker.accept((char) (b[i++] & 0xFF));
                if (masker.idle() || size >= SLICE) {
                    drain();
                }
                copyFrom = i;
                continue;
            }
            byte c = b[i];
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int j = i;
            while (j < end && b[j] >= '0' && b[j] <= '9') {
                j++;
            }
            int run = j - i;
            boolean harmless = j < end && (run < 17 || run == 17 && b[j] != 'X' && b[j] != 'x');
            if (harmless) {
                i = j;
                continue;
            }
            if (i > copyFrom) {
                out.write(b, copyFrom, i - copyFrom);
            }
            for (; i < j; i++) {
                masker.accept((char) (b[i] & 0xFF));
                if (size >= SLICE) {
                    drain();
                }
            }
            copyFrom = i;
        }
        if (end > copyFrom) {
            drain();
            out.write(b, copyFrom, end - copyFrom);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The body is complete: let out held digits. */
    void finish() throws IOException {
        masker.end();
        drain();
    }

    @Override
    public void close() throws IOException {
        finish();
        out.close();
    }

    private void drain() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
