package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Issue 15's import fuzz run: seeded malformed files and bodies (bad encodings, truncation, quotes,
 * huge fields, control characters, wrong headers, bad dates, ids and amounts, rows of the wrong
 * length, GEDCOM garbage) posted raw and as multipart, strict and not, to every import endpoint.
 * Every answer is below 500 and free of the database's internals; a strict import writes all of
 * its file or nothing (node and relationship counts unchanged); every rejected row names its line,
 * its column and a reason. {@code -Dfavornet.fuzz.count=N} runs more cases (default 250 in the normal suite; docs/benchmarks.md records a run of 1,000),
 * {@code -Dfavornet.fuzz.seed=S} another seed.
 */
@GraphTest
class ImportFuzzTest {

    private static final int COUNT = Integer.getInteger("favornet.fuzz.count", 250);
    private static final long SEED = Long.getLong("favornet.fuzz.seed", 15L);
    private static final String[] CONTENT_TYPES = {"text/csv", "application/octet-stream", "text/plain"};
    private static final String REGION = "410728101201";

    @Autowired MockMvc mvc;
    @Autowired TestGraph graph;
    @Autowired ObjectMapper json;

    @Test
    void malformedImportsNeverAnswer5xxNeverWriteUnderStrictModeAndNameLineColumnAndReason() throws Exception {
        graph.clear();
        graph.run("CREATE (:Person {id: 'P1', name: '甲', regionCode: $r}), (:Person {id: 'P2', name: '乙', regionCode: $r}), "
                + "(:Person {id: 'P3', name: '丙', regionCode: $r})", Map.of("r", REGION));
        graph.run("MATCH (p:Person {id: 'P1'}) CREATE (p)-[:RECEIVED]->(:Grant {id: 'G1', program: 'DIBAO', amount: 300.0}), "
                + "(p)-[:OWNS]->(:Account {id: 'A1'}), (p)-[:OWNS]->(:Account {id: 'A2'})");
        // a token, not Basic: bcrypt on every one of a thousand requests would be most of the run
        token = json.readTree(mvc.perform(post("/api/tokens").with(httpBasic("officer", "officer")))
                .andReturn().getResponse().getContentAsString()).get("token").asText();
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Map<String, Integer> statuses = new TreeMap<>();
        int strictRuns = 0;
        int strictWroteNothing = 0;
        long rejects = 0;
        for (int n = 0; n < COUNT; n++) {
            Case c = random.nextInt(20) == 0 ? gedcom(random) : csv(random);
            boolean strict = random.nextBoolean();
            long[] before = strict ? counts() : null;
            MockHttpServletResponse response = mvc.perform(request(c, strict, random)).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            String what = "case " + n + " (" + c.what + ", strict " + strict + "): " + response.getStatus() + " "
                    + body.substring(0, Math.min(400, body.length()));
            statuses.merge(String.valueOf(response.getStatus()), 1, Integer::sum);

            assertThat(response.getStatus()).as(what).isLessThan(500);
            assertThat(body).as(what).doesNotContain("Neo.ClientError", "Neo.DatabaseError", "element id", "Index(",
                    "Exception");
            JsonNode report = response.getStatus() == 200 && body.startsWith("{") ? json.readTree(body) : null;
            if (report != null && report.has("rejects")) {
                for (JsonNode r : report.get("rejects")) {
                    rejects++;
                    assertThat(r.get("line").asLong()).as(what).isPositive();
                    assertThat(r.get("column").isTextual() && !r.get("column").asText().isBlank()).as(what + " " + r).isTrue();
                    assertThat(r.get("reason").asText()).as(what + " " + r).isNotBlank();
                }
            }
            if (strict && !c.gedcom) {
                strictRuns++;
                boolean wroteAll = report != null && report.get("rejected").asLong() == 0
                        && report.get("accepted").asLong() == report.get("rows").asLong();
                if (!wroteAll) {
                    strictWroteNothing++;
                    assertThat(counts()).as(what).containsExactly(before);
                    if (report != null) {
                        assertThat(report.get("accepted").asLong()).as(what).isZero();
                    }
                }
            }
        }
        System.out.printf("import fuzz: %d cases (seed %d) in %.0f s, statuses %s, %d strict of which %d wrote nothing, "
                + "%d rejects checked%n", COUNT, SEED, (System.nanoTime() - started) / 1e9, statuses, strictRuns,
                strictWroteNothing, rejects);
        assertThat(strictWroteNothing).isPositive();
    }

    private long[] counts() {
        return new long[] {graph.count("MATCH (n) RETURN count(n)"), graph.count("MATCH ()-[r]->() RETURN count(r)")};
    }

    private record Case(String path, byte[] bytes, String what, boolean gedcom) {}

    private String token;

    private RequestBuilder request(Case c, boolean strict, Random random) {
        if (random.nextInt(3) == 0) {
            return multipart(c.path).file(new MockMultipartFile("file", "fuzz.csv", "text/csv", c.bytes))
                    .param("strict", String.valueOf(strict)).header("Authorization", "Bearer " + token);
        }
        return post(c.path).param("strict", String.valueOf(strict)).header("Authorization", "Bearer " + token)
                .contentType(CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]).content(c.bytes);
    }

    /** A valid value for a column of a record kind, from the arranged graph. */
    private static String value(String column, Random r, int row) {
        return switch (column) {
            case "person_id" -> "F" + r.nextInt(30);
            case "from_id", "beneficiary_id", "owner_id", "subject_id", "handled_by", "approved_by" -> "P" + (1 + r.nextInt(3));
            case "to_id" -> "P" + (1 + r.nextInt(3));
            case "name" -> "张" + row;
            case "gender" -> r.nextBoolean() ? "M" : "女";
            case "birth_date", "death_date", "start_date", "end_date", "since", "applied_date", "approved_date",
                    "opened_date", "paid_date", "date", "registered_date" -> "2020-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9);
            case "region_code" -> REGION;
            case "relation" -> new String[] {"PARENT_OF", "SPOUSE_OF", "SIBLING_OF"}[r.nextInt(3)];
            case "relation_code" -> String.valueOf(r.nextInt(9));
            case "household_id" -> "H" + r.nextInt(5);
            case "kind" -> "OTHER";
            case "post" -> "村委会主任";
            case "program" -> "DIBAO";
            case "amount", "value" -> String.valueOf(r.nextInt(1000));
            case "declared_relative" -> "N";
            case "grant_id" -> "G1";
            case "account_id", "from_account" -> "A1";
            case "to_account" -> "A2";
            case "phone" -> "1380000000" + r.nextInt(10);
            default -> column.endsWith("_id") ? "K" + r.nextInt(20) : "文本" + r.nextInt(100);
        };
    }

    private static final String[] BAD_VALUES = {"", " ", "2020-13-45", "yesterday", "2999-01-01", "-5", "1,000", "abc",
        "410203199505050037", "\"unclosed", "a\"b", "X".repeat(9000), "张".repeat(3000), "\u0000", "\u0001x", "a\u0085b",
        "\u007f", "=cmd()", "\uFFFD", "\t", "0", "99", "SELF_OF", "P1", "\r"};

    private Case csv(Random r) {
        RecordKind kind = RecordKind.values()[r.nextInt(RecordKind.values().length)];
        List<String> columns = new ArrayList<>(kind.required());
        for (String o : kind.optional()) {
            if (r.nextBoolean()) {
                columns.add(o);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>();
            for (String col : columns) {
                row.add(value(col, r, i));
            }
            rows.add(row);
        }
        List<String> mutations = new ArrayList<>();
        int m = 1 + r.nextInt(3);
        for (int k = 0; k < m; k++) {
            int what = r.nextInt(12);
            List<String> row = rows.get(r.nextInt(rows.size()));
            if (row.isEmpty()) {
                row.add("");
            }
            int cell = r.nextInt(row.size());
            int col = r.nextInt(columns.size());
            switch (what) {
                case 0 -> { row.set(cell, BAD_VALUES[r.nextInt(BAD_VALUES.length)]); mutations.add("bad value in field " + (cell + 1)); }
                case 1 -> { row.remove(row.size() - 1); mutations.add("short row"); }
                case 2 -> { row.add("extra"); mutations.add("long row"); }
                case 3 -> { row.set(cell, "\"" + row.get(cell)); mutations.add("stray quote"); }
                case 4 -> { row.set(cell, "x".repeat(FieldLimits.FIELD_BYTES + 10)); mutations.add("huge field"); }
                case 5 -> { row.set(cell, row.get(cell) + (char) r.nextInt(32)); mutations.add("control char"); }
                case 6 -> { columns.set(col, columns.get(col) + "_x"); mutations.add("renamed column"); }
                case 7 -> { columns.add(columns.get(col)); mutations.add("column twice"); }
                case 8 -> { row.set(cell, "\"" + row.get(cell) + "\n" + "续" + "\""); mutations.add("line break in quotes"); }
                case 9 -> { row.set(cell, "\"" + row.get(cell) + "\"\"\""); mutations.add("doubled quotes"); }
                case 10 -> { row.set(cell, "X".repeat(FieldLimits.INDEX_KEY_BYTES + 1)); mutations.add("index-size value"); }
                default -> { rows.add(new ArrayList<>(List.of(""))); mutations.add("blank-ish row"); }
            }
        }
        StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
        for (List<String> row : rows) {
            text.append(String.join(",", row)).append(r.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = (r.nextInt(8) == 0 ? text.toString().getBytes(TextEncoding.GB18030)
                : text.toString().getBytes(StandardCharsets.UTF_8));
        int bytesMutation = r.nextInt(10);
        if (bytesMutation == 0) {
            bytes = insert(bytes, r.nextInt(bytes.length + 1), new byte[] {(byte) 0xFF});
            mutations.add("byte 0xFF");
        } else if (bytesMutation == 1) {
            bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
            mutations.add("truncated");
        } else if (bytesMutation == 2) {
            byte[] noise = new byte[1 + r.nextInt(40)];
            r.nextBytes(noise);
            bytes = insert(bytes, r.nextInt(bytes.length + 1), noise);
            mutations.add("random bytes");
        } else if (bytesMutation == 3) {
            bytes = insert(bytes, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            mutations.add("BOM");
        } else if (bytesMutation == 4 && r.nextInt(4) == 0) {
            bytes = new byte[0];
            mutations.add("empty");
        }
        return new Case("/api/imports/" + (r.nextInt(50) == 0 ? "nonsense" : kind.fileName()), bytes,
                kind.fileName() + ": " + String.join(", ", mutations), false);
    }

    private Case gedcom(Random r) {
        String[] lines = {"0 HEAD", "1 CHAR UTF-8", "0 @I1@ INDI", "1 NAME A /B/", "1 BIRT", "2 DATE 1990",
            "1 DEAT", "2 DATE 1890", "0 @I2@ INDI", "0 @F1@ FAM", "1 HUSB @I1@", "1 WIFE @I1@", "1 CHIL @I1@",
            "1 CHIL @I2@", "0 @F2@ FAM", "1 HUSB @I2@", "1 CHIL @I1@", "7 JUNK", "garbage", "1 NAME " + "名".repeat(3000),
            "1 NAME a\u0000b", "0 TRLR"};
        StringBuilder text = new StringBuilder();
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            text.append(lines[r.nextInt(lines.length)]).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (r.nextBoolean()) {
            byte[] noise = new byte[1 + r.nextInt(20)];
            r.nextBytes(noise);
            bytes = insert(bytes, r.nextInt(bytes.length + 1), noise);
        }
        return new Case("/api/imports/gedcom", bytes, "gedcom", true);
    }

    private static byte[] insert(byte[] into, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(into, 0, at);
        out.writeBytes(what);
        out.write(into, at, into.length - at);
        return out.toByteArray();
    }
}
