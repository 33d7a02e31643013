package org.favornet.detection.rules;

/** How much a rule's hit weighs when no one has reviewed it yet. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
