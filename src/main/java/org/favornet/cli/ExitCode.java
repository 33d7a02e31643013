package org.favornet.cli;

/** The command line's exit codes (README, "Command line"). */
public final class ExitCode {

    /** The command did what it was asked. */
    public static final int OK = 0;
    /** It failed: a file could not be read or written, the database could not be opened, a bug. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong: unknown command or option, missing or malformed value. */
    public static final int USAGE = 2;
    /** The data was refused in part or whole: rows rejected, a file refused, a case not planted. */
    public static final int REJECTED = 3;

    private ExitCode() {}
}
