package org.favornet.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parent checks, with nothing stored (a first load) and with a store behind them. */
class ParentGraphTest {

    @Test
    void inMemoryRefusesEveryCycleAndAThirdParent() {
        ParentGraph g = ParentGraph.inMemory();
        accept(g, "A", "B");
        accept(g, "B", "C");
        accept(g, "C", "D");
        assertThat(g.violation("D", "A")).contains("D descends from A").contains("A -> B -> C -> D");
        assertThat(g.violation("C", "A")).contains("cycle");
        // the shortcut: a childless person can take any parent without a walk
        accept(g, "X", "D");
        assertThat(g.violation("Y", "D")).contains("already has two parents (C, X)");
        // the same tie again is no violation
        assertThat(g.violation("A", "B")).isNull();
    }

    @Test
    void aChildWhoseDescendantsArriveLaterIsStillChecked() {
        // ties out of generation order: the grandchild first, then the grandparent above a descendant
        ParentGraph g = ParentGraph.inMemory();
        accept(g, "P", "Q");
        accept(g, "Q", "R");
        assertThat(g.violation("R", "P")).contains("cycle");
        accept(g, "O", "P");
        assertThat(g.violation("R", "O")).contains("R descends from O");
    }

    @Test
    void withAStoreBehindItTheStoredAncestryCounts() {
        Map<String, List<String>> stored = Map.of("B", List.of("A"), "C", List.of("B"));
        ParentGraph g = new ParentGraph(ids -> {
            java.util.Map<String, List<String>> found = new java.util.HashMap<>();
            ids.forEach(id -> found.put(id, stored.getOrDefault(id, List.of())));
            return found;
        });
        assertThat(g.violation("C", "A")).contains("C descends from A");
        assertThat(g.violation("A", "Z")).isNull();
    }

    private static void accept(ParentGraph g, String parent, String child) {
        assertThat(g.violation(parent, child)).isNull();
        g.add(parent, child);
    }
}
