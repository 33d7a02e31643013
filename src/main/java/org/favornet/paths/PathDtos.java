package org.favornet.paths;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.favornet.security.Sensitive;
import org.favornet.web.Languages;
import org.favornet.web.Texts;
import org.favornet.security.Sensitive.Kind;

/** What the path and circle endpoints answer. Out-of-scope persons appear as {@code {"cut": true}}. */
final class PathDtos {

    private PathDtos() {}

    /**
     * A person on a path or in a circle. A person outside the viewer's regions is a placeholder
     * holding only {@code cut = true}.
     */
    record PersonView(@Sensitive(Kind.PERSON_ID) String id, String ref, String name, String regionCode, Boolean cut) {

        static PersonView placeholder() {
            return new PersonView(null, null, null, null, true);
        }
    }

    /** One tie of a path: persons by position on the path, the tie's type and the records behind it. */
    record TieView(int from, int to, String type, String subtype, String direction, double weight,
            List<String> provenance) {}

    /**
     * One link of an explanation: a run of kin ties collapsed into one kinship term, or a single
     * other tie. "{@code persons[to]} is {@code persons[from]}'s {@code termEn}".
     */
    record LinkView(int from, int to, String kind, String chain, String termEn, String termZh, String text,
            double weight, List<TieView> ties) {

        /** The term in the request's language ({@code termEn} or {@code termZh}); {@code text} is in it too. */
        @JsonProperty("term")
        public String term() {
            return PathExplainer.term(Languages.current(), termEn, termZh);
        }
    }

    /** One path: persons in order, links explaining each stretch, total weight; {@code cut} when it passes out of scope. */
    record PathView(int rank, double weight, int hops, boolean cut, List<PersonView> persons, List<LinkView> links) {}

    /** {@code GET /api/paths}. {@code shortestHops} is the fewest ties (as Cypher's shortestPath counts), null when none within maxHops. */
    record PathsAnswer(PersonView from, PersonView to, List<String> ties, int maxHops, int k, Integer shortestHops,
            long projectionVersion, List<PathView> paths) {}

    /** A grant received by a circle member, with who handled and who approved it. */
    record GrantView(String id, String program, BigDecimal amount, String regionCode, LocalDate appliedDate,
            LocalDate approvedDate, LocalDate endDate, List<PersonView> handledBy, List<PersonView> approvedBy) {

        /** The programme's name in the request's language, beside its code. */
        @JsonProperty("programName")
        public String programName() {
            return Texts.shared().program(Languages.current(), program);
        }
    }

    /** A person within the circle: how far, how connected (the shortest explained path from the centre), what he received. */
    record CircleMember(PersonView person, int hops, double weight, PathView path, List<GrantView> grants) {}

    /** {@code GET /api/persons/{id}/circle}. */
    record CircleAnswer(PersonView centre, int hops, List<String> ties, boolean truncated, long projectionVersion,
            List<CircleMember> members) {}
}
