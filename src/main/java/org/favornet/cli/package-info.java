/**
 * The command line on picocli: the top command, exit codes, and how a command starts the service's
 * components ({@link org.favornet.cli.Services}); each feature contributes its own commands.
 */
package org.favornet.cli;
