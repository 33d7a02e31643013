package org.favornet.cli;

import java.io.PrintStream;
import java.util.List;

/** One command-line task, e.g. {@code import}, {@code analyse}, {@code export}, {@code generate}. */
public interface CliCommand {

    /** The first word on the command line. */
    String name();

    /** One line for {@code help}. */
    String usage();

    /** Runs with the remaining words; returns the process exit code. */
    int run(List<String> args, PrintStream out) throws Exception;
}
