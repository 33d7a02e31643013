package org.favornet.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top of the command line: {@code java -jar favornet.jar <command> [options]}. Holds how its
 * commands reach the service's components ({@link #services}), so each command starts only what it
 * needs and nothing at all for {@code --help}.
 */
@Command(name = "favornet", mixinStandardHelpOptions = true, versionProvider = FavornetCommand.Version.class,
        description = "Finds favoritism networks in public-benefit allocation. Without a command, starts the web service.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  done", "  1  failed (I/O, database, unexpected error)", "  2  usage error (unknown command or option,"
                + " bad value)", "  3  data rejected (rows rejected or a file refused; generate: a red flag not planted)",
            "", "'favornet COMMAND --help' describes a command."})
public final class FavornetCommand implements Runnable {

    @Spec
    CommandSpec spec;


    private final Services.Starter starter;

    public FavornetCommand(Services.Starter starter) {
        this.starter = starter;
    }

    /** Starts the service's components for a command that needs the database. */
    public Services services(ServiceOptions options) {
        return starter.start(options);
    }

    /** Options without a command: a usage error (no options and no command start the service instead). */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a command.");
    }

    /** The version from the jar's manifest ({@code Implementation-Version}), "development" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FavornetCommand.class.getPackage().getImplementationVersion();
            return new String[] {"favornet " + (v == null ? "development build" : v)};
        }
    }
}
