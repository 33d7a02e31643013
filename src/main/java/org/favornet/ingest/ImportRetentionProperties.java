package org.favornet.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long what an import leaves on disk is kept.
 *
 * @param retention an import's directory ({@code jobs/<id>}: its report {@code job.json}, its
 *     {@code rejects.csv}, any spooled upload left behind) is deleted this long after the import
 *     finished; e.g. {@code 30d}, {@code 12h}
 * @param sweepEvery how often the retention sweep runs (also once shortly after start)
 */
@ConfigurationProperties("favornet.imports")
public record ImportRetentionProperties(
        @DefaultValue("30d") Duration retention,
        @DefaultValue("1h") Duration sweepEvery) {

    public ImportRetentionProperties {
        if (retention.isNegative() || retention.isZero() || sweepEvery.isNegative() || sweepEvery.isZero()) {
            throw new IllegalArgumentException("favornet.imports.retention and sweep-every must be positive");
        }
    }
}
