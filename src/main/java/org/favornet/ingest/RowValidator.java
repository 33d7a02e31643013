package org.favornet.ingest;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.favornet.csv.CsvRecord;
import org.favornet.ingest.ValidRow.Ref;
import org.favornet.ingest.ValidRow.Target;

/**
 * Checks one row of a record kind against every rule of records.md that needs no database, and
 * turns it into typed parameters: dates ({@code YYYY-MM-DD}, {@code YYYY/MM/DD}, {@code YYYYMMDD},
 * never in the future), amounts (decimal yuan, never negative), resident ID numbers (GB 11643-1999
 * check digit, birth date and sex digit agreeing with {@code birth_date}/{@code gender}),
 * gender codes (GB/T 2261.1), region codes (6, 9 or 12 digits), enumerations, GB/T 4761-2008
 * relation codes, self ties. Checks needing the graph (unknown references, parent cycles, more
 * than two parents) come after, on whole batches. Every problem of a row is reported.
 */
public final class RowValidator {

    static final Set<String> KIN_RELATIONS = Set.of("PARENT_OF", "SPOUSE_OF", "SIBLING_OF");
    static final List<String> ACQUAINTANCE_KINDS =
            List.of("COLLEAGUE", "CLASSMATE", "NEIGHBOR", "FRIEND", "BUSINESS_PARTNER", "GUARANTOR", "OTHER");
    static final List<String> ASSET_KINDS = List.of("VEHICLE", "BUSINESS", "PROPERTY", "PUBLIC_EMPLOYMENT");

    private static final Pattern DASHED = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern REGION = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    private final RecordKind kind;
    private final Header header;
    private final LocalDate today;
    private final String sourceName;

    /**
     * @param today dates after it are in the future
     * @param sourceName the file's name, for provenance when a row names no source
     */
    public RowValidator(RecordKind kind, Header header, LocalDate today, String sourceName) {
        this.kind = kind;
        this.header = header;
        this.today = today;
        this.sourceName = sourceName;
    }

    /** The outcome for one record: a valid row or the problems found. */
    public sealed interface Outcome permits Valid, Invalid {}

    public record Valid(ValidRow row) implements Outcome {}

    public record Invalid(List<Reject> rejects) implements Outcome {}

    public Outcome validate(CsvRecord record) {
        Cells c = new Cells(record);
        if (record.unterminated()) {
            c.problem(columnName(record.fields().length - 1), null,
                    "a quoted field that starts on this line is never closed (a missing \")");
            return c.outcome(null, null);
        }
        if (record.fields().length > header.columns().size()) {
            c.problem(columnName(header.columns().size()), null, "the row has " + record.fields().length
                    + " fields but the header has " + header.columns().size() + " (an unquoted comma?)");
            return c.outcome(null, null);
        }
        if (record.fields().length < header.columns().size()) {
            String missing = columnName(record.fields().length);
            c.problem(missing, null, "the row has " + record.fields().length
                    + " field(s) but the header has " + header.columns().size() + ": it ends before column '"
                    + missing + "' (a missing comma, or a line broken in two?)");
            return c.outcome(null, null);
        }
        if (!fieldsFit(c)) {
            return c.outcome(null, null);
        }
        return switch (kind) {
            case PERSONS -> person(c);
            case HOUSEHOLDS -> household(c);
            case KINSHIP -> kinship(c);
            case ACQUAINTANCES -> acquaintance(c);
            case POSTS -> post(c);
            case GRANTS -> grant(c);
            case ACCOUNTS -> account(c);
            case PAYMENTS -> payment(c);
            case TRANSFERS -> transfer(c);
            case ASSETS -> asset(c);
            case TIPS -> tip(c);
        };
    }

    /**
     * Every field within {@link FieldLimits#FIELD_BYTES}, indexed ones within the index key limit
     * and on one line, and no control character: C0 (U+0000-U+001F) and C1 (U+0080-U+009F)
     * codes and DEL are refused, except TAB, CR and LF inside free text (a quoted field may hold
     * line breaks, RFC 4180). A value that cannot be stored or shown as written is a rejected row,
     * never a mangled property. Other checks are skipped when one fails (their messages would
     * quote the oversized or garbled value).
     */
    private boolean fieldsFit(Cells c) {
        List<String> indexed = kind.indexed();
        String[] fields = c.record.fields();
        for (int i = 0; i < fields.length; i++) {
            String column = header.columns().get(i);
            String v = fields[i];
            boolean key = indexed.contains(column);
            int bytes = FieldLimits.utf8Bytes(v);
            int max = key ? FieldLimits.INDEX_KEY_BYTES : FieldLimits.FIELD_BYTES;
            String name = columnName(i);
            if (bytes > max) {
                c.problem(name, v, name + " is " + (bytes > FieldLimits.FIELD_BYTES ? "more than " + FieldLimits.FIELD_BYTES
                        : String.valueOf(bytes)) + " bytes long (UTF-8); at most " + max + " bytes fit"
                        + (key ? " a searchable field such as an id, name, code or address" : " any field"));
                continue;
            }
            // an address is free text that may run over lines; its index key is normalised without whitespace
            int bad = control(v, key && !column.equals("address"));
            if (bad >= 0) {
                c.problem(name, v, name + " holds the control character U+" + String.format("%04X", bad)
                        + (bad == '\t' || bad == '\n' || bad == '\r' ? " (ids, names and codes must be on one line)"
                        : " (not text; the export that made the file may be damaged)"));
            }
        }
        return c.problems.isEmpty();
    }

    /** The header's name of the field at {@code index}, or "column N" (1-based) past the header or for a blank name. */
    private String columnName(int index) {
        String name = index >= 0 && index < header.columns().size() ? header.columns().get(index) : "";
        return name.isEmpty() ? "column " + (index + 1) : name;
    }

    /** The first control character that is not allowed, or -1. */
    private static int control(String v, boolean key) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < 0x20 || ch >= 0x7F && ch <= 0x9F) {
                if (!key && (ch == '\t' || ch == '\n' || ch == '\r')) {
                    continue;
                }
                return ch;
            }
        }
        return -1;
    }

    private Outcome person(Cells c) {
        String id = c.key("person_id");
        String name = c.required("name");
        String gender = c.gender("gender");
        LocalDate birth = c.date("birth_date", false);
        LocalDate death = c.date("death_date", false);
        if (birth != null && death != null && death.isBefore(birth)) {
            c.problem("death_date", c.raw("death_date"), "death_date " + death + " is before birth_date " + birth);
        }
        if (id != null && ResidentId.looksLikeOne(id)) {
            residentId(c, id, birth, gender);
        }
        String phone = c.text("phone");
        String address = c.text("address");
        Map<String, Object> props = new HashMap<>();
        props.put("name", name);
        props.put("source", sourceName);
        putIfColumn(props, "gender", "gender", gender);
        putIfColumn(props, "birth_date", "birthDate", birth);
        putIfColumn(props, "death_date", "deathDate", death);
        putIfColumn(props, "household_id", "householdId", c.text("household_id"));
        putIfColumn(props, "region_code", "regionCode", c.region("region_code", false));
        putIfColumn(props, "address", "address", address);
        putIfColumn(props, "phone", "phone", phone);
        for (String extra : header.extras()) {
            props.put("x_" + extra, c.text(extra));
        }
        String addressKey = normaliseAddress(address);
        if (FieldLimits.utf8Bytes(addressKey) > FieldLimits.INDEX_KEY_BYTES) {
            c.problem("address", address, "address is too long once normalised (" + FieldLimits.utf8Bytes(addressKey)
                    + " bytes); at most " + FieldLimits.INDEX_KEY_BYTES + " bytes fit");
        }
        c.own = new ValidRow.Own("region_code", (String) props.get("regionCode"), id);
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("props", props);
        p.put("hasPhone", header.has("phone"));
        p.put("phoneKey", normalisePhone(phone));
        p.put("hasAddress", header.has("address"));
        p.put("addressKey", addressKey);
        p.put("addressText", address);
        return c.outcome(id, p);
    }

    private void residentId(Cells c, String id, LocalDate birth, String gender) {
        char last = id.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            c.problem("person_id", id, "person_id " + id + ": the 18th character must be a digit or X");
            return;
        }
        char expected = ResidentId.checkDigit(id);
        if (last != expected) {
            c.problem("person_id", id, "person_id " + id + ": check digit should be " + expected);
            return;
        }
        LocalDate embedded = ResidentId.birthDate(id);
        if (embedded == null) {
            c.problem("person_id", id, "person_id " + id + ": digits 7-14 (" + id.substring(6, 14) + ") are not a date");
            return;
        }
        if (birth != null && !birth.equals(embedded)) {
            c.problem("birth_date", c.raw("birth_date"), "birth_date " + birth + " disagrees with person_id "
                    + id + ", which gives " + embedded);
        }
        String sex = ResidentId.gender(id);
        if (gender != null && !gender.equals(sex)) {
            c.problem("gender", c.raw("gender"), "gender " + c.raw("gender") + " disagrees with person_id " + id
                    + ", whose 17th digit " + id.charAt(16) + " means " + (sex.equals("M") ? "male (odd)" : "female (even)"));
        }
    }

    private void putIfColumn(Map<String, Object> props, String column, String property, Object value) {
        if (header.has(column)) {
            props.put(property, value);
        }
    }

    private Outcome household(Cells c) {
        String household = c.required("household_id");
        String person = c.personRef("person_id", true);
        String code = c.required("relation_code");
        if (code != null && !Gb4761.valid(code)) {
            c.problem("relation_code", code, "relation_code " + code
                    + " is not a GB/T 4761-2008 family relation code (one digit 0-8 or two digits, e.g. 01 head, 10 spouse, 20 son)");
        }
        LocalDate since = c.date("since", false);
        Map<String, Object> p = new HashMap<>();
        p.put("householdId", household);
        p.put("personId", person);
        p.put("relationCode", code);
        p.put("since", since);
        p.put("source", sourceName);
        return c.outcome(household + "|" + person, p);
    }

    private Outcome kinship(Cells c) {
        String from = c.personRef("from_id", true);
        String to = c.personRef("to_id", true);
        String relation = c.oneOf("relation", KIN_RELATIONS.stream().sorted().toList(), true);
        LocalDate start = c.date("start_date", false);
        LocalDate end = c.date("end_date", false);
        c.notBefore("end_date", end, "start_date", start);
        c.notSelf(from, to);
        String source = c.text("source");
        boolean swap = relation != null && !relation.equals("PARENT_OF") && from != null && to != null
                && from.compareTo(to) > 0;
        Map<String, Object> p = new HashMap<>();
        p.put("relation", relation);
        p.put("fromId", swap ? to : from);
        p.put("toId", swap ? from : to);
        p.put("kind", "PARENT_OF".equals(relation) ? "UNKNOWN" : null);
        p.put("basis", "STATED");
        p.put("provenance", "kinship:" + (source == null ? sourceName : source) + ":" + c.record.line());
        p.put("startDate", start);
        p.put("endDate", end);
        return c.outcome(relation + "|" + p.get("fromId") + "|" + p.get("toId"), p);
    }

    private Outcome acquaintance(Cells c) {
        String from = c.personRef("from_id", true);
        String to = c.personRef("to_id", true);
        String kindValue = c.oneOf("kind", ACQUAINTANCE_KINDS, true);
        LocalDate since = c.date("since", false);
        c.notSelf(from, to);
        boolean swap = from != null && to != null && from.compareTo(to) > 0;
        Map<String, Object> p = new HashMap<>();
        p.put("fromId", swap ? to : from);
        p.put("toId", swap ? from : to);
        p.put("kind", kindValue);
        p.put("source", c.text("source"));
        p.put("since", since);
        return c.outcome(p.get("fromId") + "|" + p.get("toId") + "|" + kindValue, p);
    }

    private Outcome post(Cells c) {
        String person = c.personRef("person_id", true);
        String title = c.required("post");
        String unit = c.text("unit");
        String region = c.region("region_code", true);
        LocalDate start = c.date("start_date", false);
        LocalDate end = c.date("end_date", false);
        c.notBefore("end_date", end, "start_date", start);
        List<String> programs = new ArrayList<>();
        String raw = c.text("programs");
        if (raw != null) {
            for (String part : raw.split("[;；]")) {
                if (!part.isBlank() && !programs.contains(part.strip())) {
                    programs.add(part.strip());
                }
            }
        }
        String id = String.join("|", nz(person), nz(title), nz(unit), nz(region), start == null ? "" : start.toString());
        if (FieldLimits.utf8Bytes(id) > FieldLimits.INDEX_KEY_BYTES) {
            String longer = FieldLimits.utf8Bytes(title) >= FieldLimits.utf8Bytes(unit) ? "post" : "unit";
            c.problem(longer, c.raw(longer), "post and unit together are too long (" + FieldLimits.utf8Bytes(id)
                    + " bytes with the person, region and start date that make the post's key); at most "
                    + FieldLimits.INDEX_KEY_BYTES + " bytes fit");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("personId", person);
        p.put("title", title);
        p.put("unit", unit);
        p.put("regionCode", region);
        p.put("startDate", start);
        p.put("endDate", end);
        p.put("programs", programs.isEmpty() ? null : programs); // none: no property, as the bulk load writes it
        c.own = new ValidRow.Own("region_code", region, null);
        return c.outcome(id, p);
    }

    private Outcome grant(Cells c) {
        String id = c.key("grant_id");
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("program", c.required("program"));
        p.put("beneficiaryId", c.personRef("beneficiary_id", true));
        p.put("amount", c.amount("amount", true));
        p.put("regionCode", c.region("region_code", false));
        LocalDate applied = c.date("applied_date", false);
        p.put("appliedDate", applied);
        p.put("approvedDate", c.date("approved_date", true));
        p.put("handledBy", c.personRef("handled_by", false));
        p.put("approvedBy", c.personRef("approved_by", false));
        p.put("declaredRelative", c.flag("declared_relative"));
        p.put("endDate", c.date("end_date", false));
        c.own = new ValidRow.Own("region_code", (String) p.get("regionCode"), null);
        return c.outcome(id, p);
    }

    private Outcome account(Cells c) {
        String id = c.key("account_id");
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("ownerId", c.personRef("owner_id", true));
        p.put("bank", c.text("bank"));
        p.put("openedDate", c.date("opened_date", false));
        return c.outcome(id, p);
    }

    private Outcome payment(Cells c) {
        String id = c.key("payment_id");
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("grantId", c.ref("grant_id", Target.GRANT, true));
        p.put("accountId", c.ref("account_id", Target.ACCOUNT, true));
        p.put("amount", c.amount("amount", true));
        p.put("paidDate", c.date("paid_date", true));
        return c.outcome(id, p);
    }

    private Outcome transfer(Cells c) {
        String id = c.key("transfer_id");
        String from = c.ref("from_account", Target.ACCOUNT, true);
        String to = c.ref("to_account", Target.ACCOUNT, true);
        if (from != null && from.equals(to)) {
            c.problem("to_account", to, "to_account " + to + " is the same account as from_account: a transfer needs two accounts");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("fromAccount", from);
        p.put("toAccount", to);
        p.put("amount", c.amount("amount", true));
        p.put("date", c.date("date", true));
        return c.outcome(id, p);
    }

    private Outcome asset(Cells c) {
        String id = c.key("asset_id");
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("ownerId", c.personRef("owner_id", true));
        p.put("kind", c.oneOf("kind", ASSET_KINDS, true));
        p.put("value", c.amount("value", false));
        p.put("registeredDate", c.date("registered_date", false));
        return c.outcome(id, p);
    }

    private Outcome tip(Cells c) {
        String id = c.key("tip_id");
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("subjectId", c.personRef("subject_id", true));
        p.put("date", c.date("date", true));
        p.put("text", c.text("text"));
        p.put("channel", c.text("channel"));
        return c.outcome(id, p);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Digits only, without a {@code +86}/{@code 0086} country prefix; {@code null} when no digit is left. */
    public static String normalisePhone(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        boolean international = s.startsWith("+86") || s.startsWith("0086");
        String digits = s.replaceAll("[^0-9]", "");
        if (international) {
            digits = digits.substring(digits.startsWith("0086") ? 4 : 2);
        }
        return digits.isEmpty() ? null : digits;
    }

    /** Full-width to half-width (NFKC), lower case, whitespace and punctuation removed; {@code null} when empty. */
    public static String normaliseAddress(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]", "");
        return s.isEmpty() ? null : s;
    }

    /** Access to one record's cells that records every problem found. */
    private final class Cells {
        final CsvRecord record;
        final List<Reject> problems = new ArrayList<>();
        final List<Ref> refs = new ArrayList<>();
        ValidRow.Own own;

        Cells(CsvRecord record) {
            this.record = record;
        }

        String raw(String column) {
            int i = header.index(column);
            return i < 0 ? null : record.field(i);
        }

        /** Trimmed value, {@code null} when absent or blank. */
        String text(String column) {
            String v = raw(column);
            if (v == null) {
                return null;
            }
            v = v.strip();
            return v.isEmpty() ? null : v;
        }

        void problem(String column, String value, String reason) {
            problems.add(new Reject(record.line(), column, FieldLimits.shown(value), reason, record.fields()));
        }

        String required(String column) {
            String v = text(column);
            if (v == null) {
                problem(column, raw(column), column + " is empty; it is required");
            }
            return v;
        }

        /** A record key; an 18-character resident ID gets an upper-case X. */
        String key(String column) {
            String v = required(column);
            return v != null && ResidentId.looksLikeOne(v) ? v.toUpperCase(Locale.ROOT) : v;
        }

        String ref(String column, Target target, boolean required) {
            String v = required ? required(column) : text(column);
            if (v == null) {
                return null;
            }
            if (target == Target.PERSON && ResidentId.looksLikeOne(v)) {
                v = v.toUpperCase(Locale.ROOT);
            }
            refs.add(new Ref(column, target, v));
            return v;
        }

        String personRef(String column, boolean required) {
            return ref(column, Target.PERSON, required);
        }

        String oneOf(String column, List<String> allowed, boolean required) {
            String v = required ? required(column) : text(column);
            if (v == null) {
                return null;
            }
            String upper = v.toUpperCase(Locale.ROOT);
            if (!allowed.contains(upper)) {
                problem(column, v, column + " " + v + " is not one of " + String.join(", ", allowed));
                return null;
            }
            return upper;
        }

        String gender(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            return switch (v.toUpperCase(Locale.ROOT)) {
                case "M", "男", "1" -> "M";
                case "F", "女", "2" -> "F";
                default -> {
                    problem(column, v, column + " " + v + " is not a sex code: use M, F, 男, 女, 1 (male) or 2 (female)");
                    yield null;
                }
            };
        }

        String region(String column, boolean required) {
            String v = required ? required(column) : text(column);
            if (v != null && !REGION.matcher(v).matches()) {
                problem(column, v, column + " " + v
                        + " is not a statistical region code (统计用区划代码): it must be 6, 9 or 12 digits");
                return null;
            }
            return v;
        }

        LocalDate date(String column, boolean required) {
            String v = required ? required(column) : text(column);
            if (v == null) {
                return null;
            }
            Matcher m = DASHED.matcher(v);
            Matcher compact = COMPACT.matcher(v);
            int y;
            int mo;
            int d;
            if (m.matches()) {
                y = Integer.parseInt(m.group(1));
                mo = Integer.parseInt(m.group(3));
                d = Integer.parseInt(m.group(4));
            } else if (compact.matches()) {
                y = Integer.parseInt(compact.group(1));
                mo = Integer.parseInt(compact.group(2));
                d = Integer.parseInt(compact.group(3));
            } else {
                problem(column, v, column + " " + v + " is not a date: write YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD");
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.of(y, mo, d);
            } catch (DateTimeException e) {
                problem(column, v, column + " " + v + " is not a calendar date");
                return null;
            }
            if (date.isAfter(today)) {
                problem(column, v, column + " " + v + " lies in the future");
                return null;
            }
            return date;
        }

        Double amount(String column, boolean required) {
            String v = required ? required(column) : text(column);
            if (v == null) {
                return null;
            }
            if (!AMOUNT.matcher(v).matches()) {
                problem(column, v, column + " " + v
                        + " is not an amount in yuan: digits with . as the decimal separator, no thousands separators");
                return null;
            }
            BigDecimal amount = new BigDecimal(v);
            if (amount.signum() < 0) {
                problem(column, v, column + " " + v + " is negative; amounts are never negative");
                return null;
            }
            return amount.doubleValue();
        }

        Boolean flag(String column) {
            String v = text(column);
            if (v == null) {
                return false;
            }
            return switch (v.toUpperCase(Locale.ROOT)) {
                case "Y", "YES", "TRUE", "1", "是" -> true;
                case "N", "NO", "FALSE", "0", "否" -> false;
                default -> {
                    problem(column, v, column + " " + v + " must be Y or N");
                    yield null;
                }
            };
        }

        void notBefore(String column, LocalDate later, String otherColumn, LocalDate earlier) {
            if (later != null && earlier != null && later.isBefore(earlier)) {
                problem(column, raw(column), column + " " + later + " is before " + otherColumn + " " + earlier);
            }
        }

        void notSelf(String from, String to) {
            if (from != null && from.equals(to)) {
                problem("to_id", to, "to_id " + to + " is the same person as from_id: a person cannot be tied to himself");
            }
        }

        Outcome outcome(String key, Map<String, Object> params) {
            if (!problems.isEmpty()) {
                return new Invalid(List.copyOf(problems));
            }
            return new Valid(new ValidRow(record.line(), key, params, List.copyOf(refs), record.fields(), own));
        }
    }

    @Override
    public String toString() {
        return "RowValidator[" + kind + ", columns " + Arrays.toString(header.columns().toArray()) + "]";
    }
}
