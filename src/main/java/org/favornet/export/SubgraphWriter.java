package org.favornet.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an evidence subgraph in one file format, streaming to the output (never one big string). */
interface SubgraphWriter {

    void write(EvidenceSubgraph graph, OutputStream out) throws IOException;
}
