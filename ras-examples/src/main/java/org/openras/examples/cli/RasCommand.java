package org.openras.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ras} command: computes indicative budgets from RAS tables and assessments in their
 * JSON forms, and explains them.
 *
 * <p>Exit codes are a contract: 0 done; 1 internal failure; 2 bad input or usage (a message on
 * standard error names the file, the place and the rule); 3 the command ran and its answer is "no".
 * With no arguments it runs the demo.
 */
@Command(
    name = "ras",
    mixinStandardHelpOptions = true,
    versionProvider = RasCommand.Version.class,
    description =
        "OpenRAS: indicative personal budgets from a RAS table and an assessment, explained.",
    subcommands = {
      CalculateCommand.class,
      CheckCommand.class,
      ExplainCommand.class,
      PublishCommand.class,
      DemoCommand.class,
      WhatIfCommand.class,
      CompareCommand.class,
      VerifyCommand.class,
      BatchCommand.class,
      GenerateCommand.class,
      ImpactCommand.class,
      CalibrateCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:internal failure",
      "2:bad input or usage",
      "3:the command ran and its answer is \"no\""
    })
public final class RasCommand implements Runnable {
  /** Exit code: done. */
  public static final int DONE = 0;

  /** Exit code: internal failure. */
  public static final int INTERNAL = 1;

  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** Exit code: the command ran and its answer is "no". */
  public static final int NO = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the subcommand and its options, such as {@code calculate --table t.json
   *     --assessment a.json}
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** {@return the configured command line: subcommands, exit-code mapping and error handling} */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new RasCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(new Failures());
    cl.setExitCodeExceptionMapper(Failures::exitCode);
    return cl;
  }

  /** With no subcommand: the demo. */
  @Override
  public void run() {
    CommandLine demo = spec.commandLine().getSubcommands().get("demo");
    PrintWriter out = spec.commandLine().getOut();
    ((DemoCommand) demo.getCommand()).print(out);
  }

  /** The version, from the jar's manifest when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RasCommand.class.getPackage().getImplementationVersion();
      return new String[] {"ras (OpenRAS) " + (v == null ? "development build" : v)};
    }
  }
}
