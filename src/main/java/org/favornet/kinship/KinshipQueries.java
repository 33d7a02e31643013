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
     * Every relative of a person that falls in at least one of the named scopes, each once, closest
     * first; {@link Relation#scopes()} says which scopes each is in. One search instead of one per scope.
     */
    default List<Relation> relativesOfAny(String personId, java.util.Collection<String> scopes) {
        java.util.Map<String, Relation> out = new java.util.LinkedHashMap<>();
        for (String scope : scopes) {
            for (Relation r : relativesOf(personId, scope)) {
                out.putIfAbsent(r.toId() + "|" + r.chain(), r);
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Names a walk along kin ties: {@code personIds} is the sequence of persons, each consecutive
     * pair joined by a parent, child, spouse or sibling tie. Used by paths to collapse a run of kin
     * edges into one term ("wife's nephew").
     */
    Relation describe(List<String> personIds);

    /** Names of the configured relation scopes. */
    List<String> scopes();

    /**
     * An opaque token that stays the same while the answers cannot change and changes whenever the
     * index is rebuilt, so callers can cache what they derived from it; null when nothing may be cached.
     */
    default Object indexToken() {
        return null;
    }
}
