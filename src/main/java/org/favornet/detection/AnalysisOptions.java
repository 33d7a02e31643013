package org.favornet.detection;

import java.time.LocalDate;
import java.util.List;
import org.favornet.security.Viewer;
import picocli.CommandLine.Option;

/** What an analysis on the command line covers (a picocli mixin of {@code analyse} and {@code evaluate}). */
public final class AnalysisOptions {

    @Option(names = "--region", paramLabel = "CODE", defaultValue = "",
            description = "Region-code prefix to analyse (default: everything).")
    String region;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "Kinship scope of the kin rules (default: configured).")
    String scope;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First grant date considered.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last grant date considered.")
    LocalDate to;

    @Option(names = "--programs", paramLabel = "A,B", split = ",", description = "Benefit programs (default: all).")
    List<String> programs;

    /** The request these options describe. */
    public AnalysisRequest request() {
        return new AnalysisRequest(region, programs == null ? List.of() : List.copyOf(programs), from, to, scope);
    }

    /** The region prefixes the request covers, for the operator on the server (who sees every region). */
    public List<String> regions() {
        return AnalysisController.regionsFor(Viewer.system(), region);
    }
}
