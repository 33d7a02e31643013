package org.favornet.security;

/**
 * What the service does when the audit chain does not verify at start
 * ({@code favornet.security.audit.on-broken-chain}).
 */
public enum OnBrokenChain {
    /** Do not start: the operators must look at the trail first (the default). */
    REFUSE,
    /**
     * Start, keep recording (new records chain on from the last line), and answer every
     * state-changing request (anything but {@code GET}, {@code HEAD}, {@code OPTIONS}) with 503.
     */
    READ_ONLY
}
