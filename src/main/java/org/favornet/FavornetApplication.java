package org.favornet;

import java.util.List;
import org.favornet.bench.KinshipBenchmark;
import org.favornet.bench.LoaderBenchmark;
import org.favornet.bench.NaiveLoadBenchmark;
import org.favornet.bench.PathBenchmark;
import org.favornet.bench.RawImportBenchmark;
import org.favornet.cli.Cli;
import org.favornet.detection.AnalyseCommand;
import org.favornet.evaluation.EvaluateCommand;
import org.favornet.export.ExportCommand;
import org.favornet.fixtures.GenerateCommand;
import org.favornet.ingest.BulkImportCommand;
import org.favornet.ingest.ImportCommand;
import org.favornet.kinship.gedcom.GedcomCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point: the web service when no command is given (Spring properties such as
 * {@code --server.port=8081} may be), else a command-line task ({@code --help} lists them). The
 * tools (benchmarks, generator, evaluation) are assembled here, beside the product's commands; no
 * product package depends on them, and they are no components of the service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FavornetApplication {

    /** Every command, in the order {@code --help} lists them: the product's, then the tools'. */
    public static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, BulkImportCommand.class,
            GedcomCommand.class, AnalyseCommand.class, ExportCommand.class, GenerateCommand.class,
            EvaluateCommand.class, LoaderBenchmark.class, NaiveLoadBenchmark.class, RawImportBenchmark.class,
            KinshipBenchmark.class, PathBenchmark.class);

    public static void main(String[] args) {
        if (Cli.startsService(args)) {
            SpringApplication.run(FavornetApplication.class, args);
        } else {
            System.exit(Cli.execute(FavornetApplication.class, COMMANDS, args));
        }
    }
}
