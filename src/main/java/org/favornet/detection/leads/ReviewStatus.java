package org.favornet.detection.leads;

/** Where a lead stands in review. A dismissal always carries a reason. */
public enum ReviewStatus {
    OPEN, UNDER_REVIEW, CONFIRMED, DISMISSED
}
