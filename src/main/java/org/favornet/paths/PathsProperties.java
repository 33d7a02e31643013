package org.favornet.paths;

import java.time.Duration;
import java.util.List;
import org.favornet.graph.TieKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds and weights of path queries. Money ties are left out of the default tie kinds: transfer
 * records are partial and a transfer is itself the evidence of a red flag (kickback, diverted
 * payment) rather than a sign of closeness, so an investigator asks for {@code MONEY} explicitly.
 *
 * @param weights cost of one tie per kind: lighter means closer (kin before acquaintance before a shared phone)
 * @param defaultMaxHops path length when the request names none
 * @param maxHops the longest path length a request may ask for
 * @param defaultK paths returned when the request names none
 * @param maxK the most paths a request may ask for
 * @param timeBudget wall-clock budget of one query; past it the query stops and answers 503
 * @param defaultTies tie kinds searched when the request names none
 * @param defaultCircleHops circle radius when the request names none
 * @param maxCircleHops the largest circle radius a request may ask for
 * @param maxCircleMembers a circle is cut after this many members (nearest first) and marked truncated
 */
@ConfigurationProperties("favornet.paths")
public record PathsProperties(
        @DefaultValue Weights weights,
        @DefaultValue("4") int defaultMaxHops,
        @DefaultValue("8") int maxHops,
        @DefaultValue("5") int defaultK,
        @DefaultValue("25") int maxK,
        @DefaultValue("2s") Duration timeBudget,
        @DefaultValue({"KIN", "KNOWS", "SHARED", "GRANT"}) List<TieKind> defaultTies,
        @DefaultValue("2") int defaultCircleHops,
        @DefaultValue("3") int maxCircleHops,
        @DefaultValue("2000") int maxCircleMembers) {

    /** Weight of one tie per kind; all must be positive (the search relies on it). */
    public record Weights(
            @DefaultValue("1.0") double kin,
            @DefaultValue("2.0") double knows,
            @DefaultValue("3.0") double shared,
            @DefaultValue("2.5") double money,
            @DefaultValue("1.5") double grant) {

        public Weights {
            for (double w : new double[] {kin, knows, shared, money, grant}) {
                if (!(w > 0)) {
                    throw new IllegalArgumentException("favornet.paths.weights.* must be positive");
                }
            }
        }

        /** Indexed by {@link TieKind#ordinal()}. */
        public double[] byKind() {
            double[] w = new double[TieKind.values().length];
            w[TieKind.KIN.ordinal()] = kin;
            w[TieKind.KNOWS.ordinal()] = knows;
            w[TieKind.SHARED.ordinal()] = shared;
            w[TieKind.MONEY.ordinal()] = money;
            w[TieKind.GRANT.ordinal()] = grant;
            return w;
        }
    }

    public static PathsProperties defaults() {
        return new PathsProperties(new Weights(1.0, 2.0, 3.0, 2.5, 1.5), 4, 8, 5, 25, Duration.ofSeconds(2),
                List.of(TieKind.KIN, TieKind.KNOWS, TieKind.SHARED, TieKind.GRANT), 2, 3, 2000);
    }
}
