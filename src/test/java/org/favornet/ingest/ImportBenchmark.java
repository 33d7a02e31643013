package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Import throughput, recorded in docs/benchmarks.md; run with
 * {@code mvn -B -o test -Dtest=ImportBenchmark -Dbench=true}. Prints timings, asserts only counts.
 */
@GraphTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ImportBenchmark {

    static final int N = 50_000;

    @Autowired RecordLoader loader;
    @Autowired TestGraph graph;

    ImportReport timed(String what, RecordKind kind, String csv) throws Exception {
        ImportReport r = loader.load(kind, ImportSource.of(kind.fileName() + ".csv", csv.getBytes(StandardCharsets.UTF_8)),
                RecordLoader.Options.of(false));
        System.out.printf("BENCH %-40s %,8d rows %,7d ms %,8.0f rows/s%n", what, r.rows(), r.durationMs(),
                r.rows() * 1000.0 / Math.max(1, r.durationMs()));
        return r;
    }

    @Test
    void measuresPersonsAndKinshipLoadsIntoAnEmptyAndALiveGraph() throws Exception {
        graph.clear();
        StringBuilder persons = new StringBuilder("person_id,name,gender,birth_date,region_code\n");
        StringBuilder contacts = new StringBuilder("person_id,name,phone,address\n");
        StringBuilder kinship = new StringBuilder("from_id,to_id,relation\n");
        for (int i = 0; i < N; i++) {
            persons.append("Z").append(i).append(",姓名").append(i).append(",M,1970-01-01,410203001001\n");
            contacts.append("Z").append(i).append(",姓名").append(i).append(",1380").append(1_000_000 + i / 2)
                    .append(",开封市龙亭区").append(i / 3).append("号\n");
            if (i > 0) {
                kinship.append("Z").append((i - 1) / 2).append(",Z").append(i).append(",PARENT_OF\n");
            }
        }
        assertThat(timed("persons, new", RecordKind.PERSONS, persons.toString()).accepted()).isEqualTo(N);
        assertThat(timed("persons, same file again (updates)", RecordKind.PERSONS, persons.toString()).accepted()).isEqualTo(N);
        assertThat(timed("persons with phone+address (derives ties)", RecordKind.PERSONS, contacts.toString()).accepted())
                .isEqualTo(N);
        assertThat(timed("kinship PARENT_OF, binary tree", RecordKind.KINSHIP, kinship.toString()).accepted()).isEqualTo(N - 1);
        assertThat(timed("kinship again (no change)", RecordKind.KINSHIP, kinship.toString()).accepted()).isEqualTo(N - 1);
    }
}
