package org.favornet.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one bulk load accumulates: the counts, the keys seen, the groups shared ties are
 * derived from, and the kin and pair ties merged before they are written; each valid row becomes
 * importer rows in {@link ImporterFiles}.
 */
final class BulkRows {
    final ImporterFiles files;
    long rows;
    long accepted;
    long rejected;
    long derived;
    final List<ImportReport> reports = new ArrayList<>();
    final ParentGraph parents = ParentGraph.inMemory();
    final Map<String, Map<String, HouseholdKinship.Member>> households = new LinkedHashMap<>();
    final Map<String, Set<String>> phoneGroups;
    final Map<String, Set<String>> addressGroups;
    final Map<String, Object> addressText;
    final Map<String, String> grantBeneficiary = new HashMap<>();
    final Map<String, String> accountOwner = new HashMap<>();
    final Map<String, Set<String>> accountBeneficiaries = new LinkedHashMap<>();
    final Map<String, Object[]> kin;
    final Map<String, Object[]> pairTies;
    final long expectedPersons;

    /**
     * Sizes the large maps from the files' sizes (bytes per row of the generated county,
     * rounded down so the guess errs high): growing them rehashed every entry about twice,
     * 7 % of validation's time.
     */
    BulkRows(Map<RecordKind, ImportSource> sources, Path work) {
        files = new ImporterFiles(work);
        expectedPersons = rowsAbout(sources, RecordKind.PERSONS, 90);
        long kinship = rowsAbout(sources, RecordKind.KINSHIP, 55);
        long households = rowsAbout(sources, RecordKind.HOUSEHOLDS, 32);
        phoneGroups = new HashMap<>(ImporterFiles.capacity(expectedPersons / 2));
        addressGroups = new HashMap<>(ImporterFiles.capacity(expectedPersons / 3));
        addressText = new HashMap<>(ImporterFiles.capacity(expectedPersons / 3));
        kin = new LinkedHashMap<>(ImporterFiles.capacity(kinship + households));
        pairTies = new LinkedHashMap<>(ImporterFiles.capacity(households + rowsAbout(sources, RecordKind.ACQUAINTANCES, 60)));
    }
    List<String> personExtras = List.of();

    /** Whether a node of this kind with this key was written (the reference and later-row check). */
    boolean known(RecordKind kind, String key) {
        return files.contains(switch (kind) {
            case PERSONS -> "Person";
            case POSTS -> "Post";
            case GRANTS -> "Grant";
            case ACCOUNTS -> "Account";
            case PAYMENTS -> "Payment";
            case TRANSFERS -> "Transfer";
            case ASSETS -> "Asset";
            case TIPS -> "Tip";
            default -> throw new IllegalArgumentException(kind + " rows are not nodes");
        }, key);
    }

    boolean isNodeKind(RecordKind kind) {
        return switch (kind) {
            case HOUSEHOLDS, KINSHIP, ACQUAINTANCES -> false;
            default -> true;
        };
    }

    void open(RecordKind kind, Header header) {
        if (kind == RecordKind.PERSONS) {
            personExtras = header.extras().stream().map(x -> "x_" + x).toList();
            List<String> h = new ArrayList<>(List.of("id", "name", "gender", "birthDate:date",
                    "deathDate:date", "householdId", "regionCode", "address", "phone", "source"));
            h.addAll(personExtras);
            files.node("Person", expectedPersons, h.toArray(String[]::new));
        }
    }

    /**
     * Phone and Address nodes with their HAS_PHONE and LIVES_AT ties, once every person has
     * its id: the store then holds each label's nodes side by side, as the importer lays
     * them out when it numbers them itself (written as they turned up, persons, phones and
     * addresses were interleaved).
     */
    void writeContacts() {
        if (phoneGroups.isEmpty() && addressGroups.isEmpty()) {
            return;
        }
        ImporterFiles.NodeFile persons = files.written("Person");
        if (!phoneGroups.isEmpty()) {
            ImporterFiles.NodeFile phones = files.node("Phone", "number");
            ImporterFiles.RelFile hasPhone = files.rel("HAS_PHONE", "Person", "Phone");
            for (var e : phoneGroups.entrySet()) {
                long phone = phones.add(e.getKey());
                for (String person : e.getValue()) {
                    hasPhone.ids(persons.id(person), phone);
                }
            }
        }
        if (!addressGroups.isEmpty()) {
            ImporterFiles.NodeFile addresses = files.node("Address", "key", "text");
            ImporterFiles.RelFile livesAt = files.rel("LIVES_AT", "Person", "Address");
            for (var e : addressGroups.entrySet()) {
                long address = addresses.add(e.getKey(), addressText.get(e.getKey()));
                for (String person : e.getValue()) {
                    livesAt.ids(persons.id(person), address);
                }
            }
        }
        addressText.clear();
    }

    @SuppressWarnings("unchecked")
    void emit(RecordKind kind, ValidRow row) {
        Map<String, Object> p = row.params();
        switch (kind) {
            case PERSONS -> {
                Map<String, Object> props = (Map<String, Object>) p.get("props");
                Object[] values = new Object[10 + personExtras.size()];
                values[0] = p.get("id");
                values[1] = props.get("name");
                values[2] = props.get("gender");
                values[3] = props.get("birthDate");
                values[4] = props.get("deathDate");
                values[5] = props.get("householdId");
                values[6] = props.get("regionCode");
                values[7] = props.get("address");
                values[8] = props.get("phone");
                values[9] = props.get("source");
                for (int i = 0; i < personExtras.size(); i++) {
                    values[10 + i] = props.get(personExtras.get(i));
                }
                files.written("Person").add(values);
                // phones and addresses become nodes after the last person (writeContacts)
                String id = (String) p.get("id");
                String phone = (String) p.get("phoneKey");
                if (phone != null) {
                    phoneGroups.computeIfAbsent(phone, k -> new HashSet<>(2)).add(id);
                }
                String address = (String) p.get("addressKey");
                if (address != null) {
                    addressGroups.computeIfAbsent(address, k -> new HashSet<>(2)).add(id);
                    addressText.putIfAbsent(address, p.get("addressText"));
                }
            }
            case HOUSEHOLDS -> {
                String household = (String) p.get("householdId");
                String person = (String) p.get("personId");
                String code = (String) p.get("relationCode");
                households.computeIfAbsent(household, k -> {
                    files.node("Household", "id").add(k);
                    return new LinkedHashMap<>(4);
                }).put(person, new HouseholdKinship.Member(person, code));
                String key = person + "\u0000" + household;
                pairTies.put("M" + key, new Object[] {person, household, code, p.get("source"), p.get("since")});
            }
            case KINSHIP -> kin(p);
            case ACQUAINTANCES -> pairTies.put("K" + p.get("kind") + "\u0000" + p.get("fromId") + "\u0000" + p.get("toId"),
                    new Object[] {p.get("fromId"), p.get("toId"), p.get("kind"), p.get("source"), p.get("since")});
            case POSTS -> {
                files.node("Post", "id", "title", "unit", "regionCode", "startDate:date", "endDate:date",
                        "programs:string[]").add(p.get("id"), p.get("title"), p.get("unit"), p.get("regionCode"),
                        p.get("startDate"), p.get("endDate"), p.get("programs"));
                files.rel("HOLDS", "Person", "Post").row(p.get("personId"), p.get("id"));
            }
            case GRANTS -> {
                String id = (String) p.get("id");
                files.node("Grant", "id", "program", "amount:double", "regionCode", "appliedDate:date",
                        "approvedDate:date", "declaredRelative:boolean", "endDate:date").add(id, p.get("program"),
                        p.get("amount"), p.get("regionCode"), p.get("appliedDate"), p.get("approvedDate"),
                        p.get("declaredRelative"), p.get("endDate"));
                files.rel("RECEIVED", "Person", "Grant").row(p.get("beneficiaryId"), id);
                if (p.get("handledBy") != null) {
                    files.rel("HANDLED", "Person", "Grant").row(p.get("handledBy"), id);
                }
                if (p.get("approvedBy") != null) {
                    files.rel("APPROVED", "Person", "Grant").row(p.get("approvedBy"), id);
                }
                grantBeneficiary.put(id, (String) p.get("beneficiaryId"));
            }
            case ACCOUNTS -> {
                files.node("Account", "id", "bank", "openedDate:date").add(p.get("id"), p.get("bank"),
                        p.get("openedDate"));
                files.rel("OWNS", "Person", "Account").row(p.get("ownerId"), p.get("id"));
                accountOwner.put((String) p.get("id"), (String) p.get("ownerId"));
            }
            case PAYMENTS -> {
                files.node("Payment", "id", "amount:double", "paidDate:date").add(p.get("id"), p.get("amount"),
                        p.get("paidDate"));
                files.rel("DISBURSED", "Grant", "Payment").row(p.get("grantId"), p.get("id"));
                files.rel("INTO", "Payment", "Account").row(p.get("id"), p.get("accountId"));
                accountBeneficiaries.computeIfAbsent((String) p.get("accountId"), k -> new LinkedHashSet<>(2))
                        .add(grantBeneficiary.get((String) p.get("grantId")));
            }
            case TRANSFERS -> {
                files.node("Transfer", "id", "amount:double", "date:date").add(p.get("id"), p.get("amount"),
                        p.get("date"));
                files.rel("SENT", "Account", "Transfer").row(p.get("fromAccount"), p.get("id"));
                files.rel("TO", "Transfer", "Account").row(p.get("id"), p.get("toAccount"));
            }
            case ASSETS -> {
                files.node("Asset", "id", "kind", "value:double", "registeredDate:date").add(p.get("id"),
                        p.get("kind"), p.get("value"), p.get("registeredDate"));
                files.rel("OWNS", "Person", "Asset").row(p.get("ownerId"), p.get("id"));
            }
            case TIPS -> {
                files.node("Tip", "id", "date:date", "text", "channel").add(p.get("id"), p.get("date"),
                        p.get("text"), p.get("channel"));
                files.rel("ABOUT", "Tip", "Person").row(p.get("id"), p.get("subjectId"));
            }
        }
    }

    /** One kin tie per type and pair, merged as {@code load/load_kinship.cypher} merges them. */
    @SuppressWarnings("unchecked")
    void kin(Map<String, Object> row) {
        String key = row.get("relation") + "\u0000" + row.get("fromId") + "\u0000" + row.get("toId");
        Object[] agg = kin.get(key);
        if (agg == null) {
            agg = new Object[] {row.get("relation"), row.get("fromId"), row.get("toId"), row.get("kind"),
                row.get("basis"), new ArrayList<String>(1), row.get("startDate"), row.get("endDate")};
            kin.put(key, agg);
        } else {
            if (agg[3] == null || "UNKNOWN".equals(agg[3])) {
                agg[3] = row.get("kind");
            }
            if ("STATED".equals(row.get("basis"))) {
                agg[4] = "STATED";
            }
            if (row.get("startDate") != null) {
                agg[6] = row.get("startDate");
            }
            if (row.get("endDate") != null) {
                agg[7] = row.get("endDate");
            }
        }
        List<String> provenance = (List<String>) agg[5];
        String prov = (String) row.get("provenance");
        if (prov != null && !provenance.contains(prov)) {
            provenance.add(prov);
        }
    }

    void writeKin() {
        for (Object[] a : kin.values()) {
            String relation = (String) a[0];
            switch (relation) {
                case "PARENT_OF" -> files.rel("PARENT_OF", "Person", "Person", "kind", "basis", "provenance:string[]",
                        "startDate:date", "endDate:date").row(a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
                case "SPOUSE_OF" -> files.rel("SPOUSE_OF", "Person", "Person", "basis", "provenance:string[]",
                        "startDate:date", "endDate:date").row(a[1], a[2], a[4], a[5], a[6], a[7]);
                default -> files.rel("SIBLING_OF", "Person", "Person", "basis", "provenance:string[]")
                        .row(a[1], a[2], a[4], a[5]);
            }
        }
        for (var e : pairTies.entrySet()) {
            Object[] v = e.getValue();
            if (e.getKey().charAt(0) == 'M') {
                files.rel("MEMBER_OF", "Person", "Household", "relationCode", "source", "since:date").row(v);
            } else {
                files.rel("KNOWS", "Person", "Person", "kind", "source", "since:date").row(v);
            }
        }
    }

    void leftover(RecordKind kind, Header header, ValidRow row) {
        files.leftover(kind, header, row);
    }

    void closeAll() {
        files.closeAll();
    }

    private static long rowsAbout(Map<RecordKind, ImportSource> sources, RecordKind kind, int bytesPerRow) {
        ImportSource source = sources.get(kind);
        return source == null || source.size() <= 0 ? 0 : source.size() / bytesPerRow;
    }
}
