package org.favornet.detection.leads;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.favornet.security.Sensitive;
import org.favornet.web.Languages;
import org.favornet.web.Texts;

/** What the lead API returns. Person ids and account numbers are masked per viewer; refs stand beside them. */
public final class LeadViews {

    private LeadViews() {}

    /** A person as a lead shows him; one outside the viewer's regions only as {@code {"role": ..., "cut": true}}. */
    public record PersonEntry(@Sensitive(Sensitive.Kind.PERSON_ID) String id, String ref, String name, String role,
            String regionCode, String deathDate, Boolean cut) {

        PersonEntry(String id, String ref, String name, String role, String regionCode, String deathDate) {
            this(id, ref, name, role, regionCode, deathDate, null);
        }

        static PersonEntry outsideRegion(String role) {
            return new PersonEntry(null, null, null, role, null, null, true);
        }
    }

    /** A person id with its opaque ref; one outside the viewer's regions only as {@code {"cut": true}}. */
    public record PersonId(@Sensitive(Sensitive.Kind.PERSON_ID) String id, String ref, Boolean cut) {

        PersonId(String id, String ref) {
            this(id, ref, null);
        }

        static PersonId outsideRegion() {
            return new PersonId(null, null, true);
        }
    }

    /** One line of the lead list. */
    public record Summary(String id, String ruleId, Integer ruleVersion, String title, String severity, String scope,
            Double score, Double priority, String status, String sentence, String kinshipTerm,
            @Sensitive(Sensitive.Kind.PERSON_ID) String officialId, String officialRef, String regionCode,
            String reviewer, String reviewReason, String reviewedAt, String updatedAt) {}

    public record Page(List<Summary> items, long total, int page, int size) {}

    public record GrantEntry(String id, String program, Double amount, String appliedDate, String approvedDate,
            String endDate, String regionCode, Boolean declaredRelative, PersonId beneficiary, PersonId handledBy,
            PersonId approvedBy) {

        /** The programme's name in the request's language (低保, Minimum living allowance ...), beside its code. */
        @JsonProperty("programName")
        public String programName() {
            return Texts.shared().program(Languages.current(), program);
        }
    }

    public record PaymentEntry(String id, Double amount, String paidDate,
            @Sensitive(Sensitive.Kind.ACCOUNT) String accountId) {}

    public record TransferEntry(String id, Double amount, String date,
            @Sensitive(Sensitive.Kind.ACCOUNT) String fromAccount, @Sensitive(Sensitive.Kind.ACCOUNT) String toAccount) {}

    public record AccountEntry(@Sensitive(Sensitive.Kind.ACCOUNT) String id, String bank, PersonId owner) {}

    public record AssetEntry(String id, String kind, Double value, String registeredDate, PersonId owner) {}

    public record TipEntry(String id, String date, String channel, PersonId subject) {}

    /** The evidence with person ids as masked ids plus refs. */
    public record EvidenceView(List<PersonId> persons, List<String> grantIds, List<String> paymentIds,
            List<String> transferIds, List<String> assetIds, List<PathView> paths, Evidence.Kinship kinship,
            String sentence, List<String> dataSources, Map<String, Object> statistics) {}

    public record PathView(List<PersonId> persons, List<String> terms, String chain) {}

    /** One lead in full, for review. */
    public record Detail(Summary lead, String createdAt,
            EvidenceView evidence, List<PersonEntry> persons, List<GrantEntry> grants, List<PaymentEntry> payments,
            List<TransferEntry> transfers, List<AccountEntry> accounts, List<AssetEntry> assets, List<TipEntry> tips,
            List<ReviewEntry> reviews) {}

    /** One review decision, oldest first in {@link Detail#reviews()}. */
    public record ReviewEntry(String status, String reason, String reviewer, String at) {}
}
