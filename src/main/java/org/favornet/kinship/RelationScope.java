package org.favornet.kinship;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A named set of relation chains, e.g. the Civil Servant Law art. 74 recusal scope. A chain
 * pattern is a sequence of steps ({@code P}, {@code C}, {@code Sp}, {@code Sib}) joined by
 * {@code ·} or {@code .}; a step suffixed {@code +} repeats one or more times, {@code *} zero or
 * more ({@code P+} is every lineal ancestor). Matching is a backtracking walk over the tokens,
 * {@code O(chain × pattern)} for the short chains here.
 *
 * @param adoptive whether relations through ADOPTIVE parent ties count (Civil Code art. 1111; default yes)
 * @param step whether relations through STEP parent ties count (default no: only a stated supporting
 *     relationship makes a step tie count, Civil Code art. 1072, and the data rarely states it)
 */
public record RelationScope(String name, String basis, List<String> chains, Boolean adoptive, Boolean step) {

    private record Token(String symbol, char quantifier) {}

    /** True when the relation's chain matches one of the patterns and its qualifiers are admitted. */
    public boolean admits(String chain, java.util.Set<String> qualifiers) {
        if ((Boolean.FALSE.equals(adoptive) && qualifiers.contains("ADOPTIVE"))
                || (!Boolean.TRUE.equals(step) && qualifiers.contains("STEP"))) {
            return false;
        }
        return matches(chain);
    }

    public boolean matches(String chain) {
        List<String> steps = split(chain);
        for (String p : chains) {
            if (match(tokens(p), 0, steps, 0, false)) {
                return true;
            }
        }
        return false;
    }

    /** True when some pattern could still match a chain that starts with {@code prefix}. */
    public boolean viablePrefix(String prefix) {
        List<String> steps = split(prefix);
        for (String p : chains) {
            if (match(tokens(p), 0, steps, 0, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest blood segment (steps up to the next {@code Sp} or the end) any pattern admits right
     * after {@code prefix}; {@code unbounded} where a repeated step ({@code P+}) could follow. Lets a
     * report enumerate only as far as its scope can reach.
     */
    public int segmentLimit(String prefix, int unbounded) {
        List<String> steps = split(prefix);
        int best = 0;
        for (String p : chains) {
            List<Token> tokens = tokens(p);
            java.util.Set<Integer> at = new java.util.HashSet<>();
            positions(tokens, 0, steps, 0, at);
            for (int i : at) {
                int n = 0;
                for (int k = i; k < tokens.size() && !tokens.get(k).symbol.equals("Sp"); k++) {
                    n = tokens.get(k).quantifier == '1' ? n + 1 : unbounded;
                    if (n >= unbounded) {
                        break;
                    }
                }
                best = Math.max(best, Math.min(n, unbounded));
            }
        }
        return best;
    }

    /** Pattern positions reachable after consuming all of {@code s} from {@code j}. */
    private static void positions(List<Token> p, int i, List<String> s, int j, java.util.Set<Integer> out) {
        if (j == s.size()) {
            out.add(i);
            if (i < p.size() && p.get(i).quantifier == '*') {
                positions(p, i + 1, s, j, out);
            }
            return;
        }
        if (i == p.size()) {
            return;
        }
        Token t = p.get(i);
        boolean here = t.symbol.equals(s.get(j));
        switch (t.quantifier) {
            case '1' -> {
                if (here) {
                    positions(p, i + 1, s, j + 1, out);
                }
            }
            case '+' -> {
                if (here) {
                    positions(p, i, s, j + 1, out);
                    positions(p, i + 1, s, j + 1, out);
                }
            }
            default -> {
                positions(p, i + 1, s, j, out);
                if (here) {
                    positions(p, i, s, j + 1, out);
                }
            }
        }
    }

    /** Throws when a pattern uses an unknown step. */
    public RelationScope validated() {
        if (name == null || name.isBlank() || chains == null || chains.isEmpty()) {
            throw new IllegalArgumentException("A relation scope needs a name and at least one chain");
        }
        for (String p : chains) {
            for (Token t : tokens(p)) {
                if (!List.of("P", "C", "Sp", "Sib").contains(t.symbol)) {
                    throw new IllegalArgumentException("Scope " + name + ": unknown step '" + t.symbol + "' in " + p);
                }
            }
        }
        return this;
    }

    /**
     * The steps of a chain, as {@code chain.split("[·.]")} would give them, stripped; by hand, because
     * a regular expression per call was half a millisecond of every explained path answer.
     */
    static List<String> split(String chain) {
        List<String> out = new ArrayList<>();
        if (chain == null || chain.isBlank()) {
            return out;
        }
        int from = 0;
        for (int i = 0; i <= chain.length(); i++) {
            if (i == chain.length() || chain.charAt(i) == '·' || chain.charAt(i) == '.') {
                out.add(chain.substring(from, i));
                from = i + 1;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1); // as String.split, trailing empty pieces go
        }
        out.replaceAll(String::strip);
        return out;
    }

    /** Parsed patterns: a scope's few patterns are parsed once, not on every match. */
    private static final Map<String, List<Token>> TOKENS = new ConcurrentHashMap<>();

    private static List<Token> tokens(String pattern) {
        return TOKENS.computeIfAbsent(pattern, RelationScope::parse);
    }

    private static List<Token> parse(String pattern) {
        List<Token> out = new ArrayList<>();
        for (String s : split(pattern)) {
            char last = s.charAt(s.length() - 1);
            if (last == '+' || last == '*') {
                out.add(new Token(s.substring(0, s.length() - 1), last));
            } else {
                out.add(new Token(s, '1'));
            }
        }
        return List.copyOf(out);
    }

    private static boolean match(List<Token> p, int i, List<String> s, int j, boolean prefix) {
        if (j == s.size()) {
            if (prefix) {
                return true;
            }
            for (int k = i; k < p.size(); k++) {
                if (p.get(k).quantifier != '*') {
                    return false;
                }
            }
            return true;
        }
        if (i == p.size()) {
            return false;
        }
        Token t = p.get(i);
        boolean here = t.symbol.equals(s.get(j));
        return switch (t.quantifier) {
            case '1' -> here && match(p, i + 1, s, j + 1, prefix);
            case '+' -> here && (match(p, i, s, j + 1, prefix) || match(p, i + 1, s, j + 1, prefix));
            default -> match(p, i + 1, s, j, prefix) || (here && match(p, i, s, j + 1, prefix));
        };
    }
}
