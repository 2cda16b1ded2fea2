package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.examples.cli.RasCommandTest.Run;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A run builds only the subcommand it names (picocli's model of the others, built by reflection, is
 * what made {@code ras serve} slow to start), and that changes nothing a user sees: the help and
 * the errors of a subcommand are those of the whole command's.
 */
class SubcommandsBuiltTest {

  /** Every subcommand's name, in the order {@code ras --help} lists them. */
  static final List<String> NAMES =
      List.of(
          "calculate",
          "check",
          "explain",
          "publish",
          "demo",
          "whatif",
          "compare",
          "verify",
          "batch",
          "generate",
          "impact",
          "calibrate",
          "table",
          "serve",
          "help");

  @Test
  void aRunNamingASubcommandBuildsOnlyThatOne() {
    for (String name : NAMES) {
      if (name.equals("help")) {
        continue;
      }
      CommandLine cl = RasCommand.commandLine(name, "--some-option");
      assertThat(cl.getSubcommands().keySet()).as(name).containsExactly(name);
    }
    assertThat(RasCommand.commandLine("serve", "--port", "0").getSubcommands().keySet())
        .containsExactly("serve");
  }

  @Test
  void otherRunsBuildEverySubcommandInHelpOrder() {
    assertThat(RasCommand.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(NAMES);
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"--version"},
            new String[] {"help", "serve"},
            new String[] {"serv"},
            new String[] {"Serve"},
            new String[] {})) {
      assertThat(RasCommand.commandLine(args).getSubcommands().keySet())
          .as(String.join(" ", args))
          .containsExactlyElementsOf(NAMES);
    }
  }

  @Test
  void theListIsTheOneTheSubcommandsDeclare() {
    assertThat(RasCommand.SUBCOMMANDS.keySet()).containsExactlyElementsOf(NAMES);
    RasCommand.SUBCOMMANDS.forEach(
        (name, c) -> {
          Command declared = c.getAnnotation(Command.class);
          assertThat(declared.name()).as(c.getSimpleName()).isEqualTo(name);
          // a run finds its subcommand by name alone: an alias would not be found
          assertThat(declared.aliases()).as(c.getSimpleName()).isEmpty();
        });
  }

  @Test
  void eachSubcommandsHelpIsTheWholeCommandsHelp() {
    CommandLine whole = RasCommand.commandLine();
    for (String name : NAMES) {
      if (name.equals("help")) {
        continue;
      }
      Run alone = run(name, "--help");
      assertThat(alone.code()).as(name).isZero();
      assertThat(alone.out())
          .as(name)
          .isEqualTo(whole.getSubcommands().get(name).getUsageMessage())
          .startsWith("Usage: ras " + name);
      assertThat(run("help", name).out()).as(name).isEqualTo(alone.out());
    }
  }

  @Test
  void theTopLevelHelpStillListsEverySubcommand() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(RasCommand.commandLine().getUsageMessage());
    for (String name : NAMES) {
      assertThat(r.out()).containsPattern("(?m)^  " + name + " ");
    }
  }

  @Test
  void usageErrorsReadTheSameWhicheverWayTheCommandWasBuilt() {
    for (String[] args :
        List.of(
            new String[] {"serve", "--prot", "1"},
            new String[] {"serve", "--port", "many"},
            new String[] {"calculate", "--table"},
            new String[] {"table", "nonsense"},
            new String[] {"serv"})) {
      Run lazy = run(args);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine whole = RasCommand.commandLine();
      whole.setOut(new PrintWriter(out));
      whole.setErr(new PrintWriter(err));
      int code = whole.execute(args);
      assertThat(lazy.code()).as(String.join(" ", args)).isEqualTo(code).isEqualTo(2);
      assertThat(lazy.err()).as(String.join(" ", args)).isEqualTo(err.toString()).isNotEmpty();
      assertThat(lazy.out()).isEqualTo(out.toString());
    }
  }
}
