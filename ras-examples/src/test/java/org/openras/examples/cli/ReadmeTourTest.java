package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;

/**
 * The README's tour runs as written: every {@code ras …} line of its shell blocks, on the example
 * files of the repository, exits as the README says (3 for the tampered result, 0 otherwise) and
 * writes the files it names; the error example prints exactly the message shown.
 */
class ReadmeTourTest {

  /** The repository's root, seen from the module's directory (where the tests run). */
  private static final Path ROOT = Path.of("..");

  private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

  @TempDir Path out;

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  private static String section(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = text.indexOf(to, start);
    assertThat(start).as("README section %s", from).isNotNegative();
    assertThat(end).as("README heading %s after %s", to, from).isGreaterThan(start);
    return text.substring(start, end);
  }

  /** The variables the tour sets, as this test resolves them. */
  private String expand(String word) {
    return word.replace(
            "$E", ROOT.resolve("ras-examples/src/main/resources/org/openras/examples").toString())
        .replace("$T", ROOT.resolve("ras-examples/src/test/resources/cli").toString())
        .replace("$OUT", out.toString());
  }

  @Test
  void everyTourCommandRunsOnTheExampleFiles() throws IOException {
    String tour = section(readme(), "## A short tour", "### Exit codes");
    List<String> commands = new ArrayList<>();
    Matcher m = SH_BLOCK.matcher(tour);
    while (m.find()) {
      for (String line : m.group(1).split("\n")) {
        if (line.startsWith("ras ")) {
          commands.add(line);
        }
      }
    }
    assertThat(commands).as("the tour's ras commands").hasSizeGreaterThanOrEqualTo(14);
    assertThat(String.join("\n", commands))
        .contains("ras calculate", "ras explain", "ras whatif", "ras check", "ras publish")
        .contains("ras generate", "ras batch", "ras impact", "ras calibrate", "ras compare")
        .contains("ras verify");

    for (String line : commands) {
      List<String> words = new ArrayList<>(List.of(line.substring("ras ".length()).split(" +")));
      Path redirect = null;
      int gt = words.indexOf(">");
      if (gt >= 0) {
        redirect = Path.of(expand(words.get(gt + 1)));
        words = new ArrayList<>(words.subList(0, gt));
      }
      List<String> args = new ArrayList<>();
      for (String w : words) {
        args.add(expand(w));
      }
      Run r = RasCommandTest.run(args.toArray(new String[0]));
      int expected = line.contains("tampered") ? 3 : 0;
      assertThat(r.code()).as("exit code of: %s%nerr: %s", line, r.err()).isEqualTo(expected);
      if (redirect != null) {
        Files.writeString(redirect, r.out(), StandardCharsets.UTF_8);
      }
      for (int i = 0; i + 1 < args.size(); i++) {
        if (List.of("--output", "--changes", "--report").contains(args.get(i))) {
          assertThat(Path.of(args.get(i + 1))).as("written by: %s", line).isNotEmptyFile();
        }
      }
    }
  }

  @Test
  void theErrorExampleShowsTheRealMessageAndExitCode() throws IOException {
    String example = section(readme(), "For example, a table with a negative", "Every error code");
    Matcher m =
        Pattern.compile("\\$ ras (.*)\\n(ras: .*)\\n\\$ echo \\$\\?\\n(\\d)").matcher(example);
    assertThat(m.find()).as("the example's command, message and exit code").isTrue();
    List<String> args = new ArrayList<>();
    for (String w : m.group(1).split(" +")) {
      args.add(expand(w));
    }
    Run r = RasCommandTest.run(args.toArray(new String[0]));
    assertThat(r.code()).isEqualTo(Integer.parseInt(m.group(3)));
    // the README runs from the root; this test from the module's directory, one level down
    assertThat(r.err().strip().replace(ROOT + "/", "")).isEqualTo(m.group(2));
  }
}
