package org.favornet.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Holds a response body until its audit record is on disk. The record is written once, at the
 * first of: the handler finished, the body outgrew {@link #HOLD}, the handler flushed, an error was
 * sent, or the request went asynchronous. Only then do bytes reach the real response.
 *
 * <p>Thread-safe: the body may be written by an async thread while the request thread records on
 * its way out of the filter. Every write, the decision to record and the release of the held bytes
 * happen under this wrapper's lock, so a byte is either held and released exactly once in order, or
 * passed through after the record; the record itself runs once. (Unlocked, the two threads used to
 * interleave: held bytes sent twice or lost, and two records for one request.)
 */
final class AuditedResponse extends HttpServletResponseWrapper {

    /** Bytes held in memory before the record is written early; typical JSON answers fit. */
    static final int HOLD = 256 * 1024;

    private final Runnable record;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private boolean recorded;
    private ServletOutputStream stream;
    private PrintWriter writer;

    AuditedResponse(HttpServletResponse res, Runnable record) {
        super(res);
        this.record = record;
    }

    synchronized boolean recorded() {
        return recorded;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream real = super.getOutputStream();
            stream = ServletStreams.over(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    synchronized (AuditedResponse.this) {
                        writeOne(b);
                    }
                }

                private void writeOne(int b) throws IOException {
                    if (!recorded && held.size() + 1 <= HOLD) {
                        held.write(b);
                        return;
                    }
                    recordAndPassThrough();
                    real.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    synchronized (AuditedResponse.this) {
                        writeMany(b, off, len);
                    }
                }

                private void writeMany(byte[] b, int off, int len) throws IOException {
                    if (!recorded && held.size() + len <= HOLD) {
                        held.write(b, off, len);
                        return;
                    }
                    recordAndPassThrough();
                    real.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    // Serializers flush when they are done; that is the moment to record, not before.
                    synchronized (AuditedResponse.this) {
                        recordAndPassThrough();
                        real.flush();
                    }
                }

                @Override
                public void close() throws IOException {
                    synchronized (AuditedResponse.this) {
                        recordAndPassThrough();
                        real.close();
                    }
                }
            }, real);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = ServletStreams.writer(getOutputStream(), getCharacterEncoding());
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        recordAndPassThrough();
        super.flushBuffer();
    }

    @Override
    public void sendError(int sc) throws IOException {
        super.setStatus(sc);
        recordAndPassThrough();
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        super.setStatus(sc);
        recordAndPassThrough();
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        super.setStatus(302);
        recordAndPassThrough();
        super.sendRedirect(location);
    }

    @Override
    public synchronized void resetBuffer() {
        held.reset();
        super.resetBuffer();
    }

    @Override
    public synchronized void reset() {
        held.reset();
        super.reset();
    }

    /** The handler is done: record, then send what was held. */
    synchronized void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        recordAndPassThrough();
    }

    /** Records now (once) and lets held and future bytes through. */
    synchronized void recordAndPassThrough() throws IOException {
        if (!recorded) {
            record.run();
            recorded = true;
            if (held.size() > 0) {
                held.writeTo(getResponse().getOutputStream());
                held.reset();
            }
        }
    }
}
