package org.openras.examples.cli;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openras.check.Check;
import org.openras.check.CheckConfig;
import org.openras.check.CheckReport;
import org.openras.check.Severity;
import org.openras.check.TableChecks;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ras check}: the table checks of spec §7 on one table. Exit 0 when no finding is an ERROR,
 * 3 when some is, 2 when the table or an option is bad.
 */
@Command(
    name = CheckCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Checks a RAS table before it goes live (spec section 7): descriptor order, equal points,",
      "unreachable bands, curve cliffs, caps, ceiling, adjustments; and reports the least and",
      "greatest points and budget for each client group and locality, with an assessment for",
      "each. Exit 0 when no finding is an ERROR, 3 when some is."
    })
final class CheckCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "check";

  /** Output formats. */
  enum Format {
    text,
    json,
    md,
    html
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--table",
      required = true,
      paramLabel = "FILE",
      description = "The ras-table/1 file to check.")
  Path table;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "The format: text, json, md or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--severity",
      paramLabel = "CODE=LEVEL",
      description =
          "Gives a check another severity, e.g. DESCRIPTOR_ORDER=ERROR; repeatable."
              + " Levels: ERROR, WARNING, INFO.")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(
      names = "--max-memory",
      paramLabel = "SIZE",
      converter = ByteSize.class,
      description =
          "The most memory the exact analysis may hold, as estimated, e.g. 64m or 1g; at least 1m"
              + " (default: "
              + (CheckConfig.DEFAULT_MAX_MEMORY >> 20)
              + "m). Past it the report is not exact and says so.")
  Long maxMemory;

  @CommandLine.Mixin OutputOption output;

  @Override
  public Integer call() {
    Output.guard(Output.inputs(table), output.output);
    CheckConfig config = CheckConfig.defaults().withSeverities(severities(severities));
    if (maxMemory != null) {
      try {
        config = config.withMaxMemory(maxMemory);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--max-memory: " + e.getMessage());
      }
    }
    RasTable t = RasJson.standard().readTable(table);
    CheckReport report = TableChecks.check(t, config);
    String text =
        switch (format) {
          case json -> CheckReportWriter.json(t, report) + "\n";
          case md -> CheckReportWriter.markdown(t, report);
          case html -> CheckReportWriter.html(t, report);
          default -> CheckReportWriter.text(t, report);
        };
    Output.write(spec, output.output, text);
    return report.hasErrors() ? RasCommand.NO : RasCommand.DONE;
  }

  private Map<Check, Severity> severities(Map<String, String> given) {
    Map<Check, Severity> out = new EnumMap<>(Check.class);
    for (Map.Entry<String, String> e : given.entrySet()) {
      Check c;
      Severity s;
      try {
        c = Check.valueOf(e.getKey().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException x) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "unknown check '"
                + e.getKey()
                + "' in --severity; the checks are "
                + java.util.Arrays.toString(Check.values()));
      }
      try {
        s = Severity.valueOf(e.getValue().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException x) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "unknown severity '"
                + e.getValue()
                + "' for "
                + c
                + " in --severity;"
                + " use ERROR, WARNING or INFO");
      }
      out.put(c, s);
    }
    return out;
  }
}
