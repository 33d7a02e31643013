package org.favornet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.favornet.CommandRun;
import org.favornet.GraphTest;
import org.favornet.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@code bench-import}: each round loads the whole folder, and the graph is wiped between and after rounds. */
@GraphTest
class LoaderBenchmarkTest {

    @Autowired ApplicationContext context;
    @Autowired TestGraph graph;

    @Test
    void loadsTheDemoCountyTwiceWithTheSameCountsAndLeavesTheGraphEmpty() throws Exception {
        graph.clear();
        CommandRun.Result run = CommandRun.with(context, "bench-import", "fixtures/demo", "--rounds", "2");
        String out = run.out();

        assertThat(run.exit()).as(run.err()).isZero();
        Matcher m = Pattern.compile("round (\\d) \\((cold|warm)\\): transactional loader, ([\\d,]+) records \\(0 rejected,"
                + " ([\\d,]+) ties derived\\)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        String firstRecords = m.group(3);
        String firstDerived = m.group(4);
        assertThat(m.group(2)).isEqualTo("cold");
        assertThat(m.find()).as(out).isTrue();
        assertThat(m.group(2)).isEqualTo("warm");
        // the wipe leaves nothing behind: the second round loads and derives exactly what the first did
        assertThat(m.group(3)).isEqualTo(firstRecords);
        assertThat(m.group(4)).isEqualTo(firstDerived);
        assertThat(Long.parseLong(firstRecords.replace(",", ""))).isGreaterThan(1000);
        assertThat(out).contains("round 2 (warm): naive loader:");
        assertThat(graph.count("MATCH (n) WHERE NOT n:User RETURN count(n)")).isZero();
    }

    @Test
    void refusesAGraphThatHoldsPersons() {
        graph.clear();
        graph.run("CREATE (:Person {id: 'kept'})");
        CommandRun.Result run = CommandRun.with(context, "bench-import", "fixtures/demo");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("holds 1 persons");
        assertThat(graph.count("MATCH (p:Person {id: 'kept'}) RETURN count(p)")).isEqualTo(1);
    }
}
