package org.favornet.detection.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.favornet.graph.CypherFiles;
import org.springframework.stereotype.Component;

/**
 * The red-flag rules: every {@code cypher/rules/*.cypher} file, read through its fixed comment
 * header (Sigma / semgrep style: {@code id, version, title, severity, scope, sources, description,
 * falsePositives, references}, optional {@code phase}). A header line is {@code // key: value}; a
 * line {@code //   more} continues the previous key. Adding a rule is adding a file.
 */
@Component
public class RuleCatalog {

    /** Header keys every rule must carry. */
    public static final List<String> REQUIRED = List.of("id", "version", "title", "severity", "scope", "sources",
            "description", "falsePositives", "references");

    private static final Pattern KEY = Pattern.compile("^//\\s*([A-Za-z]+):\\s*(.*)$");
    private static final Pattern MORE = Pattern.compile("^//\\s{2,}(.*)$");

    private final CypherFiles files;
    private volatile List<Rule> rules;

    public RuleCatalog(CypherFiles files) {
        this.files = files;
    }

    /** Every rule, in file-name order. */
    public List<Rule> rules() {
        if (rules == null) {
            rules = files.list("rules").stream().map(f -> parse(f, files.text(f))).toList();
        }
        return rules;
    }

    /** The Cypher of a rule. */
    public String text(Rule rule) {
        return files.text(rule.file());
    }

    public Optional<Rule> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The header fields of a rule file, in order; continuation lines joined with a space. */
    public static Map<String, String> header(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\n")) {
            String l = line.stripTrailing();
            if (!l.startsWith("//")) {
                break;
            }
            Matcher more = MORE.matcher(l);
            Matcher key = KEY.matcher(l);
            if (more.matches() && last != null) {
                fields.put(last, fields.get(last) + " " + more.group(1).strip());
            } else if (key.matches()) {
                last = key.group(1);
                fields.put(last, key.group(2).strip());
            }
        }
        return fields;
    }

    /** Reads a rule; a missing or malformed header field is an {@link IllegalArgumentException} naming it. */
    public static Rule parse(String file, String text) {
        Map<String, String> h = header(text);
        for (String key : REQUIRED) {
            if (h.getOrDefault(key, "").isBlank()) {
                throw new IllegalArgumentException(file + ": header field '" + key + "' missing");
            }
        }
        String scope = h.get("scope");
        if (!scope.equals("relation") && !scope.equals("none")) {
            throw new IllegalArgumentException(file + ": scope must be 'relation' or 'none', not '" + scope + "'");
        }
        List<String> sources = new ArrayList<>();
        Arrays.stream(h.get("sources").split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(sources::add);
        return new Rule(h.get("id"), Integer.parseInt(h.get("version")), h.get("title"),
                Severity.valueOf(h.get("severity")), scope.equals("relation"),
                Rule.Phase.valueOf(h.getOrDefault("phase", "LEAD")), h.get("description"), h.get("falsePositives"),
                h.get("references"), List.copyOf(sources), file);
    }
}
