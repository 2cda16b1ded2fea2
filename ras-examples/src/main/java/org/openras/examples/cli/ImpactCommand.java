package org.openras.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.table.RasTable;
import org.openras.tables.OutputFiles;
import org.openras.tables.RasJson;
import org.openras.tables.SafeText;
import org.openras.tables.batch.CaseloadFormat;
import org.openras.tables.batch.ImpactAnalysis;
import org.openras.tables.batch.ImpactReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras impact}: who gains, who loses and what it costs when a table changes. */
@Command(
    name = ImpactCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Computes every person of a caseload under two tables (usually two versions of one table)",
      "and reports winners, losers, the distribution of changes, the cost before and after by",
      "client group and band, and the largest changes; writes a CSV of every person's change",
      "and, with --report, a self-contained HTML report with charts."
    })
final class ImpactCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "impact";

  /** The largest {@code --threshold}: a million a week. */
  static final BigDecimal MAX_THRESHOLD = new BigDecimal("1000000");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"--before-table", "--before"},
      required = true,
      paramLabel = "FILE",
      description =
          "The table in force now (ras-table/1). --before is the older name of this option.")
  Path before;

  @Option(
      names = {"--after-table", "--after"},
      required = true,
      paramLabel = "FILE",
      description = "The new table (ras-table/1). --after is the older name of this option.")
  Path after;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "The caseload: .csv or .jsonl.")
  Path input;

  @Option(
      names = "--input-format",
      paramLabel = "csv|jsonl",
      description = "The caseload's format, when its file name does not say.")
  CaseloadFormat inputFormat;

  @Option(
      names = "--changes",
      required = true,
      paramLabel = "FILE",
      description = "Where the CSV of every person's change goes.")
  Path changes;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also writes the HTML report to this file.")
  Path report;

  @Option(
      names = "--threshold",
      paramLabel = "AMOUNT",
      defaultValue = "0",
      description =
          "Lists the people whose weekly budget changes by at least this amount, from 0 to 1,000,000 (default: any change).")
  BigDecimal threshold;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "How many threads compute, up to 1024 (default: one per core).")
  int threads;

  @Override
  public Integer call() {
    Output.checkThreads(spec, threads);
    if (threshold.signum() < 0
        || threshold.compareTo(MAX_THRESHOLD) > 0
        || threshold.stripTrailingZeros().scale() > 2) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--threshold must be an amount from 0 to "
              + MAX_THRESHOLD.toPlainString()
              + " with at most 2 decimals, not "
              + SafeText.value(threshold.toString()));
    }
    Output.guard(
        Output.inputs(before, after, input),
        changes,
        changes.resolveSibling(changes.getFileName() + ".errors.csv"),
        report);
    RasJson json = RasJson.standard();
    RasTable b = json.readTable(before);
    RasTable a = json.readTable(after);
    CaseloadFormat format = inputFormat;
    if (format == null) {
      try {
        format = CaseloadFormat.of(input);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), e.getMessage() + " (or give --input-format)");
      }
    }
    ImpactAnalysis.Builder analysis =
        ImpactAnalysis.builder(b, a)
            .input(input)
            .inputFormat(format)
            .changes(changes)
            .threshold(threshold)
            .threads(threads);
    ImpactReport r =
        Progress.ofBytes("ras impact", input, bytes -> analysis.progressBytes(bytes).build().run());
    if (report != null) {
      OutputFiles.writeString(report, r.toHtml());
    }
    spec.commandLine().getOut().print(r.toText());
    spec.commandLine().getOut().flush();
    return RasCommand.DONE;
  }
}
