package org.favornet.detection.rules;

import java.util.List;
import org.favornet.graph.CypherRunner;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Runs one rule file with the analysis parameters: a {@code LEAD} rule as a read, its rows mapped to
 * {@link RuleHit}s; a {@code POST} rule as a write over the stored leads. Each rule is one set-based
 * query starting from index seeks on the analysed regions, never a loop of queries per official.
 */
@Component
public class RuleRunner {

    private final CypherRunner cypher;

    public RuleRunner(CypherRunner cypher) {
        this.cypher = cypher;
    }

    public List<RuleHit> hits(Rule rule, RuleParameters params) {
        if (rule.phase() != Rule.Phase.LEAD) {
            throw new IllegalArgumentException(rule.id() + " is a " + rule.phase() + " rule");
        }
        return cypher.read(rule.file(), params.asMap(), r -> new RuleHit(rule.id(), strings(r.get("subjectIds")),
                string(r.get("officialId")), string(r.get("relativeId")), strings(r.get("kinPath")),
                strings(r.get("grantIds")), strings(r.get("paymentIds")), strings(r.get("transferIds")),
                strings(r.get("accountIds")), strings(r.get("assetIds")), string(r.get("chain")),
                string(r.get("termEn")), string(r.get("termZh")),
                r.get("degree").isNull() ? null : r.get("degree").asInt(), string(r.get("sentence")),
                Math.min(100, Math.max(0, r.get("baseScore").asNumber().doubleValue())), string(r.get("regionCode")),
                string(r.get("sentenceZh"))));
    }

    /** Runs a POST rule; returns how many leads it touched. */
    public int post(Rule rule, RuleParameters params) {
        return cypher.writeReturning(rule.file(), params.asMap(), r -> r.get("leadId").asString()).size();
    }

    private static String string(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(x -> x.isNull() ? null : x.asString()).stream()
                .filter(java.util.Objects::nonNull).distinct().toList();
    }
}
