package org.favornet.graph;

import java.util.Set;

/**
 * Published (Spring application event) after a write that changes persons or ties, so
 * in-memory projections refresh without a restart.
 *
 * @param kinds record kinds touched, e.g. {@code persons}, {@code kinship}, {@code gedcom}
 */
public record GraphChanged(Set<String> kinds) {}
