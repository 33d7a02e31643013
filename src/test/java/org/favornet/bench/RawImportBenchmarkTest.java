package org.favornet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.favornet.CommandRun;
import org.favornet.ingest.TextEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench-raw-import}: one entity per record, through Neo4j's offline importer, in a scratch directory it leaves empty. */
class RawImportBenchmarkTest {

    @TempDir Path tmp;

    @Test
    void importsEveryRecordOfTheDemoCountyAsOneEntity() throws IOException {
        Path scratch = tmp.resolve("scratch");
        String out = run("bench-raw-import", "fixtures/demo", scratch.toString());
        assertThat(out).endsWith("exit 0");

        long nodeRows = 0;
        for (String kind : List.of("persons", "households", "posts", "grants", "accounts", "payments", "transfers",
                "assets", "tips")) {
            nodeRows += dataRows(kind);
        }
        long relRows = dataRows("kinship") + dataRows("acquaintances");
        assertThat(number(out, "records\\s+([\\d,]+)")).as(out).isEqualTo(nodeRows + relRows);
        // the importer's own count: the rewritten headers gave every row its id space, type and ends
        assertThat(number(out, "([\\d,]+) nodes")).as(out).isEqualTo(nodeRows);
        assertThat(number(out, "([\\d,]+) relationships")).as(out).isEqualTo(relRows);
        assertThat(out).contains("records/s");
        assertThat(scratch).doesNotExist();
    }

    @Test
    void leavesAScratchDirectoryItDidNotMakeAlone() throws IOException {
        Path scratch = Files.createDirectories(tmp.resolve("someone-elses"));
        Path kept = Files.writeString(scratch.resolve("notes.txt"), "keep me");
        String out = run("bench-raw-import", "fixtures/demo", scratch.toString());
        assertThat(out).contains("exit 2").contains("is not empty and was not made by bench-raw-import");
        assertThat(kept).hasContent("keep me");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("gb"));
        Files.write(folder.resolve("persons.csv"), "person_id,name\nP1,张三\n".getBytes(TextEncoding.GB18030));
        String out = run("bench-raw-import", folder.toString(), tmp.resolve("scratch").toString());
        assertThat(out).contains("exit 2").contains("is not UTF-8");
    }

    /** What the command printed (the importer prints to the console), its errors, and "exit N". */
    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        CommandRun.Result r;
        try {
            r = CommandRun.withoutServices(args);
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8) + r.out() + r.err() + "\nexit " + r.exit();
    }

    private static long dataRows(String kind) throws IOException {
        return Files.readAllLines(Path.of("fixtures/demo", kind + ".csv")).stream().skip(1).filter(l -> !l.isBlank())
                .count();
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
