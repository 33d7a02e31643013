package org.favornet.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.favornet.csv.CsvReader;
import org.favornet.csv.CsvRecord;
import org.favornet.detection.rules.RuleParameters;
import org.favornet.graph.CypherRunner;

/**
 * Scores the stored leads of a county against its ground truth ({@code ground-truth.csv}: case_id,
 * rule, official_id, subject_ids (;-separated), grant_ids, payment_ids, transfer_ids, description) and
 * its honest look-alikes ({@code lookalikes.csv}, same columns): precision and recall per red flag and
 * overall, and the same figures for the naive rule "any grant within two ties (kin or KNOWS) of the
 * official who handled or approved it". A lead matches a case when both name the same red flag (the
 * number ending a rule id: {@code kin_001} is flag 1; a bare {@code 1} works too) and they share a
 * grant, payment or transfer id, or (a case naming none) the lead involves all the case's subjects.
 */
public class DetectionEvaluation {

    private final CypherRunner cypher;
    private final ObjectMapper json;

    public DetectionEvaluation(CypherRunner cypher, ObjectMapper json) {
        this.cypher = cypher;
        this.json = json;
    }

    /** One planted case or look-alike. */
    public record Case(String id, String rule, String officialId, Set<String> subjectIds, Set<String> grantIds,
            Set<String> paymentIds, Set<String> transferIds, String description) {}

    /**
     * One lead, reduced to what matching needs; {@code tipped}: a citizen tip raised its priority (red
     * flag 12 is not a rule of its own but that raise, so a tipped lead also counts under flag 12).
     */
    public record Finding(String id, String rule, String officialId, Set<String> personIds, Set<String> grantIds,
            Set<String> paymentIds, Set<String> transferIds, double priority, boolean tipped) {}

    /** Figures of one red flag (or "all"). */
    public record Score(String flag, int leads, int truePositives, int cases, int found, int lookalikesFlagged) {

        public double precision() {
            return leads == 0 ? Double.NaN : (double) truePositives / leads;
        }

        public double recall() {
            return cases == 0 ? Double.NaN : (double) found / cases;
        }
    }

    /** Per-flag scores, the overall score and the naive baseline's score. */
    public record Report(List<Score> perFlag, Score overall, Score naive, List<String> missed) {}

    public Report evaluate(Path dir, RuleParameters params) throws IOException {
        List<Case> truth = read(dir.resolve("ground-truth.csv"));
        Path lookalikeFile = dir.resolve("lookalikes.csv");
        List<Case> lookalikes = Files.exists(lookalikeFile) ? read(lookalikeFile) : List.of();
        return score(findings(params), naive(params), truth, lookalikes);
    }

    /** The scoring itself, database-free. */
    public static Report score(List<Finding> leads, List<Finding> naive, List<Case> truth, List<Case> lookalikes) {
        Map<String, List<Finding>> byFlag = new TreeMap<>();
        leads.forEach(l -> {
            byFlag.computeIfAbsent(flag(l.rule()), k -> new ArrayList<>()).add(l);
            if (l.tipped()) {
                byFlag.computeIfAbsent(TIP_FLAG, k -> new ArrayList<>()).add(l);
            }
        });
        truth.forEach(c -> byFlag.computeIfAbsent(flag(c.rule()), k -> new ArrayList<>()));
        List<Score> perFlag = new ArrayList<>();
        for (var e : byFlag.entrySet()) {
            List<Case> cases = truth.stream().filter(c -> flag(c.rule()).equals(e.getKey())).toList();
            List<Case> alike = lookalikes.stream().filter(c -> flag(c.rule()).equals(e.getKey())).toList();
            perFlag.add(score(e.getKey(), e.getValue(), cases, alike, true));
        }
        Score overall = score("all", leads, truth, lookalikes, true);
        Score naiveScore = score("naive", naive, truth, lookalikes, false);
        List<String> missed = truth.stream().filter(c -> leads.stream().noneMatch(l -> matches(l, c, true)))
                .map(c -> c.id() + " (" + c.rule() + ")").toList();
        return new Report(perFlag, overall, naiveScore, missed);
    }

    private static Score score(String flag, List<Finding> leads, List<Case> cases, List<Case> lookalikes, boolean sameFlag) {
        int tp = (int) leads.stream().filter(l -> cases.stream().anyMatch(c -> matches(l, c, sameFlag))).count();
        int found = (int) cases.stream().filter(c -> leads.stream().anyMatch(l -> matches(l, c, sameFlag))).count();
        int alike = (int) lookalikes.stream().filter(c -> leads.stream().anyMatch(l -> matches(l, c, sameFlag))).count();
        return new Score(flag, leads.size(), tp, cases.size(), found, alike);
    }

    /**
     * Same flag (unless scoring the flag-less naive rule), then: when both name grants, payments or
     * transfers, sharing one of them decides; otherwise the lead must involve every subject of the case.
     */
    static boolean matches(Finding l, Case c, boolean sameFlag) {
        if (sameFlag) {
            String caseFlag = flag(c.rule());
            boolean same = caseFlag.equals(TIP_FLAG) ? l.tipped() : flag(l.rule()).equals(caseFlag);
            if (!same) {
                return false;
            }
        }
        boolean caseIds = !(c.grantIds().isEmpty() && c.paymentIds().isEmpty() && c.transferIds().isEmpty());
        boolean leadIds = !(l.grantIds().isEmpty() && l.paymentIds().isEmpty() && l.transferIds().isEmpty());
        if (caseIds && leadIds) {
            return overlap(l.grantIds(), c.grantIds()) || overlap(l.paymentIds(), c.paymentIds())
                    || overlap(l.transferIds(), c.transferIds());
        }
        return !c.subjectIds().isEmpty() && l.personIds().containsAll(c.subjectIds());
    }

    private static final String TIP_FLAG = "12";
    private static final Pattern DIGITS = Pattern.compile("(\\d+)\\s*$");
    private static final Pattern LABEL = Pattern.compile("^(\\d+):");

    /**
     * The red-flag number of a rule id or ground-truth label: {@code kin_001} -> {@code 1}, and the
     * generator's {@code 1:undeclared-relative} -> {@code 1}.
     */
    static String flag(String rule) {
        String r = rule == null ? "" : rule.strip();
        Matcher label = LABEL.matcher(r);
        if (label.find()) {
            return String.valueOf(Integer.parseInt(label.group(1)));
        }
        Matcher m = DIGITS.matcher(r);
        return m.find() ? String.valueOf(Integer.parseInt(m.group(1))) : String.valueOf(rule);
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private List<Finding> findings(RuleParameters params) {
        return cypher.read("evaluation/leads.cypher", Map.of("regions", params.regions()), r -> {
            JsonNode e = parse(r.get("evidence").isNull() ? "{}" : r.get("evidence").asString());
            Set<String> persons = set(e.path("personIds"));
            String official = r.get("officialId").isNull() ? null : r.get("officialId").asString();
            if (official != null) {
                persons.add(official);
            }
            return new Finding(r.get("id").asString(), r.get("ruleId").asString(), official, persons,
                    set(e.path("grantIds")), set(e.path("paymentIds")), set(e.path("transferIds")),
                    r.get("priority").isNull() ? 0 : r.get("priority").asDouble(), r.get("tipped").asBoolean(false));
        });
    }

    private List<Finding> naive(RuleParameters params) {
        return cypher.read("evaluation/naive_hops.cypher", params.asMap(), r -> new Finding(
                r.get("grantId").asString(), "naive", r.get("officialId").asString(),
                new HashSet<>(List.of(r.get("officialId").asString(), r.get("beneficiaryId").asString())),
                Set.of(r.get("grantId").asString()), Set.of(), Set.of(), 0, false));
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static Set<String> set(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Reads a ground-truth or look-alike file (RFC 4180, header row, UTF-8). */
    public static List<Case> read(Path file) throws IOException {
        List<List<String>> rows = csv(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> col = new LinkedHashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i).strip().replace("\uFEFF", ""), i);
        }
        for (String required : List.of("case_id", "rule")) {
            if (!col.containsKey(required)) {
                throw new IllegalArgumentException(file + ": column " + required + " missing");
            }
        }
        List<Case> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            out.add(new Case(cell(row, col, "case_id"), cell(row, col, "rule"), cell(row, col, "official_id"),
                    ids(cell(row, col, "subject_ids")), ids(cell(row, col, "grant_ids")),
                    ids(cell(row, col, "payment_ids")), ids(cell(row, col, "transfer_ids")),
                    cell(row, col, "description")));
        }
        return out;
    }

    private static String cell(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    private static Set<String> ids(String cell) {
        Set<String> out = new HashSet<>();
        for (String s : cell.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The rows of an RFC 4180 text, as the importer reads them (blank lines skipped). */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new java.io.StringReader(text), Integer.MAX_VALUE)) {
            CsvRecord record;
            while ((record = reader.next()) != null) {
                rows.add(List.of(record.fields()));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a string reader does not fail
        }
        return rows;
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "  -  " : String.format(java.util.Locale.ROOT, "%5.1f%%", 100 * v);
    }

    /** The report as a small table. */
    public static List<String> lines(Report report) {
        List<String> out = new ArrayList<>();
        out.add(String.format(java.util.Locale.ROOT, "%-8s %6s %6s %6s %6s %9s %7s %10s", "flag", "leads", "tp",
                "cases", "found", "precision", "recall", "lookalikes"));
        Collection<Score> all = new ArrayList<>(report.perFlag());
        all.add(report.overall());
        all.add(report.naive());
        for (Score s : all) {
            out.add(String.format(java.util.Locale.ROOT, "%-8s %6d %6d %6d %6d %9s %7s %10d", s.flag(), s.leads(),
                    s.truePositives(), s.cases(), s.found(), percent(s.precision()), percent(s.recall()),
                    s.lookalikesFlagged()));
        }
        if (!report.missed().isEmpty()) {
            out.add("missed: " + String.join(", ", report.missed()));
        }
        return out;
    }
}
