package org.favornet.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminPassword password of the first administrator ({@code FAVORNET_ADMIN_PASSWORD});
 *     blank: generated and printed once at first start
 * @param demoUsers create the demo users ({@code FAVORNET_DEMO_USERS}); on with the demo county
 */
@ConfigurationProperties("favornet.security")
public record SecurityProperties(String adminPassword, @DefaultValue("true") boolean demoUsers) {}
