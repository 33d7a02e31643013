package org.favornet.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.Resource;

/**
 * A file to import that can be opened more than once: once to detect its encoding, once to
 * validate (strict mode), once to write. Nothing of it is held in memory between readings.
 *
 * @param name shown in reports and used in provenance ({@code kinship:<name>:<line>})
 * @param size bytes, for progress; -1 when unknown
 */
public record ImportSource(String name, long size, Opener opener) {

    /** Opens a fresh stream positioned at the first byte. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    public static ImportSource of(Path file) throws IOException {
        return new ImportSource(file.getFileName().toString(), Files.size(file), () -> Files.newInputStream(file));
    }

    public static ImportSource of(String name, Path file) throws IOException {
        return new ImportSource(name, Files.size(file), () -> Files.newInputStream(file));
    }

    public static ImportSource of(Resource resource) throws IOException {
        long size;
        try {
            size = resource.contentLength();
        } catch (IOException unknown) {
            size = -1;
        }
        return new ImportSource(resource.getFilename(), size, resource::getInputStream);
    }

    public static ImportSource of(String name, byte[] bytes) {
        return new ImportSource(name, bytes.length, () -> new ByteArrayInputStream(bytes));
    }
}
