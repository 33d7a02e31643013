package org.favornet;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.favornet.cli.Cli;
import org.favornet.cli.Services;
import org.springframework.context.ApplicationContext;

/**
 * Runs the command line in this JVM, as {@code java -jar favornet.jar args...} would, and catches
 * what it prints. Commands that need the database get the test application's components (left
 * running after the command), or, with {@link #withoutServices}, a failure when they ask for them.
 */
public final class CommandRun {

    /** Exit code and what the command printed to standard output and error. */
    public record Result(int exit, String out, String err) {}

    private CommandRun() {}

    public static Result with(ApplicationContext context, String... args) {
        return run(options -> new Services() {
            @Override
            public <T> T get(Class<T> type) {
                return context.getBean(type);
            }

            @Override
            public void close() {
                // the test application outlives the command
            }
        }, args);
    }

    /** For commands that must not start the service: asking for it fails the command (exit 1). */
    public static Result withoutServices(String... args) {
        return run(options -> {
            throw new AssertionError("the command asked for the service's components");
        }, args);
    }

    private static Result run(Services.Starter starter, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(starter, FavornetApplication.COMMANDS, new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
