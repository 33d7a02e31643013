package org.favornet.detection.concentration;

import java.util.List;

/**
 * Where the community graph comes from: the seam that lets red flag 11 run on Neo4j now
 * ({@link CypherTieSource}) and on the shared in-memory projection later.
 */
public interface TieSource {

    /** The tie graph of the persons of these region-code prefixes (and the persons they tie to). */
    TieGraph load(List<String> regions);
}
