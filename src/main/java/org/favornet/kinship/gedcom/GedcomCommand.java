package org.favornet.kinship.gedcom;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.favornet.cli.CliCommand;
import org.springframework.stereotype.Component;

/** {@code gedcom <file.ged>...}: imports GEDCOM files; each file's name is the id prefix of its persons. */
@Component
class GedcomCommand implements CliCommand {

    private final GedcomImport gedcom;

    GedcomCommand(GedcomImport gedcom) {
        this.gedcom = gedcom;
    }

    @Override
    public String name() {
        return "gedcom";
    }

    @Override
    public String usage() {
        return "<file.ged>...  import GEDCOM 5.5/5.5.1 genealogies as persons and kin ties";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws Exception {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("name at least one GEDCOM file");
        }
        for (String a : args) {
            Path p = Path.of(a);
            GedcomImport.Report r = gedcom.load(p.getFileName().toString(), Files.readAllBytes(p));
            out.printf("%s (%s): %d individuals, %d families, %d persons and %d ties written, %d lines skipped%n",
                    r.file(), r.charset(), r.individuals(), r.families(), r.personsWritten(), r.tiesWritten(),
                    r.skipped().size());
            r.skipped().stream().limit(20).forEach(s -> out.println("  line " + s.line() + ": " + s.reason()));
        }
        return 0;
    }
}
