package org.favornet.kinship.gedcom;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.favornet.cli.ExitCode;
import org.favornet.cli.FavornetCommand;
import org.favornet.cli.ServiceOptions;
import org.favornet.cli.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gedcom <file.ged>...}: imports GEDCOM files; each file's name is the id prefix of its persons. */
@Command(name = "gedcom", mixinStandardHelpOptions = true,
        description = "Import GEDCOM 5.5/5.5.1 genealogies as persons and kin ties; each file's name prefixes its persons' ids.")
public final class GedcomCommand implements Callable<Integer> {

    @ParentCommand
    FavornetCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Parameters(arity = "1..*", paramLabel = "FILE.ged", description = "GEDCOM files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = top.services(service)) {
            GedcomImport gedcom = services.get(GedcomImport.class);
            for (Path p : files) {
                GedcomImport.Report r = gedcom.load(p.getFileName().toString(), Files.readAllBytes(p));
                out.printf("%s (%s): %d individuals, %d families, %d persons and %d ties written, %d lines skipped%n",
                        r.file(), r.charset(), r.individuals(), r.families(), r.personsWritten(), r.tiesWritten(),
                        r.skipped().size());
                r.skipped().stream().limit(20).forEach(s -> out.println("  line " + s.line() + ": " + s.reason()));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
