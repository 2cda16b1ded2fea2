package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.resource;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.engine.RasEngine;
import org.openras.examples.cli.RasCommandTest.Run;
import org.openras.tables.RasJson;

/**
 * {@code ras calculate} with the six worked examples of spec v1.1 (copied to test resources): the
 * figures of their {@code .expected.json} (which the library's own test checks field by field), and
 * bad v1.1 input reported at its place with exit 2.
 */
class V11CalculateCommandTest {
  private static final String TABLE = resource("/spec-v1.1/table.json");
  private static final String HOURS = resource("/spec-v1.1/hours-table.json");

  @ParameterizedTest
  @CsvSource({
    "panel-band-set, table.json, 412.00, 500.00, PANEL_DECISION_REQUIRED",
    "older-people-ceiling, table.json, 200.00, , CEILING_APPLIED",
    "older-people-floor, table.json, 40.00, , FLOOR_APPLIED",
    "other-funding, table.json, 199.69, 239.69, PANEL_APPROVAL_REQUIRED",
    "other-funding-covers, table.json, 199.69, , OTHER_FUNDING_COVERS_BUDGET",
    "hours, hours-table.json, 11.00, , ",
  })
  void calculateGivesTheWorkedFigures(
      String name, String table, String indicative, String fin, String flag) throws IOException {
    String tablePath = resource("/spec-v1.1/" + table);
    String assessmentPath = resource("/spec-v1.1/" + name + ".json");
    Run r = run("calculate", "--table", tablePath, "--assessment", assessmentPath);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    // exactly the library's result (whose figures V11SpecExampleTest checks against the spec)
    RasJson json = RasJson.standard();
    String expected =
        json.writeResult(
            RasEngine.of(json.readTable(Path.of(tablePath)))
                .calculate(json.readAssessment(Path.of(assessmentPath))));
    assertThat(r.out().strip()).isEqualTo(expected.strip());
    assertThat(r.out()).containsPattern("\"weekly\": " + indicative.replace(".", "\\.") + "\\b");
    if (fin != null) {
      assertThat(r.out()).containsPattern("\"weekly\": " + fin.replace(".", "\\.") + "\\b");
    }
    if (flag != null) {
      assertThat(r.out()).contains("\"" + flag + "\"");
    }
    if (name.startsWith("other-funding")) {
      assertThat(r.out()).contains("\"councilBudget\": {");
    }
    if (name.equals("other-funding")) {
      assertThat(r.out()).containsPattern("\"weekly\": 179\\.69\\b").contains("9343.88");
    }
    if (name.equals("hours")) {
      assertThat(r.out())
          .contains("\"unit\": \"hours\"")
          .containsPattern("\"weekly\": 258\\.50\\b")
          .contains("13442.00");
    }
  }

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static String read(String path) throws IOException {
    return Files.readString(Path.of(path));
  }

  private static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replaceFirst(java.util.regex.Pattern.quote(from), to);
  }

  private void badAssessment(String doc, String code, String pointer) throws IOException {
    Path a = write("bad-assessment.json", doc);
    Run r = run("calculate", "--table", TABLE, "--assessment", a.toString());
    assertBad(r, "bad-assessment.json", code, pointer);
  }

  private void badTable(String assessment, String doc, String code, String pointer)
      throws IOException {
    Path t = write("bad-table.json", doc);
    Run r =
        run(
            "calculate",
            "--table",
            t.toString(),
            "--assessment",
            resource("/spec-v1.1/" + assessment));
    assertBad(r, "bad-table.json", code, pointer);
  }

  private static void assertBad(Run r, String file, String code, String pointer) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(file)
        .contains(pointer)
        .containsPattern("line \\d+, column \\d+")
        .contains(code);
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  @Test
  void aSourceTheTableDoesNotListIsBadInput() throws IOException {
    String doc = replace(read(resource("/spec-v1.1/other-funding.json")), "\"nhs\"", "\"chc\"");
    badAssessment(doc, "RAS-A013", "/otherFunding/0/source");
  }

  @Test
  void aSourceTwiceIsBadInput() throws IOException {
    String doc =
        replace(read(resource("/spec-v1.1/other-funding-covers.json")), "\"ilf\"", "\"nhs\"");
    badAssessment(doc, "RAS-A013", "/otherFunding/1/source");
  }

  @Test
  void aModerationWithTwoOfAmountPercentAndSetIsBadInput() throws IOException {
    String doc =
        replace(
            read(resource("/spec-v1.1/panel-band-set.json")),
            "\"set\": 520.0,",
            "\"set\": 520.0, \"percent\": 5,");
    badAssessment(doc, "RAS-A009", "/moderations/1");
  }

  @Test
  void aNegativeSetIsBadInput() throws IOException {
    String doc =
        replace(
            read(resource("/spec-v1.1/panel-band-set.json")), "\"set\": 520.0,", "\"set\": -1,");
    badAssessment(doc, "RAS-A012", "/moderations/1/set");
  }

  @Test
  void aCurveFloorAboveItsCeilingIsBadInput() throws IOException {
    badTable(
        "older-people-floor.json",
        replace(read(TABLE), "\"floor\": 40,", "\"floor\": 400,"),
        "RAS-T017",
        "/allocation/curves/1/floor");
  }

  @Test
  void aBlankUnitNameIsBadInput() throws IOException {
    badTable(
        "hours.json",
        replace(read(HOURS), "\"singular\": \"hour\"", "\"singular\": \"\""),
        "RAS-T001",
        "/allocation/unit/singular");
  }

  @Test
  void aPriceOfZeroIsBadInput() throws IOException {
    badTable(
        "hours.json",
        replace(read(HOURS), "\"price\": 23.5", "\"price\": 0"),
        "RAS-T006",
        "/allocation/unit/price");
  }
}
