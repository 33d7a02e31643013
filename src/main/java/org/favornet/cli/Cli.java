package org.favornet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Runs {@code favornet <command> [options]}: parses with picocli (typed options, {@code --help} and
 * {@code --version} without starting anything), runs the command and returns its {@link ExitCode}.
 */
public final class Cli {

    /** A Spring Boot property on the command line, {@code --server.port=8081}: arguments for the service. */
    private static final Pattern SPRING_PROPERTY = Pattern.compile("--[a-z][\\w-]*(\\.[\\w-]+)+=.*");

    private Cli() {}

    /** True when the arguments start the web service: none, or only Spring properties. */
    public static boolean startsService(String[] args) {
        for (String a : args) {
            if (!SPRING_PROPERTY.matcher(a).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Runs the command the arguments name, starting the application class only when it needs the database. */
    public static int execute(Class<?> application, List<Class<?>> commands, String... args) {
        return commandLine(SpringServices.starter(application), commands, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true)).execute(args);
    }

    /** The command line with these commands, reaching the service through {@code starter}. */
    public static CommandLine commandLine(Services.Starter starter, List<Class<?>> commands, PrintWriter out,
            PrintWriter err) {
        CommandLine cli = new CommandLine(new FavornetCommand(starter));
        for (Class<?> c : commands) {
            cli.addSubcommand(c);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            PrintWriter errors = command.getErr();
            errors.println("error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, errors);
            command.usage(errors);
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException) {
                command.getErr().println("error: " + e.getMessage());
                command.usage(command.getErr());
                return ExitCode.USAGE;
            }
            command.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCode.FAILURE;
        });
        return cli;
    }

    /** Thrown by a command when its arguments make no sense together (exit code 2, with the usage). */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
