package org.favornet;

import org.favornet.cli.CliDispatcher;
import org.favornet.ingest.BulkImport;
import org.favornet.ingest.RawImportBenchmark;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: the web service, or a command-line task when the first argument names one. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FavornetApplication {

    public static void main(String[] args) {
        if (BulkImport.isBulkImport(args)) {
            System.exit(BulkImport.run(FavornetApplication.class, args));
        }
        if (RawImportBenchmark.isRawImport(args)) {
            System.exit(RawImportBenchmark.run(args));
        }
        if (CliDispatcher.isCommand(args)) {
            System.exit(CliDispatcher.run(FavornetApplication.class, args));
        }
        SpringApplication.run(FavornetApplication.class, args);
    }
}
