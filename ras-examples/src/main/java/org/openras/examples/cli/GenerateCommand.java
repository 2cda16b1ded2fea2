package org.openras.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openras.generate.AssessmentGenerator;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import org.openras.tables.batch.CaseloadFormat;
import org.openras.tables.batch.CaseloadWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras generate}: a synthetic caseload for a table, reproducible from a seed. */
@Command(
    name = GenerateCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic caseload of valid assessments for a table (CSV or JSON Lines),",
      "the same for the same seed, for trying out ras batch."
    })
final class GenerateCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "generate";

  /** The most rows {@code generate} writes: a hundred million. */
  static final int MAX_ROWS = 100_000_000;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--table",
      required = true,
      paramLabel = "FILE",
      description = "The ras-table/1 file whose questions the caseload answers.")
  Path table;

  @Option(
      names = "--rows",
      required = true,
      paramLabel = "N",
      description = "How many assessments to write, up to 100,000,000.")
  int rows;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "The seed: the same seed gives the same caseload (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where the caseload goes: .csv or .jsonl.")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "csv|jsonl",
      description = "The caseload's format, when the output's file name does not say.")
  CaseloadFormat format;

  @Option(names = "--moderations", description = "Includes moderations (JSON Lines only).")
  boolean moderations;

  @Override
  public Integer call() {
    if (rows < 0 || rows > MAX_ROWS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--rows must be from 0 to " + MAX_ROWS + ", not " + rows);
    }
    CaseloadFormat f = format;
    if (f == null) {
      try {
        f = CaseloadFormat.of(output);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), e.getMessage() + " (or give --format)");
      }
    }
    if (moderations && f == CaseloadFormat.CSV) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "a CSV caseload cannot hold moderations: use .jsonl");
    }
    Output.guard(Output.inputs(table), output);
    RasTable t = RasJson.standard().readTable(table);
    AssessmentGenerator gen =
        AssessmentGenerator.forTable(t).withModerationProbability(moderations ? 0.2 : 0);
    CaseloadFormat chosen = f;
    long n =
        Progress.ofRows(
            "ras generate",
            rows,
            done -> {
              java.util.Iterator<org.openras.assessment.Assessment> it =
                  gen.stream(seed, rows).iterator();
              if (done == null) {
                return CaseloadWriter.write(t, it, output, chosen);
              }
              long[] count = {0};
              java.util.Iterator<org.openras.assessment.Assessment> counted =
                  new java.util.Iterator<>() {
                    @Override
                    public boolean hasNext() {
                      return it.hasNext();
                    }

                    @Override
                    public org.openras.assessment.Assessment next() {
                      org.openras.assessment.Assessment a = it.next();
                      if (++count[0] % 1024 == 0) {
                        done.accept(count[0]);
                      }
                      return a;
                    }
                  };
              return CaseloadWriter.write(t, counted, output, chosen);
            });
    spec.commandLine().getOut().println("Wrote " + n + " assessments to " + output);
    spec.commandLine().getOut().flush();
    return RasCommand.DONE;
  }
}
