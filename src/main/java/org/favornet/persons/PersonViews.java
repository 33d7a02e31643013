package org.favornet.persons;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.favornet.security.Sensitive;
import org.favornet.security.Sensitive.Kind;

/** What the person endpoints answer (the shapes of the console's API contract, issue 17). */
final class PersonViews {

    private PersonViews() {}

    /**
     * A person as a search result or wherever a profile names one. {@code maskedId} is the person id, masked
     * unless the viewer has clear data; {@code id} is there only for a viewer with clear data. {@code village} is
     * the village part of the address (the data has no village name of its own), null when it has none.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PersonCard(String ref, String name, String sex, Integer birthYear, String village, String regionCode,
            @Sensitive(Kind.PERSON_ID) String maskedId,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Sensitive(Kind.PERSON_ID) String id,
            String householdId, List<String> roles) {}

    /** {@code {"items", "total", "page", "size"}}. */
    record Page(List<PersonCard> items, long total, int page, int size) {}

    /** A person named inside a grant; outside the viewer's regions only {@code {"cut": true}}. */
    record PersonLite(String ref, String name, Boolean cut) {

        static PersonLite outsideRegion() {
            return new PersonLite(null, null, true);
        }
    }

    /** A member of the person's household (himself included) and his GB/T 4761-2008 relation to the head. */
    record HouseholdMember(PersonCard person, String householdId, String relation, String relationName) {}

    /** A post held (records.md posts): {@code organisation} is the post's unit, {@code programs} what it allocates. */
    record Post(String title, String organisation, String regionCode, LocalDate from, LocalDate to,
            List<String> programs) {}

    record Grant(String id, String program, String programName, Double amount, LocalDate appliedDate,
            LocalDate approvedDate, LocalDate endDate, PersonLite beneficiary, PersonLite handledBy,
            PersonLite approvedBy) {}

    /** Count, total amount and first and last payment date. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Payments(long count, double total, LocalDate first, LocalDate last) {}

    /** A relative within one or more legal scopes: his kinship term in the request's language, the scopes' names. */
    record Relative(PersonCard person, String term, List<String> scopes, List<String> scopeCodes, String chain,
            int degree) {}

    record Lead(String id, String title, String rule, String severity, String status, Double score) {}

    /** How many there are of each list (the lists stop at a limit); persons left out as outside the viewer's regions. */
    record Counts(long grantsReceived, long grantsHandled, long leads, int householdOutsideRegion,
            int relativesOutsideRegion) {}

    record Profile(PersonCard person, List<HouseholdMember> household, List<Post> posts, List<Grant> grantsReceived,
            List<Grant> grantsHandled, Payments payments, Payments paymentsIntoOwnAccounts, List<Relative> relatives,
            List<Lead> leads, Counts counts) {}
}
