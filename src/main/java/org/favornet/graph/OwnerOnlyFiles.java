package org.favornet.graph;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The data directory holds personal data in clear (the store, import jobs and their rejects, the
 * audit trail): it and everything under it are made owner-only (directories 0700, files 0600) before
 * the embedded database opens and again once start-up has written its files. The 0700 top directory
 * alone already keeps other local users out of files created later with the process umask.
 */
@Component
public class OwnerOnlyFiles {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private final GraphProperties props;

    OwnerOnlyFiles(GraphProperties props) {
        this.props = props;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        tighten(props.dataDir());
    }

    /** Creates {@code dir} if needed and makes it and everything below owner-only; no-op off POSIX. */
    public static void tighten(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    if (a.isRegularFile()) {
                        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE; // a file removed while walking
                }
            });
        } catch (IOException e) {
            log.warn("Could not make {} owner-only: {}", dir, e.getMessage());
        }
    }
}
