package org.favornet.export;

import java.util.Map;
import java.util.StringJoiner;

/**
 * Cypher literals for the export script. Strings are single-quoted with every quote, backslash
 * and control character escaped (so no value can end the string or the statement); names are
 * backtick-quoted with backticks doubled.
 */
final class CypherLiterals {

    private CypherLiterals() {}

    static String name(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static String map(Map<String, TypedValue> values) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        values.forEach((k, v) -> j.add(name(k) + ": " + literal(v)));
        return j.toString();
    }

    static String literal(TypedValue v) {
        return switch (v.type()) {
            case STRING -> string(v.text());
            case INTEGER -> Long.toString((Long) v.value());
            case DOUBLE -> number((Double) v.value());
            case BOOLEAN -> Boolean.toString((Boolean) v.value());
            case DATE -> "date(" + string(v.text()) + ")";
            case STRING_LIST -> {
                StringJoiner j = new StringJoiner(", ", "[", "]");
                v.strings().forEach(s -> j.add(string(s)));
                yield j.toString();
            }
        };
    }

    private static String number(double d) {
        if (Double.isNaN(d)) {
            return "(0.0 / 0.0)";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)";
        }
        return Double.toString(d);
    }

    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7F) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('\'').toString();
    }
}
