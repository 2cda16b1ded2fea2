package org.openras.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.openras.service.RasService;
import org.openras.tables.SafeText;
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

  /** The name of picocli's {@code help} subcommand. */
  private static final String HELP = "help";

  /**
   * The subcommands by name, in the order {@code ras --help} lists them (picocli's {@code help}
   * last). Not in the {@code @Command} annotation: picocli would then build the model of every one
   * (by reflection on its options and their types) on every run, a third of a second before {@code
   * ras serve} can start; {@link #commandLine(String...)} builds only the one a run names. Each
   * name is its class's {@code NAME} constant, which its own {@code @Command} annotation names it
   * by too, so a run finds its subcommand without reading an annotation.
   */
  static final Map<String, Class<?>> SUBCOMMANDS =
      ordered(
          CalculateCommand.NAME,
          CalculateCommand.class,
          CheckCommand.NAME,
          CheckCommand.class,
          ExplainCommand.NAME,
          ExplainCommand.class,
          PublishCommand.NAME,
          PublishCommand.class,
          DemoCommand.NAME,
          DemoCommand.class,
          WhatIfCommand.NAME,
          WhatIfCommand.class,
          CompareCommand.NAME,
          CompareCommand.class,
          VerifyCommand.NAME,
          VerifyCommand.class,
          BatchCommand.NAME,
          BatchCommand.class,
          GenerateCommand.NAME,
          GenerateCommand.class,
          ImpactCommand.NAME,
          ImpactCommand.class,
          CalibrateCommand.NAME,
          CalibrateCommand.class,
          TableCommand.NAME,
          TableCommand.class,
          ServeCommand.NAME,
          ServeCommand.class,
          HELP,
          CommandLine.HelpCommand.class);

  private static Map<String, Class<?>> ordered(Object... nameAndClass) {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    for (int i = 0; i < nameAndClass.length; i += 2) {
      m.put((String) nameAndClass[i], (Class<?>) nameAndClass[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the subcommand and its options, such as {@code calculate --table t.json
   *     --assessment a.json}
   */
  public static void main(String[] args) {
    if (args.length > 0 && ServeCommand.NAME.equals(args[0])) {
      // the service's slow first steps, on another core while the arguments are read
      RasService.prepare();
      ServeCommand.warmUp();
    }
    System.exit(commandLine(args).execute(args));
  }

  /** {@return the configured command line: subcommands, exit-code mapping and error handling} */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for one run: when the run's first argument names a subcommand (other than
   * {@code help}), only that subcommand is built, since no other can take part in the run;
   * otherwise (no subcommand, an option such as {@code --help}, {@code help}, a typo to suggest a
   * name for) every one is, so that help, suggestions and errors are those of the whole command.
   *
   * @param args the run's arguments (only the first is looked at)
   * @return the configured command line: subcommands, exit-code mapping and error handling
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new RasCommand());
    Class<?> named = args.length == 0 ? null : subcommandNamed(args[0]);
    for (Class<?> sub : SUBCOMMANDS.values()) {
      if (named == null || sub == named) {
        cl.addSubcommand(sub);
      }
    }
    // the settings below reach the subcommands added above (picocli applies them to the tree as it
    // is when each is called)
    // UTF-8 whatever the locale: under LANG=C the JDK would write '?' for '£'
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(RasCommand::badUsage);
    cl.setExecutionExceptionHandler(new Failures());
    cl.setExitCodeExceptionMapper(Failures::exitCode);
    return cl;
  }

  /** {@return the subcommand (but {@code help}) named {@code name}, else null} */
  private static Class<?> subcommandNamed(String name) {
    return HELP.equals(name) ? null : SUBCOMMANDS.get(name);
  }

  /** With no subcommand: the demo. */
  @Override
  public void run() {
    CommandLine demo = spec.commandLine().getSubcommands().get("demo");
    PrintWriter out = spec.commandLine().getOut();
    ((DemoCommand) demo.getCommand()).print(out);
  }

  /**
   * Bad usage: one message, its text from the command line made safe for the terminal, and where to
   * find the command's help; exit 2.
   */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("ras: " + SafeText.message(e.getMessage()));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println(
          "Try 'ras "
              + (cl.getParent() == null ? "" : cl.getCommandName() + " ")
              + "--help' for the options.");
    }
    err.flush();
    return BAD_INPUT;
  }

  /** The build's version, from a resource Maven fills in, else from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ras (OpenRAS) " + version()};
    }

    static String version() {
      try (InputStream in = RasCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          String v = p.getProperty("version");
          if (v != null && !v.isBlank() && !v.startsWith("${")) {
            return v;
          }
        }
      } catch (IOException e) {
        // fall back to the manifest
      }
      String v = RasCommand.class.getPackage().getImplementationVersion();
      return v == null ? "development build" : v;
    }
  }
}
