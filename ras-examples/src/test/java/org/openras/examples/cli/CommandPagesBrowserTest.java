package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.ASSESSMENT;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openras.browser.Browser;
import org.openras.browser.PrintedPdf;
import org.openras.examples.cli.RasCommandTest.Run;

/**
 * The HTML pages the {@code ras} command writes, opened from their files in a real headless
 * Chromium at a phone's and a desktop's width: axe-core finds no WCAG 2.2 A/AA violation, no page
 * scrolls sideways, no table cell is squeezed; the statement prints on A4 with the budget on page
 * 1. Screenshots go to {@code target/screenshots/} (prefix {@code cli-}).
 */
class CommandPagesBrowserTest {
  private static final String RESULT = "src/test/resources/cli/worked-result.json";

  private static Browser browser;
  private static Path dir;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start();
    dir = Files.createDirectories(Path.of("target", "browser-pages", "cli"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static Path page(String name, String... args) throws IOException {
    Run r = run(args);
    assertThat(r.code()).as(r.err()).isIn(0, 3);
    return Files.writeString(dir.resolve(name + ".html"), r.out());
  }

  private static void checkAtBothWidths(SoftAssertions softly, String name, Path file) {
    for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
      browser.width(width).open(file);
      browser.check(softly, "cli-" + name);
    }
  }

  @Test
  void everyPageTheCommandWritesIsAccessibleAndFitsAPhone() throws IOException {
    SoftAssertions softly = new SoftAssertions();
    Path statement =
        page(
            "statement",
            "explain",
            "--table",
            TABLE,
            "--assessment",
            ASSESSMENT,
            "--format",
            "html");
    checkAtBothWidths(softly, "statement", statement);
    PrintedPdf pdf = PrintedPdf.read(browser.printA4());
    softly.assertThat(pdf.allA4()).as("the printed statement is on A4").isTrue();
    softly.assertThat(pdf.pages()).as("printed pages of the statement").isBetween(1, 6);
    softly
        .assertThat(pdf.pageTexts().get(0))
        .as("page 1 of the printed statement (the budget first)")
        .contains("£199.69");

    checkAtBothWidths(
        softly,
        "published-table",
        page("published-table", "publish", "--table", TABLE, "--format", "html"));
    checkAtBothWidths(
        softly,
        "what-if",
        page(
            "what-if", "whatif", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "html"));
    // the later assessment: Q1 coded one step higher
    Path review = dir.resolve("review.json");
    Files.writeString(
        review, Files.readString(Path.of(ASSESSMENT)).replace("\"Q1\": \"1C\"", "\"Q1\": \"1D\""));
    checkAtBothWidths(
        softly,
        "comparison",
        page(
            "comparison",
            "compare",
            "--table",
            TABLE,
            "--before",
            ASSESSMENT,
            "--after",
            review.toString(),
            "--format",
            "html"));
    checkAtBothWidths(
        softly,
        "verification",
        page(
            "verification",
            "verify",
            "--result",
            RESULT,
            "--table",
            TABLE,
            "--assessment",
            ASSESSMENT,
            "--format",
            "html"));

    Path caseload = dir.resolve("caseload.csv");
    Files.deleteIfExists(caseload);
    Run g = run("generate", "--table", TABLE, "--rows", "200", "--output", caseload.toString());
    assertThat(g.code()).as(g.err()).isZero();
    // the later table: a lower ceiling, so that some budgets change
    Path after = dir.resolve("after-table.json");
    Files.writeString(
        after,
        Files.readString(Path.of(TABLE))
            .replace("\"ceiling\": 950", "\"ceiling\": 300")
            .replace("\"version\": \"2026.1\"", "\"version\": \"2026.2\""));
    Path impact = dir.resolve("impact.html");
    Path changes = dir.resolve("changes.csv");
    Files.deleteIfExists(impact);
    Files.deleteIfExists(changes);
    Run i =
        run(
            "impact",
            "--before-table",
            TABLE,
            "--after-table",
            after.toString(),
            "--input",
            caseload.toString(),
            "--changes",
            changes.toString(),
            "--report",
            impact.toString());
    assertThat(i.code()).as(i.err()).isZero();
    checkAtBothWidths(softly, "impact", impact);
    softly.assertAll();
  }
}
