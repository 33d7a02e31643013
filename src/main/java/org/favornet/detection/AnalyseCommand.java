package org.favornet.detection;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import org.favornet.detection.leads.LeadFilter;
import org.favornet.detection.leads.LeadStore;
import org.favornet.detection.leads.LeadViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code analyse}: runs an analysis in the foreground and prints stage timings, the heap peak and the top leads. */
@Command(name = "analyse", mixinStandardHelpOptions = true,
        description = "Run the red-flag analysis in the foreground; print each stage's time, the heap peak and the top leads.")
public final class AnalyseCommand implements Callable<Integer> {

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Leads to print (1-500, default ${DEFAULT-VALUE}).")
    int topLeads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = top.services(service)) {
            AnalysisReport report = services.get(AnalysisRunner.class).runNow(analysis.request(), analysis.regions(), "cli");
            print(report, out);
            AnalysisRequest request = analysis.request();
            LeadViews.Page page = services.get(LeadStore.class).find(LeadFilter.all(List.of(""),
                    request.region().isEmpty() ? null : request.region(), "priority", 0,
                    Math.max(1, Math.min(500, topLeads))));
            out.printf(Locale.ROOT, "%nTop %d of %d leads (by priority):%n", page.items().size(), page.total());
            int i = 1;
            for (LeadViews.Summary l : page.items()) {
                out.printf(Locale.ROOT, "%3d. [%s %s] score %.0f, priority %.0f, %s%s%n     %s%n", i++, l.ruleId(),
                        l.severity(), l.score(), l.priority(), l.status(),
                        l.kinshipTerm() == null ? "" : ", kinship: " + l.kinshipTerm(), l.sentence());
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The report's first lines: analysis id, lead count, time, heap peak, then one line per stage. */
    public static void print(AnalysisReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Analysis %s: %d leads in %.1f s, heap peak %d MB%n", report.id(),
                report.leadCount(), report.totalMillis() / 1000.0, report.peakHeapBytes() >> 20);
        for (AnalysisReport.Stage s : report.stages()) {
            out.printf(Locale.ROOT, "  %-24s %8d ms %8d items%n", s.name(), s.millis(), s.items());
        }
    }
}
