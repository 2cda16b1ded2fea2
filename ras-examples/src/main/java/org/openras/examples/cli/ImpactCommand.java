package org.openras.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import org.openras.tables.batch.CaseloadFormat;
import org.openras.tables.batch.ImpactAnalysis;
import org.openras.tables.batch.ImpactReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras impact}: who gains, who loses and what it costs when a table changes. */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description = {
      "Computes every person of a caseload under two tables (usually two versions of one table)",
      "and reports winners, losers, the distribution of changes, the cost before and after by",
      "client group and band, and the largest changes; writes a CSV of every person's change",
      "and, with --report, a self-contained HTML report with charts."
    })
final class ImpactCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--before",
      required = true,
      paramLabel = "FILE",
      description = "The table in force now (ras-table/1).")
  Path before;

  @Option(
      names = "--after",
      required = true,
      paramLabel = "FILE",
      description = "The new table (ras-table/1).")
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

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the HTML report here.")
  Path report;

  @Option(
      names = "--threshold",
      paramLabel = "AMOUNT",
      defaultValue = "0",
      description =
          "List people whose weekly budget changes by at least this (default: any change).")
  BigDecimal threshold;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: one per core).")
  int threads;

  @Override
  public Integer call() {
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
    ImpactReport r =
        ImpactAnalysis.builder(b, a)
            .input(input)
            .inputFormat(format)
            .changes(changes)
            .threshold(threshold)
            .threads(threads)
            .build()
            .run();
    if (report != null) {
      try {
        Files.writeString(report, r.toHtml(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    spec.commandLine().getOut().print(r.toText());
    spec.commandLine().getOut().flush();
    return RasCommand.DONE;
  }
}
