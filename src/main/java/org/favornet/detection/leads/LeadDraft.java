package org.favornet.detection.leads;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.favornet.detection.rules.Rule;
import org.favornet.detection.rules.RuleHit;

/**
 * A lead about to be stored. Its {@link #key()} is the rule id and the sorted subject ids, so a re-run
 * finds the same lead again; its id is derived from the key (name-based UUID) for the same reason.
 */
public record LeadDraft(String ruleId, int ruleVersion, String title, String severity, String scope,
        List<String> subjectIds, String officialId, String relativeId, List<String> kinPath, double score,
        String regionCode, Evidence evidence) {

    public String key() {
        return ruleId + ":" + String.join(",", new TreeSet<>(subjectIds));
    }

    public String id() {
        return UUID.nameUUIDFromBytes(key().getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static LeadDraft of(Rule rule, RuleHit hit, String scope) {
        List<Evidence.KinPath> paths = hit.chain() == null ? List.of()
                : List.of(new Evidence.KinPath(hit.kinPath(), List.of(hit.termEn(), hit.termZh()), hit.chain()));
        Evidence.Kinship kinship = hit.chain() == null ? null
                : new Evidence.Kinship(hit.chain(), hit.termEn(), hit.termZh(), hit.degree());
        List<String> persons = new ArrayList<>(new LinkedHashSet<>(concat(hit.subjectIds(),
                hit.officialId() == null ? List.of() : List.of(hit.officialId()), hit.kinPath())));
        Evidence evidence = new Evidence(persons, hit.grantIds(), hit.paymentIds(), hit.transferIds(),
                hit.accountIds(), hit.assetIds(), List.of(), paths, kinship, hit.sentence(), rule.sources(), null,
                hit.sentenceZh());
        return new LeadDraft(rule.id(), rule.version(), rule.title(), rule.severity().name(),
                rule.usesScope() ? scope : null, hit.subjectIds(), hit.officialId(), hit.relativeId(),
                hit.kinPath(), hit.baseScore(), hit.regionCode() == null ? "" : hit.regionCode(), evidence);
    }

    /** Two drafts with one key (a rule hitting the same subjects twice): one lead holding both. */
    public LeadDraft merge(LeadDraft other) {
        LeadDraft top = score >= other.score ? this : other;
        Evidence a = evidence;
        Evidence b = other.evidence;
        Evidence joined = new Evidence(union(a.personIds(), b.personIds()), union(a.grantIds(), b.grantIds()),
                union(a.paymentIds(), b.paymentIds()), union(a.transferIds(), b.transferIds()),
                union(a.accountIds(), b.accountIds()), union(a.assetIds(), b.assetIds()),
                union(a.tipIds(), b.tipIds()), unionPaths(a.paths(), b.paths()), top.evidence.kinship(),
                top.evidence.sentence(), union(a.dataSources(), b.dataSources()), top.evidence.statistics(),
                top.evidence.sentenceZh());
        return new LeadDraft(ruleId, ruleVersion, title, severity, scope, union(subjectIds, other.subjectIds),
                top.officialId, top.relativeId, top.kinPath, Math.max(score, other.score), top.regionCode, joined);
    }

    /** Persons with their role, for the INVOLVES links. */
    public List<Map<String, String>> persons() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String s : subjectIds) {
            out.add(Map.of("id", s, "role", s.equals(officialId) ? "OFFICIAL" : "SUBJECT"));
        }
        if (officialId != null && !subjectIds.contains(officialId)) {
            out.add(Map.of("id", officialId, "role", "OFFICIAL"));
        }
        if (relativeId != null) {
            out.add(Map.of("id", relativeId, "role", "RELATIVE"));
        }
        for (String p : kinPath) {
            if (!p.equals(officialId) && !p.equals(relativeId)) {
                out.add(Map.of("id", p, "role", "KIN_PATH"));
            }
        }
        for (String p : evidence.personIds()) {
            if (!subjectIds.contains(p) && !p.equals(officialId) && !p.equals(relativeId) && !kinPath.contains(p)) {
                out.add(Map.of("id", p, "role", "CIRCLE"));
            }
        }
        return out;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    private static List<Evidence.KinPath> unionPaths(List<Evidence.KinPath> a, List<Evidence.KinPath> b) {
        LinkedHashSet<Evidence.KinPath> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }
}
