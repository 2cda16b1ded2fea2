package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;

/** {@code ras check}: formats, severities and the exit-code contract. */
class CheckCommandTest {
  static final String TABLE = RasCommandTest.TABLE;

  @Test
  void theWorkedTableHasWarningsButNoErrors() {
    Run r = run("check", "--table", TABLE);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    // the greatest before the ceiling: (292 + 120 waking nights) × 1.08 = 444.96 < 950
    // the text as a reader sees it, wrapped lines joined
    String out = r.out().replaceAll("\\s+", " ");
    assertThat(out)
        .contains("Findings: 0 error(s), 1 warning(s), 2 info")
        .contains("Every reachable total was computed exactly.")
        .contains("- WARNING CEILING_UNREACHABLE at /allocation/ceiling: the ceiling of 950")
        .contains("greatestAmount=444.96")
        .contains("Least and greatest points and budget (a week):")
        .contains("* inner 0 – 64 £0.00 – £444.96")
        .contains(
            "Client group *, locality inner, greatest budget: 64 points, budget £444.96, by"
                + " Q1=1D Q2=2D Q3=3C Q5=5A+5B+5C")
        .contains("* C yes 60")
        .contains("adjustment family-carer yes 9B, 9C");
  }

  @Test
  void aSeverityMadeAnErrorGivesExitThree() {
    Run r = run("check", "--table", TABLE, "--severity", "ceiling_unreachable=error");
    assertThat(r.code()).isEqualTo(RasCommand.NO);
    assertThat(r.out())
        .contains("Findings: 1 error(s), 0 warning(s), 2 info")
        .contains("- ERROR CEILING_UNREACHABLE at /allocation/ceiling");
  }

  @Test
  void jsonFormat() {
    Run r = run("check", "--table", TABLE, "--format", "json", "--severity", "EQUAL_POINTS=ERROR");
    assertThat(r.code()).isEqualTo(RasCommand.NO);
    assertThat(r.out())
        .containsPattern("\"format\" *: *\"ras-check/1\"")
        .containsPattern("\"hasErrors\" *: *true")
        .containsPattern("\"code\" *: *\"EQUAL_POINTS\"")
        .containsPattern("\"pointer\" *: *\"/domains/3/questions/0/descriptors/1\"")
        .containsPattern("\"budget\" *: *444.96\\b")
        .containsPattern("\"Q5\" *: *\\[ *\"5A\", *\"5B\", *\"5C\" *\\]")
        .containsPattern("\"locality\" *: *\"inner\"");
  }

  @Test
  void markdownFormat() {
    Run r = run("check", "--table", TABLE, "--format", "md");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("# Table checks: worked-example 2026.1")
        .contains("- WARNING CEILING\\_UNREACHABLE at /allocation/ceiling: the ceiling of 950")
        // the "*" curve, escaped as Markdown text: it reads "*"
        .contains("| \\* | inner | 0 – 64 | £0.00 – £444.96 |");
  }

  @Test
  void htmlFormatIsAPageOfTheOneSkeleton() {
    Run r = run("check", "--table", TABLE, "--format", "html");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<h1>Table checks: worked-example 2026.1</h1>")
        .contains("<caption id=\"table-1\">Least and greatest points and budget (a week)</caption>")
        .contains(
            "<td>*</td><td>inner</td><td class=\"num\">0 – 64</td>"
                + "<td class=\"num\">£0.00 – £444.96</td>")
        .contains("<li>WARNING CEILING_UNREACHABLE at /allocation/ceiling: the ceiling of 950");
  }

  @Test
  void badOptionsAreExitTwo() {
    Run unknownCheck = run("check", "--table", TABLE, "--severity", "NO_SUCH_CHECK=ERROR");
    assertThat(unknownCheck.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(unknownCheck.err()).contains("unknown check 'NO_SUCH_CHECK'");
    Run unknownLevel = run("check", "--table", TABLE, "--severity", "EQUAL_POINTS=FATAL");
    assertThat(unknownLevel.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(unknownLevel.err()).contains("unknown severity 'FATAL'");
    Run format = run("check", "--table", TABLE, "--format", "xml");
    assertThat(format.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(run("check").code()).isEqualTo(RasCommand.BAD_INPUT);
  }

  @Test
  void aBadTableIsExitTwoWithItsPlace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad-table.json");
    Files.writeString(
        bad, Files.readString(Path.of(TABLE)).replace("\"points\": 6", "\"points\": -6"));
    Run r = run("check", "--table", bad.toString());
    assertThat(r.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(r.err()).contains("bad-table.json").contains("RAS-T");
    Run missing = run("check", "--table", dir.resolve("none.json").toString());
    assertThat(missing.code()).isEqualTo(RasCommand.BAD_INPUT);
  }

  @Test
  void aFindingOfDescriptorOrderCanFailTheCheck(@TempDir Path dir) throws IOException {
    // 1C (14 points) and 1B (6) swapped: 1C now scores fewer than 1B
    Path t = dir.resolve("swapped.json");
    Files.writeString(
        t, Files.readString(Path.of(TABLE)).replace("\"points\": 14", "\"points\": 5"));
    assertThat(run("check", "--table", t.toString()).code()).isZero();
    Run r = run("check", "--table", t.toString(), "--severity", "DESCRIPTOR_ORDER=ERROR");
    assertThat(r.code()).isEqualTo(RasCommand.NO);
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("- ERROR DESCRIPTOR_ORDER at /domains/0/questions/0/descriptors/2")
        .contains("lessNeed=1B, lessNeedPoints=6, moreNeed=1C, moreNeedPoints=5");
  }

  @Test
  void aTableCountedInHoursShowsItsBudgetsInHoursNotMoney() {
    String hours = RasCommandTest.resource("/spec-v1.1/hours-table.json");
    // the most: 64 points is in band C (17 hours) with 7 waking-night hours = 24 hours
    Run text = run("check", "--table", hours);
    assertThat(text.code()).isZero();
    String out = text.out().replaceAll("\\s+", " ");
    assertThat(out).contains("* * 0 – 64 0 hours – 24 hours").doesNotContain("£");
    Run html = run("check", "--table", hours, "--format", "html");
    assertThat(html.out()).contains("24 hours").doesNotContain("£");
    Run json = run("check", "--table", hours, "--format", "json");
    assertThat(json.out())
        .containsPattern("\"unit\" *: *\"hours\"")
        .containsPattern("\"budget\" *: *24\\b");
    // a table in money names no unit
    assertThat(run("check", "--table", TABLE, "--format", "json").out()).doesNotContain("\"unit\"");
  }
}
