package org.favornet.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The servlet-stream plumbing the response wrappers share: bytes go to a sink, readiness to the real stream. */
final class ServletStreams {

    private ServletStreams() {}

    /** A servlet stream writing, flushing and closing through {@code sink}; async readiness stays the real stream's. */
    static ServletOutputStream over(OutputStream sink, ServletOutputStream real) {
        return new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                sink.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                sink.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                sink.flush();
            }

            @Override
            public void close() throws IOException {
                sink.close();
            }

            @Override
            public boolean isReady() {
                return real.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                real.setWriteListener(listener);
            }
        };
    }

    /** A writer over a wrapper's own stream, in the response's character encoding. */
    static PrintWriter writer(ServletOutputStream stream, String encoding) {
        return new PrintWriter(new OutputStreamWriter(stream, Charset.forName(encoding)), false);
    }
}
