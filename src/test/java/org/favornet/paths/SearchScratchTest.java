package org.favornet.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.favornet.projection.PersonGraph;
import org.favornet.graph.TieKind;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.junit.jupiter.api.Test;

/** Reused per-person scratch memory forgets each search: answers do not depend on what ran before. */
class SearchScratchTest {

    private static final double[] WEIGHTS = PathsProperties.defaults().weights().byKind();

    @Test
    void aResetForgetsEveryMarkWhetherTheArraysGrowOrNot() {
        VertexMarks marks = new VertexMarks();
        marks.reset(10);
        marks.set(3, 7);
        marks.set(9, -1);
        assertThat(marks.get(3, -5)).isEqualTo(7);
        assertThat(marks.get(9, -5)).isEqualTo(-1);
        assertThat(marks.has(4)).isFalse();
        marks.reset(5); // a smaller projection keeps the larger arrays
        assertThat(marks.capacity()).isEqualTo(10);
        assertThat(marks.has(3)).isFalse();
        assertThat(marks.get(9, -5)).isEqualTo(-5);
        marks.set(3, Integer.MAX_VALUE);
        assertThat(marks.get(3, 0)).isEqualTo(Integer.MAX_VALUE);
        marks.reset(20); // a larger one gets new arrays
        assertThat(marks.capacity()).isEqualTo(20);
        assertThat(marks.has(3)).isFalse();
    }

    /** One query: a graph (of its own size), a kind mask, two ends and bounds. */
    private record Query(int id, PersonGraph g, int mask, int s, int t, int maxHops, int k) {}

    /** What every search of the package answers for a query, compared as strings. */
    private static String answer(Query q) {
        int hops = new HopBoundedPaths(q.g(), q.mask(), WEIGHTS, Deadline.none()).shortestHops(q.s(), q.t(), q.maxHops());
        List<IndexPath> paths = new HopBoundedPaths(q.g(), q.mask(), WEIGHTS, Deadline.none())
                .kShortest(q.s(), q.t(), q.k(), q.maxHops());
        CircleSearch.Circle c = new CircleSearch(q.g(), q.mask(), WEIGHTS, Deadline.none()).around(q.s(), 2, 50);
        List<String> circle = new ArrayList<>();
        for (int i = 0; i < c.members().length; i++) {
            IndexPath p = c.pathTo(i);
            circle.add(c.members()[i] + "@" + c.hops()[i] + "/" + c.weight()[i] + Arrays.toString(p.edges()));
        }
        List<String> described = paths.stream()
                .map(p -> Arrays.toString(p.vertices()) + Arrays.toString(p.edges()) + p.weight()).toList();
        return hops + " " + described + " " + circle + " " + c.truncated();
    }

    @Test
    void consecutiveQueriesOnProjectionsOfDifferentSizesGiveTheSameAnswersInAnyOrder() {
        Random rnd = new Random(2024);
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            int n = switch (i % 4) {
                case 0 -> 12;
                case 1 -> 400;
                case 2 -> 60;
                default -> 1500;
            };
            PersonGraph g = HopBoundedPathsTest.random(rnd, n, n + rnd.nextInt(2 * n));
            queries.add(new Query(i, g, HopBoundedPathsTest.randomMask(rnd), rnd.nextInt(n), rnd.nextInt(n),
                    1 + rnd.nextInt(8), 1 + rnd.nextInt(5)));
        }
        List<String> inOrder = queries.stream().map(SearchScratchTest::answer).toList();
        List<Query> shuffled = new ArrayList<>(queries);
        Collections.shuffle(shuffled, new Random(5));
        int connected = 0;
        for (Query q : shuffled) {
            assertThat(answer(q)).as("query %d", q.id()).isEqualTo(inOrder.get(q.id()));
            GraphPath<Integer, Integer> oracle = new BFSShortestPath<>(HopBoundedPathsTest.oracle(q.g(), q.mask(), null))
                    .getPath(q.s(), q.t());
            int expected = oracle == null || oracle.getLength() > q.maxHops() ? -1 : oracle.getLength();
            assertThat(new HopBoundedPaths(q.g(), q.mask(), WEIGHTS, Deadline.none())
                    .shortestHops(q.s(), q.t(), q.maxHops())).as("query %d", q.id()).isEqualTo(expected);
            connected += expected > 0 ? 1 : 0;
        }
        assertThat(connected).isGreaterThan(30);
    }

    @Test
    void aSearchStoppedByItsBudgetLeavesNothingBehindForTheNext() {
        Random rnd = new Random(9);
        PersonGraph g = HopBoundedPathsTest.random(rnd, 500, 1500);
        Query q = new Query(0, g, TieKind.all(), 1, 2, 8, 5);
        String before = answer(q);
        for (int i = 0; i < 2 * SearchScratch.POOLED + 2; i++) {
            HopBoundedPaths spent = new HopBoundedPaths(g, TieKind.all(), WEIGHTS, Deadline.after(Duration.ZERO));
            assertThatThrownBy(() -> spent.kShortest(3, 4, 5, 8)).isInstanceOf(Deadline.Exceeded.class);
            assertThatThrownBy(() -> spent.shortestHops(3, 4, 8)).isInstanceOf(Deadline.Exceeded.class);
        }
        assertThat(answer(q)).isEqualTo(before);
    }
}
