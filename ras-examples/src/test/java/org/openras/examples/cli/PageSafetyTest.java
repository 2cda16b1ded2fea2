package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.ASSESSMENT;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.impact;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;
import org.openras.explain.ContentSecurityPolicy;

/** Markdown escapes HTML in every field; every HTML page carries a restrictive CSP. */
class PageSafetyTest {
  @TempDir Path dir;

  private static final String CSP =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';";

  @Test
  void checkMarkdownEscapesHtmlFromTheTable() throws IOException {
    Path table = dir.resolve("t.json");
    Files.writeString(
        table,
        Files.readString(Path.of(TABLE))
            .replace("\"label\": \"B\"", "\"label\": \"<script>alert(1)</script>\""));
    Run r = run("check", "--table", table.toString(), "--format", "md");
    assertThat(r.code()).as(r.err()).isIn(0, 3);
    assertThat(r.out()).contains("alert(1)").doesNotContain("<script>");
    assertThat(r.out()).contains("\\<script\\>");
  }

  @Test
  void everyHtmlPageCarriesTheContentSecurityPolicy() throws IOException {
    assertThat(ContentSecurityPolicy.POLICY)
        .startsWith("default-src 'none'")
        .doesNotContain("script-src");
    assertThat(
            run("explain", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "html").out())
        .contains(CSP);
    assertThat(run("publish", "--table", TABLE, "--format", "html").out()).contains(CSP);
    assertThat(
            run("whatif", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "html").out())
        .contains(CSP);
    Path caseload = dir.resolve("c.csv");
    assertThat(
            run("generate", "--table", TABLE, "--rows", "20", "--output", caseload.toString())
                .code())
        .isZero();
    Path report = dir.resolve("impact.html");
    Run i =
        impact(
            caseload.toString(),
            dir.resolve("changes.csv").toString(),
            "--report",
            report.toString());
    assertThat(i.code()).as(i.err()).isZero();
    assertThat(Files.readString(report)).contains(CSP);
  }
}
