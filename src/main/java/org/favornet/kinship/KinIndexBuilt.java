package org.favornet.kinship;

/** The kin index was (re)built; published in the building thread, after the swap. */
public record KinIndexBuilt(KinGraph graph) {}
