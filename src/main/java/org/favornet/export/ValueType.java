package org.favornet.export;

/** The types an exported attribute keeps; each format maps them to its own (see docs/export.md). */
public enum ValueType {
    STRING, INTEGER, DOUBLE, BOOLEAN, DATE, STRING_LIST;

    /** The one type able to hold values of both: integers widen to doubles, anything else to text. */
    ValueType unify(ValueType other) {
        if (other == null || other == this) {
            return this;
        }
        if ((this == INTEGER && other == DOUBLE) || (this == DOUBLE && other == INTEGER)) {
            return DOUBLE;
        }
        return STRING;
    }
}
