package org.favornet.detection;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.favornet.cli.CliCommand;
import org.favornet.detection.leads.LeadFilter;
import org.favornet.detection.leads.LeadStore;
import org.favornet.detection.leads.LeadViews;
import org.favornet.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * {@code analyse [--region R] [--top N] [--scope S] [--from D] [--to D] [--programs A,B]}: runs an
 * analysis in the foreground and prints stage timings, the heap peak and the top leads.
 * {@code evaluate --dir DIR [--region R]} does the same, then scores the leads against the county's
 * ground truth (see {@link DetectionEvaluation}).
 */
@Component
class AnalyseCommand implements CliCommand {

    private final AnalysisRunner runner;
    private final LeadStore leads;

    AnalyseCommand(AnalysisRunner runner, LeadStore leads) {
        this.runner = runner;
        this.leads = leads;
    }

    @Override
    public String name() {
        return "analyse";
    }

    @Override
    public String usage() {
        return "[--region R] [--top N] [--scope S] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--programs A,B]  run the red-flag analysis and print the top leads";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Map<String, String> opts = options(args, List.of("--region", "--top", "--scope", "--from", "--to", "--programs"));
        AnalysisRequest request = request(opts);
        AnalysisReport report = runner.runNow(request, AnalysisController.regionsFor(Viewer.system(), request.region()), "cli");
        print(report, out);
        int top = Integer.parseInt(opts.getOrDefault("--top", "20"));
        LeadViews.Page page = leads.find(new LeadFilter(List.of(""), null, null, request.region().isEmpty() ? null
                : request.region(), null, null, "priority", 0, Math.max(1, Math.min(500, top))));
        out.printf(Locale.ROOT, "%nTop %d of %d leads (by priority):%n", page.items().size(), page.total());
        int i = 1;
        for (LeadViews.Summary l : page.items()) {
            out.printf(Locale.ROOT, "%3d. [%s %s] score %.0f, priority %.0f, %s%s%n     %s%n", i++, l.ruleId(),
                    l.severity(), l.score(), l.priority(), l.status(),
                    l.kinshipTerm() == null ? "" : ", kinship: " + l.kinshipTerm(), l.sentence());
        }
        return 0;
    }

    static AnalysisRequest request(Map<String, String> opts) {
        String programs = opts.get("--programs");
        return new AnalysisRequest(opts.getOrDefault("--region", ""),
                programs == null ? List.of() : List.of(programs.split(",")),
                opts.containsKey("--from") ? LocalDate.parse(opts.get("--from")) : null,
                opts.containsKey("--to") ? LocalDate.parse(opts.get("--to")) : null, opts.get("--scope"));
    }

    static void print(AnalysisReport report, PrintStream out) {
        out.printf(Locale.ROOT, "Analysis %s: %d leads in %.1f s, heap peak %d MB%n", report.id(),
                report.leadCount(), report.totalMillis() / 1000.0, report.peakHeapBytes() >> 20);
        for (AnalysisReport.Stage s : report.stages()) {
            out.printf(Locale.ROOT, "  %-24s %8d ms %8d items%n", s.name(), s.millis(), s.items());
        }
    }

    static Map<String, String> options(List<String> args, List<String> known) {
        Map<String, String> opts = new HashMap<>();
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (!known.contains(a) || i + 1 >= rest.size()) {
                throw new IllegalArgumentException("unknown or incomplete option " + a);
            }
            opts.put(a, rest.get(++i));
        }
        return opts;
    }

    /** {@code evaluate --dir DIR [--region R]}. */
    @Component
    static class EvaluateCommand implements CliCommand {

        private final AnalysisRunner runner;
        private final DetectionEvaluation evaluation;

        EvaluateCommand(AnalysisRunner runner, DetectionEvaluation evaluation) {
            this.runner = runner;
            this.evaluation = evaluation;
        }

        @Override
        public String name() {
            return "evaluate";
        }

        @Override
        public String usage() {
            return "--dir DIR [--region R] [--scope S] [--stored true]  analyse the loaded county (or, with --stored, take the"
                    + " leads already stored) and score the leads against DIR/ground-truth.csv and DIR/lookalikes.csv";
        }

        @Override
        public int run(List<String> args, PrintStream out) throws Exception {
            Map<String, String> opts = options(args, List.of("--dir", "--region", "--scope", "--from", "--to", "--programs",
                    "--stored"));
            if (!opts.containsKey("--dir")) {
                throw new IllegalArgumentException("--dir is required");
            }
            AnalysisRequest request = request(opts);
            List<String> regions = AnalysisController.regionsFor(Viewer.system(), request.region());
            if (!Boolean.parseBoolean(opts.getOrDefault("--stored", "false"))) {
                print(runner.runNow(request, regions, "cli"), out);
            }
            DetectionEvaluation.Report scores = evaluation.evaluate(Path.of(opts.get("--dir")),
                    runner.parameters(request, regions));
            DetectionEvaluation.lines(scores).forEach(out::println);
            return 0;
        }
    }
}
