package org.favornet.kinship;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.favornet.web.Languages;
import java.util.List;
import java.util.Set;
import org.favornet.security.Sensitive;
import org.favornet.security.Sensitive.Kind;

/**
 * A relation as the API shows it: person ids masked for viewers without clear data, each with an
 * opaque {@code ref}, and the ties walked with their provenance.
 */
public record RelationView(@Sensitive(Kind.PERSON_ID) String fromId, String fromRef,
        @Sensitive(Kind.PERSON_ID) String toId, String toRef, String toName, String chain, int up, int down,
        String termEn, String termZh, boolean blood, int degree, Set<String> qualifiers, Set<String> scopes,
        List<TieView> ties) {

    /** The kinship term in the request's language: {@code termZh} (the default) or {@code termEn}. */
    @JsonProperty("term")
    public String term() {
        return Languages.ENGLISH.equals(Languages.current()) || termZh == null ? termEn : termZh;
    }

    /** One tie walked. */
    public record TieView(@Sensitive(Kind.PERSON_ID) String fromId, String fromRef,
            @Sensitive(Kind.PERSON_ID) String toId, String toRef, String step, String kind, String basis,
            List<String> provenance) {}

    /** The kinship report of one person within a scope; relatives outside the viewer's regions are counted, not shown. */
    public record Report(@Sensitive(Kind.PERSON_ID) String personId, String ref, String name, String scope,
            String basis, List<RelationView> relatives, int omittedOutsideRegion) {}
}
