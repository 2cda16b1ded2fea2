package org.openras.examples.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.openras.table.RasTable;
import org.openras.tables.OutputFiles;
import org.openras.tables.RasJson;
import org.openras.xlsx.XlsxTables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ras table}: a council's table to and from an {@code .xlsx} workbook in the layout of
 * docs/spreadsheets.md ({@code template}, {@code export}, {@code import}).
 */
@Command(
    name = TableCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "A RAS table to and from an .xlsx workbook (layout: docs/spreadsheets.md):",
      "template writes an empty workbook, export writes a table, import reads one back."
    },
    subcommands = {
      TableCommand.Template.class,
      TableCommand.Export.class,
      TableCommand.Import.class
    })
final class TableCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "table";

  static {
    // Apache POI logs through the Log4j API, which warns on standard error when it finds no
    // logging provider; the ras command has none, so it uses the API's simple logger (errors only)
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a subcommand: template, export or import");
  }

  /**
   * Refuses, before any work, an output that must not be written (a device, a FIFO, a directory, in
   * a missing directory, or the input itself): the command's one output guard.
   */
  static void checkOutput(CommandLine cl, Path output, Path input) {
    OutputFiles.check(Arrays.asList(input), List.of(output));
  }

  static void said(CommandLine.Model.CommandSpec spec, String line) {
    spec.commandLine().getOut().println(line);
    spec.commandLine().getOut().flush();
  }

  /** {@code ras table template}: the empty workbook. */
  @Command(
      name = "template",
      mixinStandardHelpOptions = true,
      description = "Writes an empty workbook in the layout, with a row of help on each sheet.")
  static final class Template implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "FILE",
        description = "The .xlsx file to write.")
    Path output;

    @Override
    public Integer call() {
      checkOutput(spec.commandLine(), output, null);
      XlsxTables.standard().writeTemplate(output);
      said(spec, "Wrote " + output + ": the empty table workbook (docs/spreadsheets.md)");
      return RasCommand.DONE;
    }
  }

  /** {@code ras table export}: a table's workbook. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes a ras-table/1 file as an .xlsx workbook.")
  static final class Export implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--table",
        required = true,
        paramLabel = "FILE",
        description = "A ras-table/1 file.")
    Path table;

    @Option(
        names = "--output",
        required = true,
        paramLabel = "FILE",
        description = "The .xlsx file to write.")
    Path output;

    @Override
    public Integer call() {
      checkOutput(spec.commandLine(), output, table);
      RasTable t = RasJson.standard().readTable(table);
      XlsxTables.standard().writeTable(t, output);
      said(
          spec,
          "Wrote "
              + output
              + ": table "
              + t.id()
              + " "
              + t.version()
              + " ("
              + t.fingerprint()
              + ")");
      return RasCommand.DONE;
    }
  }

  /** {@code ras table import}: a workbook's table as {@code ras-table/1} JSON. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Reads a table from an .xlsx workbook, checks it as any table is checked, and writes it",
        "as ras-table/1 JSON. Every problem is listed at once with its sheet and cell (exit 2)."
      })
  static final class Import implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--input",
        required = true,
        paramLabel = "FILE",
        description = "The .xlsx workbook.")
    Path input;

    @Option(
        names = "--output",
        paramLabel = "FILE",
        description = "The ras-table/1 file to write (default: standard output).")
    Path output;

    @Option(
        names = "--formula-values",
        description = {
          "Take a formula cell's last computed value (saved by the spreadsheet program)",
          "instead of refusing the cell."
        })
    boolean formulaValues;

    @Override
    public Integer call() {
      if (output != null) {
        checkOutput(spec.commandLine(), output, input);
      }
      RasTable t = XlsxTables.standard().withFormulaValues(formulaValues).readTable(input);
      if (output == null) {
        spec.commandLine().getOut().print(RasJson.standard().writeTable(t));
        spec.commandLine().getOut().flush();
        return RasCommand.DONE;
      }
      writeAtomically(t, output);
      said(
          spec,
          "Wrote "
              + output
              + ": table "
              + t.id()
              + " "
              + t.version()
              + " ("
              + t.fingerprint()
              + ")");
      return RasCommand.DONE;
    }

    private static void writeAtomically(RasTable t, Path output) {
      OutputFiles.write(
          output,
          tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
              RasJson.standard().writeTable(t, out);
            }
          });
    }
  }
}
