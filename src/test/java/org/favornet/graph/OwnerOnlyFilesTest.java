package org.favornet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.favornet.GraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The data directory and what lies in it are owner-only; the API listens on loopback by default. */
@GraphTest
class OwnerOnlyFilesTest {

    @Autowired GraphProperties props;
    @Autowired Environment env;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void worldReadableFilesAndDirectoriesBecomeOwnerOnly(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        Path job = Files.createDirectories(data.resolve("jobs/abc"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path rejects = Files.writeString(job.resolve("rejects.csv"), "410203199505050037\n");
        Files.setPosixFilePermissions(rejects, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        OwnerOnlyFiles.tighten(data);
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(job)).isEqualTo("rwx------");
        assertThat(mode(rejects)).isEqualTo("rw-------");
    }

    @Test
    void theRunningServicesDataDirectoryAndStoreAreOwnerOnly() throws Exception {
        Path data = props.dataDir();
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("neo4j"))).isEqualTo("rwx------");
        try (var files = Files.walk(data.resolve("neo4j"), 3)) {
            assertThat(files.filter(Files::isRegularFile).limit(50).toList()).allSatisfy(f ->
                    assertThat(mode(f)).as(f.toString()).doesNotEndWith("r--").doesNotContain("rw-r"));
        }
    }

    @Test
    void theApiListensOnLoopbackUnlessToldOtherwise() {
        assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
    }
}
