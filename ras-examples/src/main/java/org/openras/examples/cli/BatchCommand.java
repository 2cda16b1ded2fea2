package org.openras.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openras.engine.RasEngine;
import org.openras.tables.TableProviders;
import org.openras.tables.batch.BatchRun;
import org.openras.tables.batch.BatchSummary;
import org.openras.tables.batch.CaseloadFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ras batch}: a whole caseload through the engine. Exit 0 when every row was computed, 3
 * when some rows went to the error file (the run still completes), 2 when the caseload or a table
 * cannot be read at all.
 */
@Command(
    name = BatchCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Computes every assessment of a caseload (CSV or JSON Lines) on all cores and writes the",
      "results (CSV or JSON Lines) in the caseload's order. Bad rows go to an error file with",
      "their row number, id and message; a summary accounts for every row."
    })
final class BatchCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "batch";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--table",
      required = true,
      paramLabel = "FILE",
      description = "A ras-table/1 file; repeat for several tables or versions.")
  List<Path> tables;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "The caseload: .csv or .jsonl (see README for the CSV columns).")
  Path input;

  @Option(
      names = "--input-format",
      paramLabel = "csv|jsonl",
      description = "The caseload's format, when its file name does not say.")
  CaseloadFormat inputFormat;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where the results go: .csv or .jsonl. Written whole or not at all.")
  Path output;

  @Option(
      names = "--output-format",
      paramLabel = "csv|jsonl",
      description = "The results' format, when the output's file name does not say.")
  CaseloadFormat outputFormat;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "Where bad rows go, as CSV (default: the output's name with .errors.csv added).")
  Path errors;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "How many threads compute, up to 1024 (default: one per core).")
  int threads;

  @Override
  public Integer call() {
    Output.checkThreads(spec, threads);
    Output.guard(
        Output.inputs(tables, input),
        output,
        errors != null ? errors : output.resolveSibling(output.getFileName() + ".errors.csv"));
    RasEngine engine = RasEngine.using(TableProviders.files(tables));
    BatchRun.Builder run =
        BatchRun.builder(engine)
            .input(input)
            .inputFormat(format(inputFormat, input, "--input-format"))
            .output(output)
            .outputFormat(format(outputFormat, output, "--output-format"))
            .errors(errors)
            .threads(threads);
    BatchSummary summary =
        Progress.ofBytes("ras batch", input, bytes -> run.progressBytes(bytes).build().run());
    PrintWriter out = spec.commandLine().getOut();
    out.print(summary.toText());
    out.flush();
    return summary.rowsInError() == 0 ? RasCommand.DONE : RasCommand.NO;
  }

  private CaseloadFormat format(CaseloadFormat given, Path file, String option) {
    if (given != null) {
      return given;
    }
    try {
      return CaseloadFormat.of(file);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), e.getMessage() + " (or give " + option + ")");
    }
  }
}
