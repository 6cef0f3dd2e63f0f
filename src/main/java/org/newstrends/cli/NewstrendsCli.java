package org.newstrends.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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

  /** A failure after the checks: Spark started, nothing was published. */
  public static final int EXIT_FAILED = 1;

  public static final int EXIT_CONFIG_ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status, without exiting. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The command line, with {@link #failed} for exceptions its commands throw. */
  static CommandLine commandLine() {
    return new CommandLine(new NewstrendsCli()).setExecutionExceptionHandler(NewstrendsCli::failed);
  }

  /**
   * A command that failed after its checks (exit status 1, docs/operations.md): the stack trace for
   * the log, then, last on stderr, one line with the root cause (a full disk's "No space left on
   * device" sits at the end of a chain of Spark and Hadoop wrappers) and one with the message
   * nearest to it that says more than its own cause (which task, which file).
   */
  static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.newstrends.output.OutputDirectory.Locked locked) {
        // two runs started at once both passed the check before Spark: the later one is refused
        err.println("newstrends: configuration error: " + locked.getMessage());
        err.flush();
        return EXIT_CONFIG_ERROR;
      }
    }
    e.printStackTrace(err);
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    Throwable root = chain.get(chain.size() - 1);
    String name = "newstrends " + command.getCommandName();
    err.println(name + " failed: " + describe(root));
    for (int i = chain.size() - 2; i >= 0; i--) {
      Throwable t = chain.get(i);
      String message = t.getMessage();
      if (message != null && !message.equals(t.getCause().toString())) {
        err.println(name + " failed while: " + message.lines().findFirst().orElse(""));
        break;
      }
    }
    err.flush();
    return EXIT_FAILED;
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return message == null || message.isBlank()
        ? t.getClass().getName()
        : message.lines().findFirst().orElse("") + " (" + t.getClass().getName() + ")";
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
