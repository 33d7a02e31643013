package org.favornet.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of one export, checked before a byte is sent.
 *
 * @param maxNodes most nodes one export may hold
 * @param maxEdges most edges one export may hold
 * @param maxHops most hops a seed expansion may take
 * @param batchSize element ids per query when expanding and fetching
 */
@ConfigurationProperties("favornet.export")
public record ExportProperties(
        @DefaultValue("50000") int maxNodes,
        @DefaultValue("200000") int maxEdges,
        @DefaultValue("4") int maxHops,
        @DefaultValue("2000") int batchSize) {}
