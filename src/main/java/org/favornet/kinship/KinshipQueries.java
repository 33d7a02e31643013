package org.favornet.kinship;

import java.util.List;

/**
 * The kinship engine as other features use it (paths, detection, export). Unknown person ids
 * raise {@link org.favornet.web.ApiProblem} 404.
 */
public interface KinshipQueries {

    /** Every relation between two persons, closest first; empty when they are not related. */
    List<Relation> relationsBetween(String a, String b);

    /** Every relative of a person that falls in the named scope, closest first. */
    List<Relation> relativesOf(String personId, String scope);

    /**
     * Names a walk along kin ties: {@code personIds} is the sequence of persons, each consecutive
     * pair joined by a parent, child, spouse or sibling tie. Used by paths to collapse a run of kin
     * edges into one term ("wife's nephew").
     */
    Relation describe(List<String> personIds);

    /** Names of the configured relation scopes. */
    List<String> scopes();
}
