package org.favornet.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs {@code favornet <command> args...} without the web server: boots the same application
 * context (same database wiring), runs the named {@link CliCommand} and exits with its code.
 */
public final class CliDispatcher {

    private CliDispatcher() {}

    /** True when the arguments name a command rather than Spring options. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        PrintStream out = System.out;
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        try (ConfigurableApplicationContext context = app.run()) {
            List<CliCommand> commands = context.getBeansOfType(CliCommand.class).values().stream()
                    .sorted((a, b) -> a.name().compareTo(b.name())).toList();
            CliCommand command = commands.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
            if (command == null) {
                out.println(args[0].equals("help") ? "Commands:" : "Unknown command '" + args[0] + "'. Commands:");
                commands.forEach(c -> out.println("  " + c.name() + "  " + c.usage()));
                return args[0].equals("help") ? 0 : 2;
            }
            try {
                return command.run(Arrays.asList(args).subList(1, args.length), out);
            } catch (IllegalArgumentException e) {
                out.println("error: " + e.getMessage());
                out.println("usage: " + command.name() + " " + command.usage());
                return 2;
            } catch (Exception e) {
                out.println("error: " + e.getMessage());
                return 1;
            }
        }
    }
}
