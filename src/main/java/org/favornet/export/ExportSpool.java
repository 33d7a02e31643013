package org.favornet.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.favornet.export.SubgraphExporter.PreparedExport;
import org.favornet.graph.GraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Writes an export completely to an owner-only spool file before any byte is sent, so a response is
 * either the whole file with its {@code Content-Length} or, when writing fails, a problem document;
 * never a 200 cut short. The file is bounded by {@code favornet.export.max-nodes}/{@code max-edges}
 * (checked while gathering) and is opened with {@code DELETE_ON_CLOSE}, which on POSIX unlinks it at
 * once: the bytes live only behind the open handle, and nothing with personal data stays on disk
 * after the response, a crash or a client that went away.
 */
@Component
class ExportSpool {

    private static final Logger log = LoggerFactory.getLogger(ExportSpool.class);
    private final Path dir;

    @Autowired
    ExportSpool(GraphProperties props) {
        this(props.dataDir().toAbsolutePath().resolve("export-spool"));
    }

    ExportSpool(Path dir) {
        this.dir = dir;
    }

    /** The export as a readable resource of known length; reading it to the end and closing removes it. */
    Resource spool(PreparedExport export) {
        Path file = null;
        try {
            Files.createDirectories(dir);
            restrict(dir);
            // createTempFile makes the file rw------- on POSIX
            file = Files.createTempFile(dir, "export-", ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                export.writeTo(out);
            }
            long length = Files.size(file);
            InputStream in = Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
            return new SpooledFile(in, length, export.filename());
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("Cannot spool the export", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void restrict(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("No POSIX permissions for {}", dir);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Cannot remove the export spool file {}: {}", file, e.getMessage());
            }
        }
    }

    /** A one-shot stream that knows its length (Spring then sends {@code Content-Length}). */
    private static final class SpooledFile extends InputStreamResource {

        private final long length;
        private final String filename;

        SpooledFile(InputStream in, long length, String filename) {
            super(in, "spooled export " + filename);
            this.length = length;
            this.filename = filename;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
