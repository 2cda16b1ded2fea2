package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.ErrorCode.ASSESSMENT_MODERATION_CHANGE;
import static org.openras.ErrorCode.ASSESSMENT_MODERATION_SET;
import static org.openras.ErrorCode.ASSESSMENT_OTHER_FUNDING_AMOUNT;
import static org.openras.ErrorCode.JSON_UNKNOWN_FIELD;
import static org.openras.ErrorCode.JSON_WRONG_TYPE;
import static org.openras.ErrorCode.TABLE_CURVE_FLOOR_CEILING;
import static org.openras.ErrorCode.TABLE_DUPLICATE_CODE;
import static org.openras.ErrorCode.TABLE_NOT_NEGATIVE;
import static org.openras.ErrorCode.TABLE_POSITIVE;
import static org.openras.ErrorCode.TABLE_REQUIRED;
import static org.openras.ErrorCode.TABLE_SOURCE_ID;
import static org.openras.tables.Docs.at;
import static org.openras.tables.Docs.failure;
import static org.openras.tables.Docs.onlyProblem;
import static org.openras.tables.Docs.replace;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openras.InvalidAssessmentException;
import org.openras.InvalidTableException;
import org.openras.assessment.Assessment;
import org.openras.assessment.OtherFunding;
import org.openras.table.Curve;
import org.openras.table.RasTable;

/**
 * Spec v1.1's fields in {@code ras-table/1} and {@code ras-assessment/1}: read, checked and located
 * in errors, written back, and in the canonical form only when not at their default.
 */
class V11FormatTest {
  private static final String TABLE = Docs.resource("/spec/v1.1/table.json");
  private static final String HOURS = Docs.resource("/spec/v1.1/hours-table.json");
  private static final String WORKED = Docs.resource("/spec/worked-table.json");
  private static final String FILE = "table.json";

  private final RasJson json = RasJson.standard();

  private InvalidTableException readTable(String doc) {
    return failure(InvalidTableException.class, () -> json.readTable(doc, FILE));
  }

  private InvalidAssessmentException readAssessment(String doc) {
    return failure(InvalidAssessmentException.class, () -> json.readAssessment(doc, "a.json"));
  }

  @Test
  void everyV11FieldOfTheWorkedTablesIsRead() {
    RasTable t = json.readTable(TABLE, FILE);
    Curve star = t.allocation().curves().get(0);
    assertThat(star.bands()).extracting(b -> b.panel()).containsExactly(false, false, true);
    assertThat(star.hasOwnLimits()).isFalse();
    Curve older = t.allocation().curves().get(1);
    assertThat(older.floor()).contains(new BigDecimal("40"));
    assertThat(older.ceiling()).contains(new BigDecimal("200"));
    assertThat(t.allocation().floorFor(older)).contains(new BigDecimal("40"));
    assertThat(t.allocation().ceilingFor(star)).contains(new BigDecimal("950"));
    assertThat(t.otherFunding()).extracting(s -> s.id()).containsExactly("nhs", "ilf");
    assertThat(t.fundingSource("nhs").orElseThrow().reference()).isPresent();
    assertThat(t.fundingSource("ilf").orElseThrow().reference()).isEmpty();
    assertThat(t.fundingSource("la")).isEmpty();
    assertThat(t.review().orElseThrow().contact()).startsWith("Adult Social Care reviews");
    assertThat(t.allocation().unit()).isEmpty();

    RasTable hours = json.readTable(HOURS, "hours-table.json");
    assertThat(hours.allocation().unit().orElseThrow().plural()).isEqualTo("hours");
    assertThat(hours.allocation().unit().orElseThrow().price()).contains(new BigDecimal("23.5"));
    assertThat(hours.review()).isEmpty();
  }

  @Test
  void writtenBackAndReadAgainTheTablesKeepTheirFingerprints() {
    for (String doc : new String[] {TABLE, HOURS, WORKED}) {
      RasTable t = json.readTable(doc, FILE);
      RasTable again = json.readTable(json.writeTable(t), "again.json");
      assertThat(again).isEqualTo(t);
      assertThat(again.fingerprint()).isEqualTo(t.fingerprint());
    }
  }

  @Test
  void theCanonicalFormHasV11FieldsOnlyWhenNotAtTheirDefault() {
    RasTable t = json.readTable(TABLE, FILE);
    assertThat(t.canonicalForm())
        .contains("\"panel\":true")
        .doesNotContain("\"panel\":false")
        .contains("\"otherFunding\":[")
        .contains("\"review\":{")
        .contains("\"ceiling\":200,\"clientGroup\":\"older-people\",\"floor\":40");
    // the same table with every v1.1 field at its default: the v1 canonical form
    String defaults =
        replace(
            replace(WORKED, "\"perPoint\": 0", "\"perPoint\": 0, \"panel\": false"),
            "\"moderation\":",
            "\"otherFunding\": [], \"moderation\":");
    RasTable v1 = json.readTable(WORKED, "worked.json");
    assertThat(json.readTable(defaults, FILE).fingerprint()).isEqualTo(v1.fingerprint());
    assertThat(v1.canonicalForm()).doesNotContain("panel").doesNotContain("otherFunding");
    // a v1.1 field with another value changes the fingerprint
    String panel = replace(WORKED, "\"perPoint\": 0", "\"perPoint\": 0, \"panel\": true");
    assertThat(json.readTable(panel, FILE).fingerprint()).isNotEqualTo(v1.fingerprint());
  }

  @Test
  void aCurveFloorAboveItsCeilingNamesTheCurve() {
    String doc = replace(TABLE, "\"floor\": 40,", "\"floor\": 240,");
    var p =
        onlyProblem(
            readTable(doc),
            FILE,
            TABLE_CURVE_FLOOR_CEILING,
            "/allocation/curves/1/floor",
            at(doc, "240,"));
    assertThat(p.message()).contains("older-people").contains("240").contains("200");
  }

  @Test
  void aCurveFloorAboveTheAllocationsCeilingIsFoundToo() {
    String doc =
        replace(replace(TABLE, "\"floor\": 40,", "\"floor\": 990,"), "\"ceiling\": 200,", "");
    var p =
        onlyProblem(
            readTable(doc),
            FILE,
            TABLE_CURVE_FLOOR_CEILING,
            "/allocation/curves/1/floor",
            at(doc, "990,"));
    assertThat(p.message()).contains("older-people").contains("(the allocation's)");
  }

  @Test
  void aNegativeCurveCeilingIsLocated() {
    String doc = replace(TABLE, "\"ceiling\": 200,", "\"ceiling\": -1,");
    InvalidTableException e = readTable(doc);
    assertThat(e.problems())
        .extracting(p -> p.code(), p -> p.pointer())
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                TABLE_NOT_NEGATIVE, "/allocation/curves/1/ceiling"));
  }

  @Test
  void aBlankUnitNameIsLocated() {
    String doc = replace(HOURS, "\"plural\": \"hours\"", "\"plural\": \" \"");
    onlyProblem(readTable(doc), FILE, TABLE_REQUIRED, "/allocation/unit/plural", at(doc, "\" \""));
  }

  @Test
  void aPriceOfZeroIsLocated() {
    String doc = replace(HOURS, "\"price\": 23.5", "\"price\": 0");
    var p = onlyProblem(readTable(doc), FILE, TABLE_POSITIVE, "/allocation/unit/price", null);
    assertThat(p.location()).isPresent();
    assertThat(p.location().get().line()).isEqualTo(at(doc, "\"price\": 0").line());
    assertThat(p.message()).contains("price");
  }

  @Test
  void aSourceTwiceOrWithABadIdIsLocated() {
    String twice = replace(TABLE, "\"id\": \"ilf\"", "\"id\": \"nhs\"");
    onlyProblem(
        readTable(twice),
        FILE,
        TABLE_DUPLICATE_CODE,
        "/otherFunding/1/id",
        at(twice, "\"nhs\",\n      \"name\": \"Independent"));
    String bad = replace(TABLE, "\"id\": \"ilf\"", "\"id\": \"i l f\"");
    onlyProblem(readTable(bad), FILE, TABLE_SOURCE_ID, "/otherFunding/1/id", at(bad, "\"i l f\""));
  }

  @Test
  void aBlankReviewContactAndUnknownV11FieldsAreLocated() {
    String doc = replace(TABLE, "\"contact\": \"Adult", "\"contact\": \"\", \"x\": \"Adult");
    InvalidTableException e = readTable(doc);
    assertThat(e.problems())
        .extracting(p -> p.code(), p -> p.pointer())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(JSON_UNKNOWN_FIELD, "/review/x"),
            org.assertj.core.groups.Tuple.tuple(TABLE_REQUIRED, "/review/contact"));
    String panel = replace(TABLE, "\"panel\": true", "\"panel\": \"yes\"");
    onlyProblem(
        readTable(panel),
        FILE,
        JSON_WRONG_TYPE,
        "/allocation/curves/0/bands/2/panel",
        at(panel, "\"yes\""));
    String unit = replace(HOURS, "\"price\": 23.5", "\"price\": 23.5, \"prices\": 1");
    onlyProblem(
        readTable(unit), FILE, JSON_UNKNOWN_FIELD, "/allocation/unit/prices", at(unit, "1\n"));
  }

  private static final String ASSESSMENT = Docs.resource("/spec/v1.1/panel-band-set.json");

  @Test
  void v11AssessmentsAreReadAndWrittenBack() {
    Assessment a = json.readAssessment(ASSESSMENT, "a.json");
    assertThat(a.moderations().get(1).set()).contains(new BigDecimal("520.0"));
    Assessment funded =
        json.readAssessment(Docs.resource("/spec/v1.1/other-funding-covers.json"), "b.json");
    assertThat(funded.otherFunding())
        .containsExactly(
            new OtherFunding("nhs", new BigDecimal("150.0")),
            new OtherFunding("ilf", new BigDecimal("60.0")));
    for (Assessment x : new Assessment[] {a, funded}) {
      assertThat(json.readAssessment(json.writeAssessment(x), "again.json")).isEqualTo(x);
    }
    assertThat(json.writeAssessment(a)).contains("\"set\": 520.0");
  }

  @Test
  void aModerationWithTwoChangesIsLocated() {
    String doc = replace(ASSESSMENT, "\"set\": 520.0,", "\"set\": 520.0, \"amount\": 1,");
    var p =
        onlyProblem(
            readAssessment(doc), "a.json", ASSESSMENT_MODERATION_CHANGE, "/moderations/1", null);
    assertThat(p.location()).isPresent();
    assertThat(p.message()).contains("moderation 2").contains("'amount'").contains("'set'");
  }

  @Test
  void aNegativeSetIsLocated() {
    String doc = replace(ASSESSMENT, "\"set\": 520.0,", "\"set\": -5,");
    var p =
        onlyProblem(
            readAssessment(doc),
            "a.json",
            ASSESSMENT_MODERATION_SET,
            "/moderations/1/set",
            at(doc, "-5,"));
    assertThat(p.message()).contains("-5");
  }

  @Test
  void otherFundingOfZeroOrAnUnknownFieldIsLocated() {
    String base = Docs.resource("/spec/v1.1/other-funding.json");
    String zero = replace(base, "\"amount\": 60.0", "\"amount\": 0");
    onlyProblem(
        readAssessment(zero),
        "a.json",
        ASSESSMENT_OTHER_FUNDING_AMOUNT,
        "/otherFunding/0/amount",
        at(zero, "0\n"));
    String unknown = replace(base, "\"amount\": 60.0", "\"amount\": 60.0, \"sources\": 1");
    onlyProblem(
        readAssessment(unknown),
        "a.json",
        JSON_UNKNOWN_FIELD,
        "/otherFunding/0/sources",
        at(unknown, "1\n"));
  }
}
