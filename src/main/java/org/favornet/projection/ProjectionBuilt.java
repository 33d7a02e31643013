package org.favornet.projection;

/** A new projection snapshot was swapped in (published in the builder thread, after the swap). */
public record ProjectionBuilt(PersonGraph graph) {}
