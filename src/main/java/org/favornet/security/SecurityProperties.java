package org.favornet.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param adminPassword password of the first administrator ({@code FAVORNET_ADMIN_PASSWORD});
 *     blank: generated and printed once at first start
 * @param demoUsers create the demo users ({@code FAVORNET_DEMO_USERS}); on with the demo county
 * @param ratePerSecond sustained requests per second per user (token bucket refill)
 * @param rateBurst requests a user may send at once (token bucket size)
 * @param maxBody largest raw (non-multipart) request body; multipart uploads follow
 *     {@code spring.servlet.multipart.max-request-size}
 * @param tokenCacheSize API tokens whose user is kept in memory after a lookup (0: look up every request)
 * @param tokenCacheTtl how long such an entry is trusted; every change to a user made through this
 *     service empties the cache at once, so this only bounds changes made by other database clients
 * @param loginFailureBurst failed logins one (claimed name, client address) pair may have at once;
 *     one address alone may have {@value RequestLimits#ADDRESS_FAILURE_FACTOR} times as many
 * @param loginFailuresPerMinute how fast that allowance comes back (per pair; an address again times
 *     {@value RequestLimits#ADDRESS_FAILURE_FACTOR})
 * @param maxTokensPerUser live API tokens one user may hold; issuing one more revokes his oldest
 * @param allowedOrigins origins besides the service's own from which browsers may send state-changing
 *     requests ({@code https://portal.example.org}); see {@link OriginCheck}
 * @param audit when audit records reach the disk
 */
@ConfigurationProperties("favornet.security")
public record SecurityProperties(String adminPassword, @DefaultValue("true") boolean demoUsers,
        @DefaultValue("20") double ratePerSecond, @DefaultValue("100") int rateBurst,
        @DefaultValue("16MB") DataSize maxBody, @DefaultValue("10000") int tokenCacheSize,
        @DefaultValue("60s") Duration tokenCacheTtl, @DefaultValue("10") int loginFailureBurst,
        @DefaultValue("6") double loginFailuresPerMinute, @DefaultValue("20") int maxTokensPerUser,
        @DefaultValue List<String> allowedOrigins, @DefaultValue Audit audit) {

    /**
     * @param sync {@code per-request}: each record is forced to disk before its response (concurrent
     *     requests share one {@code fsync}); {@code interval}: each record is written to the file
     *     before its response and forced to disk within {@code syncInterval} (see docs/security.md)
     * @param syncInterval the longest a written record waits for its {@code fsync} under {@code interval}
     * @param keyFile the HMAC key of the chain; blank: {@code <dataDir>/audit-key}, generated at first
     *     start (a configured file must exist)
     * @param onBrokenChain {@code refuse} to start or start {@code read-only} when the chain does not verify
     */
    public record Audit(@DefaultValue("per-request") AuditSync sync, @DefaultValue("10ms") Duration syncInterval,
            java.nio.file.Path keyFile, @DefaultValue("refuse") OnBrokenChain onBrokenChain) {}
}
