package org.favornet.kinship;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the kinship search and where extra relation scopes come from.
 *
 * @param maxGenerations generations walked up to a common ancestor (and down from it)
 * @param maxSteps longest chain, in canonical steps ({@code P·Sib·C·Sp} is four)
 * @param maxSpouseLinks marriages a chain may cross ({@code Sp·Sib·Sp} crosses two)
 * @param scopesFile optional JSON file of further scopes (same format as {@code kinship-scopes.json})
 * @param warmUp build the kin index in the background when the application is ready
 */
@ConfigurationProperties("favornet.kinship")
public record KinshipProperties(
        @DefaultValue("4") int maxGenerations,
        @DefaultValue("6") int maxSteps,
        @DefaultValue("2") int maxSpouseLinks,
        Path scopesFile,
        @DefaultValue("true") boolean warmUp) {}
