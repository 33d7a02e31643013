/** Analysts' export of suspicious subgraphs (a lead's evidence, a seed set's neighbourhood) to GraphML, GEXF, Cytoscape, CSV, Cypher and DOT. */
package org.favornet.export;
