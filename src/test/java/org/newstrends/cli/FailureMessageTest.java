package org.newstrends.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A command that fails after its checks ends with exit status 1 and, last on stderr, its root cause
 * and where it happened (a full disk seen on 2026-12-04: the run's stderr ended in a stack trace
 * whose last "Caused by" said "No space left on device").
 */
class FailureMessageTest {

  /** The wrappers a full disk comes in when Spark writes Parquet (the chain of that run). */
  private static RuntimeException fullDisk() {
    IOException disk = new IOException("No space left on device");
    RuntimeException fsError = new RuntimeException(disk.toString(), disk);
    RuntimeException task =
        new RuntimeException(
            "[TASK_WRITE_FAILED] Task failed while writing rows to file:/out/articles/part-00002"
                + ".snappy.parquet. SQLSTATE: 58030\nmore detail",
            fsError);
    return new IllegalStateException(task.toString(), task);
  }

  @Command(name = "run")
  static final class Failing implements Callable<Integer> {
    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }

  private static List<String> run(CommandLine cli, StringWriter err) {
    cli.setErr(new PrintWriter(err, true));
    assertEquals(NewstrendsCli.EXIT_FAILED, cli.execute());
    return err.toString().lines().toList();
  }

  @Test
  void theLastLinesNameTheRootCauseAndWhereItHappened() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new Failing(fullDisk()))
            .setExecutionExceptionHandler(NewstrendsCli::failed);
    List<String> lines = run(cli, err);
    assertEquals(
        List.of(
            "newstrends run failed: No space left on device (java.io.IOException)",
            "newstrends run failed while: [TASK_WRITE_FAILED] Task failed while writing rows to"
                + " file:/out/articles/part-00002.snappy.parquet. SQLSTATE: 58030"),
        lines.subList(lines.size() - 2, lines.size()));
    // the stack trace stays, before them, for the log
    assertTrue(err.toString().contains("Caused by: java.io.IOException"), err.toString());
  }

  @Test
  void aCauseWithoutMessageIsNamedByItsClass() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new Failing(new IllegalStateException(new OutOfMemoryError())))
            .setExecutionExceptionHandler(NewstrendsCli::failed);
    List<String> lines = run(cli, err);
    assertEquals("newstrends run failed: java.lang.OutOfMemoryError", lines.get(lines.size() - 1));
  }

  // Two runs started at the same instant both passed the lock check before Spark; the later one
  // then failed taking the lock: a stack trace and exit status 1, not the refusal (2).
  @Test
  void aRunRefusedTheLockAfterSparkStartedIsARefusal(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String out = dir.resolve("out").toString();
    org.newstrends.output.OutputDirectory first =
        org.newstrends.output.OutputDirectory.open(
            out, "run-a", new org.apache.hadoop.conf.Configuration());
    try {
      RuntimeException refused =
          org.junit.jupiter.api.Assertions.assertThrows(
              RuntimeException.class,
              () ->
                  org.newstrends.output.OutputDirectory.open(
                      out, "run-b", new org.apache.hadoop.conf.Configuration()));
      StringWriter err = new StringWriter();
      CommandLine cli =
          new CommandLine(new Failing(new IllegalStateException("job failed", refused)))
              .setExecutionExceptionHandler(NewstrendsCli::failed);
      cli.setErr(new PrintWriter(err, true));
      assertEquals(NewstrendsCli.EXIT_CONFIG_ERROR, cli.execute());
      assertTrue(err.toString().contains("(run run-a, host "), err.toString());
      assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);
    } finally {
      first.abort();
    }
  }

  @Test
  void theCommandLineHandsFailuresToTheHandler() throws Exception {
    CommandLine cli = NewstrendsCli.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    CommandLine run = cli.getSubcommands().get("run");
    int status = cli.getExecutionExceptionHandler().handleExecutionException(fullDisk(), run, null);
    assertEquals(NewstrendsCli.EXIT_FAILED, status);
    assertTrue(
        err.toString().contains("newstrends run failed: No space left on device"), err.toString());
  }
}
