package org.favornet.detection.concentration;

import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Persons and their kinship, acquaintance and shared-identifier ties as a compact undirected JGraphT
 * graph: vertex {@code i} is person {@code personIds.get(i)}.
 */
public record TieGraph(List<String> personIds, Map<String, Integer> index, Graph<Integer, Integer> graph) {}
