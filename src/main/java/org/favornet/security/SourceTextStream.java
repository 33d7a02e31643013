package org.favornet.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 text file of source records (a rejects file) read line by line through
 * {@link Masking#sourceText}, for a viewer without clear data: one line in memory at a time, line
 * ends kept. A number is never split across lines, and CSV separators ({@code ,} and quotes) end a
 * number, so masking a whole line masks each cell as it would alone.
 */
public final class SourceTextStream extends InputStream {

    private final BufferedReader in;
    private byte[] line = new byte[0];
    private int at;
    private boolean done;

    private SourceTextStream(BufferedReader in) {
        this.in = in;
    }

    /** The file, masked for viewers without clear data. */
    public static InputStream open(Path file) throws IOException {
        return new SourceTextStream(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), 1 << 16));
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return line[at++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, line.length - at);
        System.arraycopy(line, at, b, off, n);
        at += n;
        return n;
    }

    private boolean fill() throws IOException {
        while (at == line.length) {
            if (done) {
                return false;
            }
            StringBuilder s = new StringBuilder();
            int c;
            while ((c = in.read()) != -1) {
                s.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            if (c == -1) {
                done = true;
            }
            line = Masking.sourceText(s.toString()).getBytes(StandardCharsets.UTF_8);
            at = 0;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
