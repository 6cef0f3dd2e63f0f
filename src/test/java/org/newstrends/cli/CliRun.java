package org.newstrends.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One run of the command line in the test's JVM: its exit status and what it wrote to stderr
 * (stdout is discarded).
 */
record CliRun(int status, String err) {

  static CliRun of(String... args) {
    StringWriter buffer = new StringWriter();
    CommandLine cli = NewstrendsCli.commandLine();
    cli.setErr(new PrintWriter(buffer, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    int status = cli.execute(args);
    return new CliRun(status, buffer.toString());
  }

  /** Writes {@code yaml} as {@code dir/job.yaml}, beside a one-record input {@code input.txt}. */
  static Path config(Path dir, String yaml) throws IOException {
    Files.writeString(dir.resolve("input.txt"), " date 2023-12-07 WORLD\nT\nBody.\n");
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, yaml);
    return file;
  }
}
