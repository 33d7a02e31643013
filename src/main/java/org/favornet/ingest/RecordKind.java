package org.favornet.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The record kinds of records.md, in dependency order: a kind only refers to kinds declared
 * before it, so a folder loads in {@link #values()} order. Explicit kinship loads before
 * households, so the kinship derived from household codes can see stated facts (and never
 * blocks them as a spurious third parent). Column lists are the import contract.
 */
public enum RecordKind {

    PERSONS(List.of("person_id", "name"),
            List.of("gender", "birth_date", "death_date", "household_id", "region_code", "address", "phone")),
    KINSHIP(List.of("from_id", "to_id", "relation"), List.of("start_date", "end_date", "source")),
    HOUSEHOLDS(List.of("household_id", "person_id", "relation_code"), List.of("since")),
    ACQUAINTANCES(List.of("from_id", "to_id", "kind"), List.of("source", "since")),
    POSTS(List.of("person_id", "post", "region_code"), List.of("unit", "start_date", "end_date", "programs")),
    GRANTS(List.of("grant_id", "program", "beneficiary_id", "amount", "approved_date"),
            List.of("region_code", "applied_date", "handled_by", "approved_by", "declared_relative", "end_date")),
    ACCOUNTS(List.of("account_id", "owner_id"), List.of("bank", "opened_date")),
    PAYMENTS(List.of("payment_id", "grant_id", "account_id", "amount", "paid_date"), List.of()),
    TRANSFERS(List.of("transfer_id", "from_account", "to_account", "amount", "date"), List.of()),
    ASSETS(List.of("asset_id", "owner_id", "kind"), List.of("value", "registered_date")),
    TIPS(List.of("tip_id", "subject_id", "date"), List.of("text", "channel"));

    private final List<String> required;
    private final List<String> optional;

    RecordKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** The name used in file names ({@code persons.csv}) and URLs ({@code /api/imports/persons}). */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /**
     * Columns whose values land in an indexed property (cypher/schema: keys, references, names,
     * region codes, programmes, household ids, phones and addresses as their normalised keys):
     * each must fit {@link FieldLimits#INDEX_KEY_BYTES} and lie on one line.
     */
    public List<String> indexed() {
        return switch (this) {
            case PERSONS -> List.of("person_id", "name", "household_id", "region_code", "phone", "address");
            case KINSHIP, ACQUAINTANCES -> List.of("from_id", "to_id");
            case HOUSEHOLDS -> List.of("household_id", "person_id");
            case POSTS -> List.of("person_id", "post", "unit", "region_code");
            case GRANTS -> List.of("grant_id", "program", "beneficiary_id", "region_code", "handled_by", "approved_by");
            case ACCOUNTS -> List.of("account_id", "owner_id");
            case PAYMENTS -> List.of("payment_id", "grant_id", "account_id");
            case TRANSFERS -> List.of("transfer_id", "from_account", "to_account");
            case ASSETS -> List.of("asset_id", "owner_id");
            case TIPS -> List.of("tip_id", "subject_id");
        };
    }

    public boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /** Persons keep unknown columns as {@code x_<column>} properties; other kinds ignore them. */
    public boolean keepsExtraColumns() {
        return this == PERSONS;
    }

    /**
     * The write queries under {@code cypher/}, each starting with {@code UNWIND $rows AS row}, run
     * in this order in one transaction per batch (persons: the nodes, then their phones and addresses).
     */
    public List<String> loadCypher() {
        String main = "load/load_" + fileName() + ".cypher";
        return this == PERSONS ? List.of(main, "load/load_person_contacts.cypher") : List.of(main);
    }

    public static Optional<RecordKind> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.fileName().equals(n)).findFirst();
    }

    /** "persons, households, ..." for messages naming the valid kinds. */
    public static String validNames() {
        return Arrays.stream(values()).map(RecordKind::fileName).collect(Collectors.joining(", "));
    }
}
