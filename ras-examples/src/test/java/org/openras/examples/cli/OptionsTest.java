package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.batch;
import static org.openras.examples.cli.RasCommandTest.impact;
import static org.openras.examples.cli.RasCommandTest.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openras.examples.cli.RasCommandTest.Run;

/** Help, version and range-checked numeric options: the same contract on every command. */
class OptionsTest {
  @TempDir Path dir;

  /** {@return every subcommand's name, from the one list of them} */
  static java.util.List<String> commands() {
    return SubcommandsBuiltTest.NAMES;
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpIsDoneOnEveryCommand(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Usage: ras " + command);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void versionPrintsTheBuildsVersion() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).matches("ras \\(OpenRAS\\) \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    assertThat(run("calibrate", "--help").out()).contains("--table-version");
  }

  @Test
  void numericOptionsAreRangeChecked() {
    String caseload = dir.resolve("c.csv").toString();
    String out = dir.resolve("o.csv").toString();
    for (String threads : new String[] {"-1", "1025", "99999999999"}) {
      Run r = batch(TABLE, caseload, out, "--threads", threads);
      assertThat(r.code()).as(threads).isEqualTo(2);
      assertThat(r.err()).contains("--threads");
    }
    for (String t : new String[] {"-1", "1e999999999", "0.001", "2000000", "abc"}) {
      Run r = impact(caseload, out, "--threshold", t);
      assertThat(r.code()).as(t).isEqualTo(2);
      assertThat(r.err()).as(t).contains("--threshold");
    }
    for (String rows : new String[] {"-1", "100000001", "3000000000"}) {
      Run r = run("generate", "--table", TABLE, "--rows", rows, "--output", out);
      assertThat(r.code()).as(rows).isEqualTo(2);
      assertThat(r.err()).contains("--rows");
    }
  }

  @Test
  void controlCharactersInUsageErrorsAreEscaped() {
    Run r = batch(TABLE, "c.csv", "o.csv", "--bogus\u001b[2J\rX");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\r").contains("\\u001b[2J");
  }

  @ParameterizedTest
  @ValueSource(strings = {"calculate", "check", "explain", "whatif", "verify"})
  void everyDocumentCommandTakesOutputTheSameWay(String command) throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command));
    if (!command.equals("check")) {
      args.addAll(java.util.List.of("--assessment", RasCommandTest.ASSESSMENT));
    }
    if (command.equals("verify")) {
      Path result = dir.resolve("result.json");
      java.nio.file.Files.writeString(
          result,
          run("calculate", "--table", TABLE, "--assessment", RasCommandTest.ASSESSMENT).out());
      args.addAll(java.util.List.of("--result", result.toString()));
    }
    args.addAll(java.util.List.of("--table", TABLE));
    Run toStdout = run(args.toArray(new String[0]));
    assertThat(toStdout.code()).as(toStdout.err()).isIn(0, 3);
    Path file = dir.resolve(command + ".out");
    args.addAll(java.util.List.of("--output", file.toString()));
    Run toFile = run(args.toArray(new String[0]));
    assertThat(toFile.code()).isEqualTo(toStdout.code());
    assertThat(toFile.out()).isEmpty();
    assertThat(java.nio.file.Files.readString(file)).isEqualTo(toStdout.out());
    args.set(args.size() - 1, TABLE);
    Run overInput = run(args.toArray(new String[0]));
    assertThat(overInput.code()).isEqualTo(2);
    assertThat(overInput.err()).contains("RAS-O001");
  }
}
