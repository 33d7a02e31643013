package org.favornet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Defence in depth behind {@link Sensitive}: for a viewer without clear-data permission, every
 * resident-ID-shaped run still present in a response body is masked on its way out, whatever the
 * content type (JSON, CSV, GraphML) and whoever forgot an annotation. It runs after authorization,
 * on the raw bytes, so it never touches what features store, and streams in O(1) memory.
 */
final class MaskingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(req)) {
            chain.doFilter(req, res);
            finishAsync(res);
            return;
        }
        if (Viewer.current().clearData()) {
            chain.doFilter(req, res);
            return;
        }
        MaskedResponse masked = new MaskedResponse(res);
        chain.doFilter(req, masked);
        if (!req.isAsyncStarted()) {
            masked.finish();
        }
    }

    /** Async (streaming) bodies end on the async dispatch: release held digits then. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(req, res);
    }

    /** On the async dispatch the response is our wrapper again (Spring re-dispatches what it was given). */
    static void finishAsync(ServletResponse res) throws IOException {
        for (ServletResponse r = res; r instanceof HttpServletResponseWrapper w; r = w.getResponse()) {
            if (w instanceof MaskedResponse m) {
                m.finish();
                return;
            }
        }
    }

    static final class MaskedResponse extends HttpServletResponseWrapper {

        private MaskingOutputStream stream;
        private ServletOutputStream servletStream;
        private PrintWriter writer;

        MaskedResponse(HttpServletResponse res) {
            super(res);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (servletStream == null) {
                ServletOutputStream real = super.getOutputStream();
                stream = new MaskingOutputStream(real);
                servletStream = ServletStreams.over(stream, real);
            }
            return servletStream;
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
            super.flushBuffer();
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null) {
                stream.finish();
            }
        }
    }
}
