package org.favornet.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How imports run.
 *
 * @param writers parallel writer threads; rows are partitioned by key so one key stays on one thread
 * @param asyncThreshold uploads larger than this run as a background job (202 + job id)
 * @param sharedGroupCap a phone, address or account shared by more persons than this derives no
 *     ties (a switchboard number or a collective account would tie everyone to everyone); reported as a warning
 * @param reportRejects rejects listed in a report (all of them are in {@code rejects.csv})
 */
@ConfigurationProperties("favornet.ingest")
public record IngestProperties(
        @DefaultValue("2") int writers,
        @DefaultValue("5MB") DataSize asyncThreshold,
        @DefaultValue("30") int sharedGroupCap,
        @DefaultValue("1000") int reportRejects) {}
