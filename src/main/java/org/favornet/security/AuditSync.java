package org.favornet.security;

/**
 * When an audit record reaches the disk, relative to the response it describes. Either way the
 * record is in the file before the response leaves; the policies differ in what a power failure can
 * take (docs/security.md, "Audit trail").
 */
public enum AuditSync {
    /** Forced to disk ({@code fdatasync}) before the response; concurrent requests share one force. */
    PER_REQUEST,
    /**
     * Written to the file (the kernel's page cache: survives the process being killed) before the
     * response, forced to disk by a background thread within the configured interval.
     */
    INTERVAL
}
