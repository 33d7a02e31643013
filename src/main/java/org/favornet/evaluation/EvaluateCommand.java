package org.favornet.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import org.favornet.detection.AnalyseCommand;
import org.favornet.detection.AnalysisOptions;
import org.favornet.detection.AnalysisRunner;
import org.favornet.graph.CypherRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code evaluate --dir DIR}: analyses the loaded county and scores its leads with {@link DetectionEvaluation}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Analyse the loaded county (or, with --stored, take the leads already stored) and score the leads "
                + "against DIR/ground-truth.csv and DIR/lookalikes.csv, beside the naive two-ties rule.")
public final class EvaluateCommand implements Callable<Integer> {

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder written by generate (its ground truth).")
    Path dir;

    @Option(names = "--stored", description = "Score the leads already stored; run no analysis.")
    boolean stored;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = top.services(service)) {
            AnalysisRunner runner = services.get(AnalysisRunner.class);
            if (!stored) {
                AnalyseCommand.print(runner.runNow(analysis.request(), analysis.regions(), "cli"), out);
            }
            DetectionEvaluation evaluation = new DetectionEvaluation(services.get(CypherRunner.class),
                    services.get(ObjectMapper.class));
            DetectionEvaluation.Report scores = evaluation.evaluate(dir,
                    runner.parameters(analysis.request(), analysis.regions()));
            DetectionEvaluation.lines(scores).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }
}
