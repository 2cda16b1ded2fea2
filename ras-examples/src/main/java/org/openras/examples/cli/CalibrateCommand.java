package org.openras.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.openras.calibration.Calibration;
import org.openras.calibration.CalibrationReport;
import org.openras.table.RasTable;
import org.openras.tables.OutputFiles;
import org.openras.tables.RasJson;
import org.openras.tables.batch.CaseloadFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras calibrate}: refits a table's money figures to current package costs. */
@Command(
    name = CalibrateCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Fits the allocation of a table to the current weekly package costs of a caseload (CSV with",
      "a weeklyCost column) by least squares with non-negative figures, reports the fit (R², mean",
      "absolute error, residuals by band and client group, the people furthest from the fit), and",
      "writes the fitted table as a new version. Rows dated outside the table's dates are",
      "computed as on the table's first day, as ras impact does. Exit 3, writing no table, when",
      "nothing was fitted or the fit rests on too few people (fewer than 30 in all, or fewer",
      "than 10 for a refitted band). With --report, also a self-contained HTML report with a",
      "chart of each fitted curve."
    })
final class CalibrateCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "calibrate";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--table",
      required = true,
      paramLabel = "FILE",
      description = "The table to refit (ras-table/1).")
  Path table;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "The caseload: CSV with a weeklyCost column.")
  Path input;

  @Option(
      names = "--shape",
      defaultValue = "BANDS",
      paramLabel = "linear|bands",
      description =
          "What is fitted: linear, one band per curve, or bands, each band at its current boundaries"
              + " (default: ${DEFAULT-VALUE}).")
  Calibration.Shape shape;

  @Option(
      names = "--table-version",
      required = true,
      paramLabel = "LABEL",
      description =
          "The fitted table's version label, which must differ from the table's own."
              + " (This was --version, which now prints the program's version.)")
  String version;

  @Option(
      names = "--effective-from",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The first day the fitted table is in force.")
  LocalDate effectiveFrom;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where the fitted table (ras-table/1) goes.")
  Path output;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also writes the HTML report to this file.")
  Path report;

  @Override
  public Integer call() {
    Output.guard(Output.inputs(table, input), output, report);
    RasJson json = RasJson.standard();
    RasTable t = json.readTable(table);
    java.util.Optional<String> unsupported = Calibration.unsupported(t);
    if (unsupported.isPresent()) {
      throw new CommandLine.ParameterException(spec.commandLine(), unsupported.get());
    }
    if (version.equals(t.version())) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--table-version must differ from the table's own (" + version + ")");
    }
    Calibration.Builder calibration =
        Calibration.builder(t)
            .input(input)
            .inputFormat(CaseloadFormat.CSV)
            .shape(shape)
            .version(version)
            .effectiveFrom(effectiveFrom);
    CalibrationReport r =
        Progress.ofBytes(
            "ras calibrate", input, 2, bytes -> calibration.progressBytes(bytes).build().run());
    if (report != null) {
      OutputFiles.writeString(report, r.toHtml());
    }
    spec.commandLine().getOut().print(r.toText());
    java.util.Optional<String> refusal = r.refusal();
    if (refusal.isPresent()) {
      spec.commandLine().getOut().println("No table written: " + refusal.get() + ".");
      spec.commandLine().getOut().flush();
      return RasCommand.NO;
    }
    OutputFiles.writeString(output, json.writeTable(r.fitted()));
    spec.commandLine().getOut().println("Fitted table: " + output);
    spec.commandLine().getOut().flush();
    return RasCommand.DONE;
  }
}
