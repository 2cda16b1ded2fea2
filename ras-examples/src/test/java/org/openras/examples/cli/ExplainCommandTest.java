package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.ASSESSMENT;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;
import org.openras.explain.Golden;

/**
 * {@code ras explain}: the statement of the worked example in every format, equal to the golden
 * files (text, Markdown and HTML are those of ras-core's renderer tests; the JSON is kept here),
 * and the exit-code contract.
 */
class ExplainCommandTest {

  static String golden(String name) {
    try (InputStream in =
        ExplainCommandTest.class.getResourceAsStream("/org/openras/explain/" + name)) {
      assertThat(in).as("golden file %s on the test classpath", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void textIsTheDefaultAndEqualsTheGoldenStatement() {
    Run r = run("explain", "--table", TABLE, "--assessment", ASSESSMENT);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(golden("worked-example.txt"));
  }

  @Test
  void markdownAndHtmlEqualTheGoldenStatements() {
    assertThat(run("explain", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "md").out())
        .isEqualTo(golden("worked-example.md"));
    Run html = run("explain", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "html");
    assertThat(html.code()).isZero();
    assertThat(html.out()).isEqualTo(golden("worked-example.html"));
    assertThat(Jsoup.parse(html.out()).select("svg")).hasSize(2);
  }

  @Test
  void jsonEqualsItsGoldenFile() {
    Run r = run("explain", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("{\n  \"format\": \"ras-statement/1\"");
    Golden.check("worked-example-statement.json", r.out());
  }

  @Test
  void outputGoesToAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("statement.html");
    Run r =
        run(
            "explain",
            "--table",
            TABLE,
            "--assessment",
            ASSESSMENT,
            "--format",
            "html",
            "--output",
            file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(golden("worked-example.html"));
  }

  @Test
  void anUnwritableOutputIsBadUsageNamingTheFile(@TempDir Path dir) {
    Path file = dir.resolve("no-such-folder").resolve("statement.txt");
    Run r =
        run("explain", "--table", TABLE, "--assessment", ASSESSMENT, "--output", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("ras: cannot write ").contains("statement.txt");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void badInputAndUsageAreExitTwo() {
    Run missing = run("explain", "--table", "no-such-table.json", "--assessment", ASSESSMENT);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-table.json").doesNotContain("\tat ");
    Run format = run("explain", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "pdf");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("pdf");
    Run noAssessment = run("explain", "--table", TABLE);
    assertThat(noAssessment.code()).isEqualTo(2);
    assertThat(noAssessment.err()).contains("--assessment");
  }
}
