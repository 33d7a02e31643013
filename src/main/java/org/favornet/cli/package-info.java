/** The command line: each feature contributes {@link org.favornet.cli.CliCommand}s; this package dispatches. */
package org.favornet.cli;
