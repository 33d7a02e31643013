package org.favornet.security;

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
 */
@ConfigurationProperties("favornet.security")
public record SecurityProperties(String adminPassword, @DefaultValue("true") boolean demoUsers,
        @DefaultValue("20") double ratePerSecond, @DefaultValue("100") int rateBurst,
        @DefaultValue("16MB") DataSize maxBody) {}
