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

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        // In slices, so the output buffer stays small whatever the caller writes at once.
        for (int start = off, end = off + len; start < end; start += SLICE) {
            for (int i = start, stop = Math.min(end, start + SLICE); i < stop; i++) {
                masker.accept((char) (b[i] & 0xFF));
            }
            drain();
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
