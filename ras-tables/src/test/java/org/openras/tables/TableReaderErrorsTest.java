package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.ErrorCode.JSON_BAD_DATE;
import static org.openras.ErrorCode.JSON_BAD_VALUE;
import static org.openras.ErrorCode.JSON_DUPLICATE_KEY;
import static org.openras.ErrorCode.JSON_FORMAT_TAG;
import static org.openras.ErrorCode.JSON_READ;
import static org.openras.ErrorCode.JSON_SYNTAX;
import static org.openras.ErrorCode.JSON_UNKNOWN_FIELD;
import static org.openras.ErrorCode.JSON_WRONG_TYPE;
import static org.openras.ErrorCode.TABLE_DUPLICATE_CODE;
import static org.openras.ErrorCode.TABLE_NOT_NEGATIVE;
import static org.openras.ErrorCode.TABLE_REQUIRED;
import static org.openras.ErrorCode.TABLE_ROUNDING_MODE;
import static org.openras.ErrorCode.TABLE_UNKNOWN_QUESTION;
import static org.openras.tables.Docs.MINI;
import static org.openras.tables.Docs.at;
import static org.openras.tables.Docs.failure;
import static org.openras.tables.Docs.onlyProblem;
import static org.openras.tables.Docs.replace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.ErrorCode;
import org.openras.InvalidTableException;
import org.openras.Location;
import org.openras.Problem;
import org.openras.table.RasTable;

/**
 * Every way a table file can be wrong gives its code, pointer, line and column, and names the file.
 */
class TableReaderErrorsTest {
  private static final String FILE = "mini.json";
  private final RasJson json = RasJson.standard();

  private InvalidTableException read(String doc) {
    return failure(InvalidTableException.class, () -> json.readTable(doc, FILE));
  }

  @Test
  void theMiniTableIsValid() {
    RasTable t = json.readTable(MINI, FILE);
    assertThat(t.id()).isEqualTo("mini");
    assertThat(t.allocation().costFactors()).hasSize(1);
  }

  @Test
  void syntaxErrorIsLocated() {
    String doc = replace(MINI, "\"name\": \"Mini\",", "\"name\": \"Mini\"");
    InvalidTableException e = read(doc);
    Problem p = onlyProblem(e, FILE, JSON_SYNTAX, "/name", at(doc, "\"version\""));
    assertThat(p.message()).contains("comma");
  }

  @Test
  void syntaxErrorInsideANestedObjectNamesItsPlace() {
    String doc = replace(MINI, "\"points\": 5 }", "\"points\": 5 ");
    InvalidTableException e = read(doc);
    Problem p =
        onlyProblem(
            e, FILE, JSON_SYNTAX, "/domains/0/questions/0/descriptors/1/points", at(doc, "]"));
    assertThat(p.message())
        .contains("for Object starting at " + at(doc, "{ \"code\": \"1B\""))
        .doesNotContain("REDACTED");
  }

  @Test
  void truncatedDocumentIsASyntaxError() {
    String doc = MINI.substring(0, MINI.indexOf("\"allocation\""));
    InvalidTableException e = read(doc);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).code()).isEqualTo(JSON_SYNTAX);
    assertThat(e.getMessage()).startsWith(FILE + ": ").contains("end-of-input");
  }

  @Test
  void emptyDocumentIsASyntaxError() {
    onlyProblem(read(""), FILE, JSON_SYNTAX, "", new Location(1, 1));
    onlyProblem(read("  \n "), FILE, JSON_SYNTAX, "", new Location(1, 1));
  }

  @Test
  void contentAfterTheDocumentIsASyntaxError() {
    String doc = MINI + "{}";
    onlyProblem(read(doc), FILE, JSON_SYNTAX, "", new Location(MINI.split("\n", -1).length, 1));
  }

  @Test
  void mistypedFieldNameIsUnknown() {
    String doc = replace(MINI, "\"name\": \"Care\",", "\"name\": \"Care\", \"maxpoints\": 40,");
    Problem p =
        onlyProblem(read(doc), FILE, JSON_UNKNOWN_FIELD, "/domains/0/maxpoints", at(doc, "40,"));
    assertThat(p.message()).contains("\"maxpoints\"").contains("did you mean \"maxPoints\"");
  }

  @Test
  void unknownFieldsAreFoundAtEveryLevel() {
    String doc =
        replace(
            replace(
                replace(MINI, "\"id\": \"mini\",", "\"id\": \"mini\", \"colour\": \"red\","),
                "\"label\": \"A\",",
                "\"label\": \"A\", \"note\": 1,"),
            "\"text\": \"None\",",
            "\"text\": \"None\", \"hint\": \"x\",");
    InvalidTableException e = read(doc);
    assertThat(e.problems())
        .extracting(Problem::code, Problem::pointer, p -> p.location().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(JSON_UNKNOWN_FIELD, "/colour", at(doc, "\"red\"")),
            org.assertj.core.groups.Tuple.tuple(
                JSON_UNKNOWN_FIELD, "/domains/0/questions/0/descriptors/0/hint", at(doc, "\"x\"")),
            org.assertj.core.groups.Tuple.tuple(
                JSON_UNKNOWN_FIELD, "/allocation/curves/0/bands/0/note", at(doc, "1,")));
    assertThat(e.getMessage()).startsWith(FILE + ": invalid RAS table (3 problems):");
  }

  @Test
  void duplicateKeyIsAnError() {
    String doc = replace(MINI, "\"version\": \"1\",", "\"version\": \"1\", \"name\": \"Other\",");
    Problem p = onlyProblem(read(doc), FILE, JSON_DUPLICATE_KEY, "/name", at(doc, "\"Other\""));
    assertThat(p.message()).contains("first at " + at(doc, "\"Mini\""));
  }

  @Test
  void theFirstOfTwoDuplicateValuesIsKeptAndLocated() {
    String doc =
        replace(
            MINI,
            "\"allocation\": {",
            "\"domains\": [ { \"code\": \"X\" } ],\n  \"allocation\": {");
    InvalidTableException e = read(replace(doc, "\"points\": 5 }", "\"points\": -5 }"));
    assertThat(e.problems())
        .extracting(Problem::code)
        .containsExactly(TABLE_NOT_NEGATIVE, JSON_DUPLICATE_KEY);
    String broken = replace(doc, "\"points\": 5 }", "\"points\": -5 }");
    assertThat(e.problems().get(0).location()).contains(at(broken, "-5"));
    assertThat(e.problems().get(1).location()).contains(at(broken, "[ { \"code\": \"X\""));
  }

  @Test
  void wrongTypeIsReportedOnceNotAlsoAsMissing() {
    String doc = replace(MINI, "\"points\": 5 }", "\"points\": \"5\" }");
    Problem p =
        onlyProblem(
            read(doc),
            FILE,
            JSON_WRONG_TYPE,
            "/domains/0/questions/0/descriptors/1/points",
            at(doc, "\"5\""));
    assertThat(p.message()).contains("points must be a number, but is a string (\"5\")");
  }

  @Test
  void wrongTypeOfAContainerIsReportedOnce() {
    String doc = replace(MINI, "\"questions\": [", "\"questions\": 7, \"x\": [");
    InvalidTableException e = read(doc);
    assertThat(e.problems())
        .extracting(Problem::code)
        .containsExactly(JSON_WRONG_TYPE, JSON_UNKNOWN_FIELD);
    assertThat(e.problems().get(0).pointer()).isEqualTo("/domains/0/questions");
    assertThat(e.problems().get(0).location()).contains(at(doc, "7,"));
  }

  @Test
  void listElementOfWrongTypeKeepsTheOtherIndexes() {
    // the first descriptor is a string; the second keeps its pointer .../descriptors/1
    String doc =
        replace(
            replace(MINI, "{ \"code\": \"1A\", \"text\": \"None\", \"points\": 0 }", "\"1A\""),
            "\"points\": 5 }",
            "\"points\": -5 }");
    InvalidTableException e = read(doc);
    assertThat(e.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                JSON_WRONG_TYPE, "/domains/0/questions/0/descriptors/0"),
            org.assertj.core.groups.Tuple.tuple(
                TABLE_NOT_NEGATIVE, "/domains/0/questions/0/descriptors/1/points"));
  }

  @Test
  void nullIsAWrongType() {
    String doc = replace(MINI, "\"name\": \"Mini\"", "\"name\": null");
    Problem p = onlyProblem(read(doc), FILE, JSON_WRONG_TYPE, "/name", at(doc, "null"));
    assertThat(p.message()).contains("name must be a string, but is null");
  }

  @Test
  void badDate() {
    String doc = replace(MINI, "2026-04-01", "2026-02-30");
    onlyProblem(read(doc), FILE, JSON_BAD_DATE, "/effectiveFrom", at(doc, "\"2026-02-30\""));
    String doc2 = replace(MINI, "2026-04-01", "1 April 2026");
    onlyProblem(read(doc2), FILE, JSON_BAD_DATE, "/effectiveFrom", at(doc2, "\"1 April"));
  }

  @Test
  void badEnumValues() {
    String select =
        replace(MINI, "\"text\": \"Care?\",", "\"text\": \"Care?\", \"select\": \"SOME\",");
    Problem p =
        onlyProblem(
            read(select),
            FILE,
            JSON_BAD_VALUE,
            "/domains/0/questions/0/select",
            at(select, "\"SOME\""));
    assertThat(p.message()).contains("ONE, ANY");

    String period =
        replace(MINI, "\"version\": \"1\",", "\"version\": \"1\", \"period\": \"MONTH\",");
    onlyProblem(read(period), FILE, JSON_BAD_VALUE, "/period", at(period, "\"MONTH\""));

    String mode = replace(MINI, "\"curves\"", "\"rounding\": { \"mode\": \"ROUND\" }, \"curves\"");
    Problem m =
        onlyProblem(
            read(mode), FILE, JSON_BAD_VALUE, "/allocation/rounding/mode", at(mode, "\"ROUND\""));
    assertThat(m.message()).contains("HALF_UP").doesNotContain("UNNECESSARY");
  }

  @Test
  void aRoundingModeTheSpecDoesNotAllowIsTheTableRule() {
    String mode =
        replace(MINI, "\"curves\"", "\"rounding\": { \"mode\": \"HALF_DOWN\" }, \"curves\"");
    onlyProblem(
        read(mode),
        FILE,
        TABLE_ROUNDING_MODE,
        "/allocation/rounding/mode",
        at(mode, "\"HALF_DOWN\""));
  }

  @Test
  void wrongFormatTag() {
    String doc = replace(MINI, "ras-table/1", "ras-table/2");
    Problem p =
        onlyProblem(read(doc), FILE, JSON_FORMAT_TAG, "/format", at(doc, "\"ras-table/2\""));
    assertThat(p.message()).contains("not \"ras-table/1\"");

    String assessment = Docs.MINI_ASSESSMENT;
    onlyProblem(
        read(assessment), FILE, JSON_FORMAT_TAG, "/format", at(assessment, "\"ras-assessment/1\""));

    String none = replace(MINI, "\"format\": \"ras-table/1\",", "");
    onlyProblem(read(none), FILE, JSON_FORMAT_TAG, "", new Location(1, 1));

    onlyProblem(read("[1, 2]"), FILE, JSON_WRONG_TYPE, "", new Location(1, 1));
  }

  @Test
  void missingFile(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");
    InvalidTableException e = failure(InvalidTableException.class, () -> json.readTable(missing));
    onlyProblem(e, missing.toString(), JSON_READ, "", null);
    assertThat(e.getMessage()).contains("does not exist");

    InvalidTableException d = failure(InvalidTableException.class, () -> json.readTable(dir));
    onlyProblem(d, dir.toString(), JSON_READ, "", null);
  }

  @Test
  void fileProblemsNameTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    String doc = replace(MINI, "\"points\": 5 }", "\"points\": -5 }");
    Files.writeString(file, doc);
    InvalidTableException e = failure(InvalidTableException.class, () -> json.readTable(file));
    Problem p =
        onlyProblem(
            e,
            file.toString(),
            TABLE_NOT_NEGATIVE,
            "/domains/0/questions/0/descriptors/1/points",
            at(doc, "-5"));
    assertThat(e.sourceName()).contains(file.toString());
    assertThat(e.getMessage())
        .contains(
            file
                + ": invalid RAS table: /domains/0/questions/0/descriptors/1/points ("
                + at(doc, "-5")
                + "): ")
        .contains("[RAS-T005: this number must not be negative]");
    assertThat(p.message()).contains("-5");
  }

  @Test
  void tableRulesAreLocatedInTheFile() {
    String doc =
        replace(
            replace(MINI, "\"points\": 5 }", "\"points\": -5 }"),
            "{ \"code\": \"1B\"",
            "{ \"code\": \"1A\"");
    InvalidTableException e = read(doc);
    Location secondCode = at(doc, "\"1A\", \"text\": \"Some\"");
    assertThat(e.problems())
        .extracting(Problem::code, Problem::pointer, p -> p.location().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TABLE_DUPLICATE_CODE, "/domains/0/questions/0/descriptors/1/code", secondCode),
            org.assertj.core.groups.Tuple.tuple(
                TABLE_NOT_NEGATIVE, "/domains/0/questions/0/descriptors/1/points", at(doc, "-5")));
    assertThat(e.getMessage())
        .contains("/domains/0/questions/0/descriptors/1/code (" + secondCode + "): ")
        .contains("descriptor code '1A' is also used at /domains/0/questions/0/descriptors/0");
  }

  @Test
  void missingRequiredFieldIsLocatedAtItsObject() {
    String doc = replace(MINI, "\"name\": \"Care\",", "");
    InvalidTableException e = read(doc);
    Problem p = onlyProblem(e, FILE, TABLE_REQUIRED, "/domains/0/name", null);
    Location domain = at(doc, "{\n      \"code\": \"D1\"");
    assertThat(p.location()).contains(domain);
  }

  @Test
  void jsonAndRuleProblemsComeTogetherInDocumentOrder() {
    String doc =
        replace(
            replace(
                replace(MINI, "\"id\": \"mini\",", "\"id\": \"mini\", \"colour\": \"red\","),
                "\"points\": 5 }",
                "\"points\": -5 }"),
            "\"text\": \"Care?\",",
            "\"text\": 42,");
    String withAdjustment =
        replace(
            doc,
            "\"allocation\"",
            "\"adjustments\": [ { \"id\": \"carer\", \"question\": \"Q7\" } ],\n  \"allocation\"");
    InvalidTableException e = read(withAdjustment);
    assertThat(e.problems())
        .extracting(Problem::code)
        .containsExactly(
            JSON_UNKNOWN_FIELD, JSON_WRONG_TYPE, TABLE_NOT_NEGATIVE, TABLE_UNKNOWN_QUESTION);
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).isPresent());
    assertThat(e.getMessage()).startsWith(FILE + ": invalid RAS table (4 problems):");
  }

  @Test
  void byteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = MINI.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    RasTable t = json.readTable(new ByteArrayInputStream(all), "bom.json");
    assertThat(t).isEqualTo(json.readTable(MINI, FILE));
    assertThat(json.readTable("\uFEFF" + MINI, FILE)).isEqualTo(t);

    // columns on the first line count from after the mark
    byte[] bad = "\uFEFF{\"format\": 1}".getBytes(StandardCharsets.UTF_8);
    InvalidTableException e =
        failure(
            InvalidTableException.class,
            () -> json.readTable(new ByteArrayInputStream(bad), "bom.json"));
    onlyProblem(e, "bom.json", JSON_FORMAT_TAG, "/format", new Location(1, 12));
  }

  @Test
  void invalidUtf8IsOurLocatedError() {
    String doc = replace(MINI, "\"Mini\"", "\"Mi@i\"");
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    int i = doc.indexOf('@');
    bytes[i] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
    InvalidTableException e =
        failure(
            InvalidTableException.class,
            () -> json.readTable(new ByteArrayInputStream(bytes), "latin.json"));
    Problem p = onlyProblem(e, "latin.json", JSON_SYNTAX, "", at(doc, "@"));
    assertThat(p.message()).contains("not valid UTF-8").contains("0xC3");
  }

  @Test
  void nonAsciiTextCountsColumnsInCharacters() {
    String doc = replace(MINI, "\"name\": \"Mini\",", "\"name\": \"Ménage £ “x”\", \"x\": 1,");
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    InvalidTableException e =
        failure(
            InvalidTableException.class,
            () -> json.readTable(new ByteArrayInputStream(bytes), FILE));
    onlyProblem(e, FILE, JSON_UNKNOWN_FIELD, "/x", at(doc, "1,"));
  }

  @Test
  void everyProblemCarriesItsStableCode() {
    InvalidTableException e = read(replace(MINI, "\"id\": \"mini\"", "\"id\": \"mini table!\""));
    assertThat(e.has(ErrorCode.TABLE_ID)).isTrue();
    assertThat(e.getMessage()).contains("RAS-T002");
    assertThat(e.problems()).extracting(Problem::pointer).isEqualTo(List.of("/id"));
  }
}
