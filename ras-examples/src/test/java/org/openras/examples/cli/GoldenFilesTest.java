package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The worked example through {@code ras whatif}, {@code ras compare} and {@code ras verify} in
 * every format, against golden files in {@code src/test/resources/golden}.
 *
 * <p>After a deliberate change of the output, regenerate the files and review the diff:
 *
 * <pre>
 * ./mvnw -B -q -o verify -pl ras-core,ras-tables,ras-examples -Dtest=GoldenFilesTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dopenras.golden.update=true
 * git diff ras-examples/src/test/resources/golden
 * </pre>
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String TABLE = "src/main/resources/org/openras/examples/worked-table.json";
  private static final String ASSESSMENT =
      "src/main/resources/org/openras/examples/worked-assessment.json";
  private static final String TABLE_2027 = "src/test/resources/cli/worked-table-2027.json";
  private static final String REVIEW = "src/test/resources/cli/worked-review.json";
  private static final String RESULT = "src/test/resources/cli/worked-result.json";
  private static final String TAMPERED = "src/test/resources/cli/worked-result-tampered.json";

  record Case(String file, int exit, String... args) {}

  private static Case of(String name, String format) {
    String ext = format.equals("text") ? "txt" : format;
    return switch (name) {
      case "whatif" ->
          new Case(
              "whatif." + ext,
              0,
              "whatif",
              "--table",
              TABLE,
              "--assessment",
              ASSESSMENT,
              "--format",
              format);
      case "compare-review" ->
          new Case(
              "compare-review." + ext,
              0,
              "compare",
              "--table",
              TABLE,
              "--table",
              TABLE_2027,
              "--before",
              ASSESSMENT,
              "--after",
              REVIEW,
              "--format",
              format);
      case "compare-versions" ->
          new Case(
              "compare-versions." + ext,
              0,
              "compare",
              "--before-table",
              TABLE,
              "--after-table",
              TABLE_2027,
              "--assessment",
              ASSESSMENT,
              "--format",
              format);
      case "verify" ->
          new Case(
              "verify." + ext,
              0,
              "verify",
              "--result",
              RESULT,
              "--table",
              TABLE,
              "--assessment",
              ASSESSMENT,
              "--format",
              format);
      case "verify-tampered" ->
          new Case(
              "verify-tampered." + ext,
              3,
              "verify",
              "--result",
              TAMPERED,
              "--table",
              TABLE,
              "--assessment",
              ASSESSMENT,
              "--format",
              format);
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"whatif", "compare-review", "compare-versions", "verify", "verify-tampered"})
  void everyFormatMatchesItsGoldenFile(String name) throws IOException {
    List<String> failures = new ArrayList<>();
    for (String format : List.of("text", "md", "html", "json")) {
      Case c = of(name, format);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cl = RasCommand.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int code = cl.execute(c.args());
      assertThat(err.toString()).as(c.file()).isEmpty();
      assertThat(code).as(c.file()).isEqualTo(c.exit());
      Path golden = GOLDEN.resolve(c.file());
      if (Boolean.getBoolean("openras.golden.update")) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
        continue;
      }
      assertThat(golden).as("golden file (regenerate: -Dopenras.golden.update=true)").exists();
      if (!Files.readString(golden, StandardCharsets.UTF_8).equals(out.toString())) {
        failures.add(c.file());
      }
      assertThat(out.toString()).as(c.file()).isEqualTo(Files.readString(golden));
    }
    assertThat(failures).isEmpty();
  }
}
