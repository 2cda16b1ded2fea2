package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code ras} command's contract: output and exit codes. */
class RasCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // as main builds it: only the subcommand the run names
    CommandLine cl = RasCommand.commandLine(args);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Runs {@code ras batch} of a caseload on a table into an output file, with any further
   * arguments.
   */
  static Run batch(String table, String input, String output, String... more) {
    return run(
        args(List.of("batch", "--table", table, "--input", input, "--output", output), more));
  }

  /**
   * Runs {@code ras impact} of a caseload from the worked example's table to itself, writing the
   * changes to {@code changes}, with any further arguments.
   */
  static Run impact(String input, String changes, String... more) {
    return run(
        args(
            List.of(
                "impact",
                "--before-table",
                TABLE,
                "--after-table",
                TABLE,
                "--input",
                input,
                "--changes",
                changes),
            more));
  }

  private static String[] args(List<String> first, String... more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  static String resource(String name) {
    try {
      return Paths.get(RasCommandTest.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static final String TABLE = resource("/org/openras/examples/worked-table.json");
  static final String ASSESSMENT = resource("/org/openras/examples/worked-assessment.json");

  @Test
  void calculatePrintsTheResultJsonOfTheWorkedExample() {
    Run r = run("calculate", "--table", TABLE, "--assessment", ASSESSMENT);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .containsPattern("\"format\" *: *\"ras-result/1\"")
        .containsPattern("\"totalPoints\" *: *39.6\\b")
        .containsPattern("\"weekly\" *: *199.69\\b")
        .containsPattern("\"annual\" *: *10383.88\\b")
        .containsPattern("\"weekly\" *: *239.69\\b")
        .containsPattern("\"annual\" *: *12463.88\\b")
        .contains("PANEL_APPROVAL_REQUIRED");
  }

  @Test
  void explainPrintsPlainEnglish() {
    Run r = run("calculate", "--table", TABLE, "--assessment", ASSESSMENT, "--explain");
    assertThat(r.code()).isZero();
    // the statement for the person, as `ras explain` writes it (checked there against its
    // golden file)
    assertThat(r.out())
        .isEqualTo(run("explain", "--table", TABLE, "--assessment", ASSESSMENT).out())
        .contains("Your indicative budget is £199.69 a week (£10,383.88 a year)")
        .contains("a panel must approve")
        .contains("£239.69 a week (£12,463.88 a year)");
  }

  @Test
  void noArgumentsRunsTheDemo() {
    Run r = run();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("OpenRAS demo").contains("£199.69 a week");
    assertThat(run("demo").out()).isEqualTo(r.out());
  }

  @Test
  void missingFileIsBadInputNamingTheFile() {
    Run r = run("calculate", "--table", "no-such-table.json", "--assessment", ASSESSMENT);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-table.json").contains("RAS-J008");
    assertNoStackTrace(r);
  }

  @Test
  void brokenTableRuleIsBadInputWithPlaceAndRule() {
    String bad = resource("/cli/negative-points-table.json");
    Run r = run("calculate", "--table", bad, "--assessment", ASSESSMENT);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("negative-points-table.json")
        .contains("/domains/0/questions/0/descriptors/1/points")
        .containsPattern("line \\d+, column \\d+")
        .contains("RAS-T005");
    assertNoStackTrace(r);
  }

  @Test
  void descriptorOfAnotherQuestionIsBadInputWithPlaceAndRule() {
    String bad = resource("/cli/foreign-descriptor-assessment.json");
    Run r = run("calculate", "--table", TABLE, "--assessment", bad);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("foreign-descriptor-assessment.json")
        .contains("/answers/Q2")
        .containsPattern("line \\d+, column \\d+")
        .contains("RAS-A004")
        .contains("5B");
    assertNoStackTrace(r);
  }

  @Test
  void usageErrorsAreBadInput() {
    assertThat(run("calculate", "--table", TABLE).code()).isEqualTo(2);
    assertThat(run("no-such-command").code()).isEqualTo(2);
    assertThat(run("calculate", "--bogus").code()).isEqualTo(2);
  }

  @Test
  void internalFailuresAreExitOneAndInputErrorsTwo() {
    assertThat(Failures.exitCode(new IllegalStateException("bug"))).isEqualTo(1);
    assertThat(Failures.exitCode(new NullPointerException())).isEqualTo(1);
  }

  @Test
  void helpIsDone() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("calculate").contains("demo").contains("Exit codes");
  }

  private static void assertNoStackTrace(Run r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception:");
    assertThat(r.err().lines().count()).as("one clear message").isLessThanOrEqualTo(3);
  }

  static Path path(String s) {
    return Paths.get(s);
  }
}
