package org.favornet.cli;

/**
 * The service's components a command works with, started for it and stopped after it: the
 * database, the loaders, the analysis. Commands that only write files never ask for them.
 */
public interface Services extends AutoCloseable {

    /** The one component of this type. */
    <T> T get(Class<T> type);

    @Override
    void close();

    /** How a command asks for {@link Services}; tests hand in the test application's instead of a new one. */
    @FunctionalInterface
    interface Starter {
        Services start(ServiceOptions options);
    }
}
