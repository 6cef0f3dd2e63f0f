package org.newstrends.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newstrends} command line: {@code newstrends run --config FILE [--input ...]}.
 *
 * <p>Exit status: 0 success, 1 the run failed, 2 a usage or configuration error (found before Spark
 * starts).
 */
@Command(
    name = "newstrends",
    mixinStandardHelpOptions = true,
    versionProvider = NewstrendsCli.VersionProvider.class,
    description = "Batch analytics over news corpora on Apache Spark.",
    subcommands = {RunCommand.class, ReportCommand.class})
public final class NewstrendsCli implements Runnable {

  public static final int EXIT_CONFIG_ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status, without exiting. */
  public static int execute(String... args) {
    return new CommandLine(new NewstrendsCli()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: run, report");
  }

  /** Shows the project version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newstrends " + org.newstrends.Version.get()};
    }
  }
}
