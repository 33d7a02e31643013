package org.favornet.export;

import java.time.LocalDate;
import java.util.List;

/**
 * One attribute value with its type: {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code LocalDate} or {@code List<String>}.
 */
public record TypedValue(ValueType type, Object value) {

    public TypedValue {
        boolean fits = switch (type) {
            case STRING -> value instanceof String;
            case INTEGER -> value instanceof Long;
            case DOUBLE -> value instanceof Double;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate;
            case STRING_LIST -> value instanceof List<?>;
        };
        if (!fits) {
            throw new IllegalArgumentException(type + " cannot hold " + value);
        }
    }

    public static TypedValue text(String s) {
        return new TypedValue(ValueType.STRING, s);
    }

    /** The value as text: dates in ISO 8601, lists joined with "; ". */
    public String text() {
        if (type == ValueType.STRING_LIST) {
            return String.join("; ", strings());
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings() {
        return type == ValueType.STRING_LIST ? (List<String>) value : List.of(text());
    }

    /** The value converted to a wider type chosen for a whole column (see {@link ValueType#unify}). */
    public TypedValue as(ValueType target) {
        if (target == type) {
            return this;
        }
        if (target == ValueType.DOUBLE && type == ValueType.INTEGER) {
            return new TypedValue(ValueType.DOUBLE, ((Long) value).doubleValue());
        }
        return text(text());
    }
}
