package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.favornet.GraphTest;
import org.favornet.graph.GraphProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An upload refused or cut off while it is spooled leaves no copy in the data directory. */
@GraphTest
class RefusedUploadTest {

    @Autowired ImportJobs jobs;
    @Autowired GraphProperties graph;

    private List<Path> spooled() throws IOException {
        Path root = graph.dataDir().resolve("jobs");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().equals("input.csv")).toList();
        }
    }

    @Test
    void anUploadCutOffWhileSpoolingIsDeleted() throws Exception {
        List<Path> before = spooled();
        InputStream cutOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> jobs.accept(RecordKind.values()[0], "big.csv", false, cutOff, org.favornet.security.Viewer.system()))
                .hasMessageContaining("client went away");
        assertThat(spooled()).isEqualTo(before);
    }
}
