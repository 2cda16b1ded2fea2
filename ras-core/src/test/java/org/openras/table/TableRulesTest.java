package org.openras.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.openras.testing.Tiny.any;
import static org.openras.testing.Tiny.dec;
import static org.openras.testing.Tiny.domain;
import static org.openras.testing.Tiny.one;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.ErrorCode;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.testing.Tiny;

/**
 * Spec §2: every table rule, broken one at a time through {@link RasTable#builder()}: the exception
 * type, the error code, the JSON pointer, and a message naming the codes involved.
 */
class TableRulesTest {

  /** D1: Q1 ONE (Q1A 0, Q1B 5) and Q2 ANY (Q2A 1, Q2B 2). */
  private static Domain.Builder d1() {
    return domain("D1").question(one("Q1", "0", "5")).question(any("Q2", "1", "2"));
  }

  /** D2: Q9 ONE optional (Q9A 0, Q9B 0). */
  private static Domain.Builder d2() {
    return domain("D2").question(one("Q9", "0", "0").required(false));
  }

  private static Curve.Builder star() {
    return Curve.builder("*").band("A", 0, 0, dec("1")).band("B", 10, 10, dec("2"));
  }

  /** A valid table; each test adds or changes one thing. */
  private static RasTable.Builder base() {
    return Tiny.table().domain(d1()).domain(d2()).curve(star());
  }

  /** A valid table whose domains are {@code domains}. */
  private static RasTable.Builder with(Domain.Builder... domains) {
    RasTable.Builder t = Tiny.table().curve(star());
    for (Domain.Builder d : domains) {
      t.domain(d);
    }
    return t;
  }

  /** Building fails with exactly one problem: this code, at this pointer, naming these. */
  private static Problem rejects(
      RasTable.Builder b, ErrorCode code, String pointer, String... named) {
    InvalidTableException e = fails(b);
    assertThat(e.problems()).as(e.getMessage()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(p.pointer()).isEqualTo(pointer);
    assertThat(p.message()).contains(named);
    assertThat(e.getMessage()).contains(code.code(), pointer).contains(named);
    assertThat(e.has(code)).isTrue();
    return p;
  }

  private static InvalidTableException fails(RasTable.Builder b) {
    Throwable t = catchThrowable(b::build);
    assertThat(t).isInstanceOf(InvalidTableException.class);
    return (InvalidTableException) t;
  }

  @Test
  void baseIsValid() {
    assertThat(base().build().id()).isEqualTo("tiny");
  }

  // --- header -----------------------------------------------------------------------------

  @Test
  void idRequired() {
    rejects(base().id(null), ErrorCode.TABLE_REQUIRED, "/id", "id");
    rejects(base().id("  "), ErrorCode.TABLE_REQUIRED, "/id", "id");
  }

  @Test
  void idCharacters() {
    rejects(base().id("my table!"), ErrorCode.TABLE_ID, "/id", "my table!");
    String max = "a".repeat(64);
    assertThat(base().id(max).build().id()).isEqualTo(max);
    rejects(base().id(max + "b"), ErrorCode.TABLE_ID, "/id", max + "b");
    assertThat(base().id("A-z_0.9").build().id()).isEqualTo("A-z_0.9");
  }

  @Test
  void nameAndVersionRequired() {
    rejects(base().name(null), ErrorCode.TABLE_REQUIRED, "/name", "name");
    rejects(base().version(""), ErrorCode.TABLE_REQUIRED, "/version", "version");
  }

  @Test
  void effectiveFromRequired() {
    rejects(
        base().effectiveFrom(null), ErrorCode.TABLE_REQUIRED, "/effectiveFrom", "effectiveFrom");
  }

  @Test
  void effectiveToAfterEffectiveFrom() {
    rejects(base().effectiveTo(Tiny.FROM), ErrorCode.TABLE_DATES, "/effectiveTo", "2026-04-01");
    rejects(
        base().effectiveTo(LocalDate.of(2026, 3, 31)),
        ErrorCode.TABLE_DATES,
        "/effectiveTo",
        "2026-03-31",
        "2026-04-01");
    assertThat(base().effectiveTo(LocalDate.of(2026, 4, 2)).build().effectiveTo())
        .contains(LocalDate.of(2026, 4, 2));
  }

  @Test
  void currencyIsIso4217() {
    rejects(base().currency("XYZ"), ErrorCode.TABLE_CURRENCY, "/currency", "XYZ");
    rejects(base().currency("EURO"), ErrorCode.TABLE_CURRENCY, "/currency", "EURO");
    assertThat(base().currency("EUR").build().currency()).isEqualTo("EUR");
  }

  @Test
  void weeksPerYearPositive() {
    rejects(
        base().weeksPerYear(BigDecimal.ZERO),
        ErrorCode.TABLE_POSITIVE,
        "/weeksPerYear",
        "weeksPerYear",
        "0");
    rejects(base().weeksPerYear(dec("-52")), ErrorCode.TABLE_POSITIVE, "/weeksPerYear", "-52");
  }

  // --- domains, questions, descriptors ------------------------------------------------------

  @Test
  void atLeastOneDomain() {
    rejects(Tiny.table().curve(star()), ErrorCode.TABLE_EMPTY, "/domains", "no domains");
  }

  @Test
  void domainCodesUnique() {
    rejects(
        with(d1(), domain("D1").question(one("Q5", "0"))),
        ErrorCode.TABLE_DUPLICATE_CODE,
        "/domains/1/code",
        "D1");
  }

  @Test
  void domainNameRequired() {
    rejects(
        with(Domain.builder("D1", " ").question(one("Q1", "0"))),
        ErrorCode.TABLE_REQUIRED,
        "/domains/0/name",
        "domain name");
  }

  @Test
  void weightNotNegative() {
    rejects(with(d1().weight(-1)), ErrorCode.TABLE_NOT_NEGATIVE, "/domains/0/weight", "D1", "-1");
    assertThat(with(d1().weight(0)).build().domains().get(0).weight()).isEqualByComparingTo("0");
  }

  @Test
  void domainMaxPointsNotNegative() {
    rejects(
        with(d1().maxPoints(dec("-0.5"))),
        ErrorCode.TABLE_NOT_NEGATIVE,
        "/domains/0/maxPoints",
        "D1",
        "-0.5");
  }

  @Test
  void domainHasQuestions() {
    rejects(with(d1(), domain("D2")), ErrorCode.TABLE_EMPTY, "/domains/1/questions", "D2");
  }

  @Test
  void questionCodesUniqueInTheTable() {
    Problem p =
        rejects(
            with(
                d1(), domain("D2").question(Question.one("Q1", "Again?").descriptor("X1", "x", 0))),
            ErrorCode.TABLE_DUPLICATE_CODE,
            "/domains/1/questions/0/code",
            "Q1");
    assertThat(p.message()).contains("/domains/0/questions/0");
  }

  @Test
  void questionTextRequired() {
    rejects(
        with(domain("D1").question(Question.one("Q1", null).descriptor("1A", "a", 0))),
        ErrorCode.TABLE_REQUIRED,
        "/domains/0/questions/0/text",
        "question text");
  }

  @Test
  void questionMaxPointsNotNegative() {
    rejects(
        with(domain("D1").question(any("Q1", "1").maxPoints(-3))),
        ErrorCode.TABLE_NOT_NEGATIVE,
        "/domains/0/questions/0/maxPoints",
        "Q1",
        "-3");
  }

  @Test
  void questionHasDescriptors() {
    rejects(
        with(domain("D1").question(one("Q1", "0")).question(Question.any("Q2", "Which?"))),
        ErrorCode.TABLE_EMPTY,
        "/domains/0/questions/1/descriptors",
        "Q2");
  }

  @Test
  void descriptorCodesUniqueInTheWholeTable() {
    Problem p =
        rejects(
            with(
                d1(), domain("D2").question(Question.one("Q5", "Five?").descriptor("Q1B", "b", 1))),
            ErrorCode.TABLE_DUPLICATE_CODE,
            "/domains/1/questions/0/descriptors/0/code",
            "Q1B");
    assertThat(p.message()).contains("/domains/0/questions/0/descriptors/1");
  }

  @Test
  void descriptorTextRequired() {
    rejects(
        with(domain("D1").question(Question.one("Q1", "One?").descriptor("1A", "", 0))),
        ErrorCode.TABLE_REQUIRED,
        "/domains/0/questions/0/descriptors/0/text",
        "descriptor text");
  }

  @Test
  void descriptorPointsNotNegative() {
    rejects(
        with(domain("D1").question(one("Q1", "0", "-2"))),
        ErrorCode.TABLE_NOT_NEGATIVE,
        "/domains/0/questions/0/descriptors/1/points",
        "Q1B",
        "-2");
  }

  @Test
  void pointsAlongOrderOfNeedAreNotALoadError() {
    // spec §2: points that fall along the listed order are a finding of §7, not a load error
    assertThat(with(domain("D1").question(one("Q1", "5", "3", "0"))).build()).isNotNull();
  }

  // --- adjustments --------------------------------------------------------------------------

  @Test
  void adjustmentIdsUnique() {
    rejects(
        base()
            .adjustment(Adjustment.builder("carer", "Q9").percent("Q9B", -10))
            .adjustment(Adjustment.builder("carer", "Q1").percent("Q1B", -10)),
        ErrorCode.TABLE_DUPLICATE_CODE,
        "/adjustments/1/id",
        "carer");
  }

  @Test
  void adjustmentNamesAQuestionOfTheTable() {
    rejects(
        base().adjustment(Adjustment.builder("carer", "Q7")),
        ErrorCode.TABLE_UNKNOWN_QUESTION,
        "/adjustments/0/question",
        "carer",
        "Q7");
  }

  @Test
  void adjustmentNamesAOneQuestion() {
    rejects(
        base().adjustment(Adjustment.builder("carer", "Q2").percent("Q2A", -10)),
        ErrorCode.TABLE_ADJUSTMENT_SELECT,
        "/adjustments/0/question",
        "carer",
        "Q2",
        "ANY");
  }

  @Test
  void adjustmentKeysAreDescriptorsOfItsQuestion() {
    // Q1A belongs to Q1, not Q9
    rejects(
        base().adjustment(Adjustment.builder("carer", "Q9").percent("Q1A", -10)),
        ErrorCode.TABLE_FOREIGN_DESCRIPTOR,
        "/adjustments/0/percentByDescriptor/Q1A",
        "carer",
        "Q1A",
        "Q9");
    // 9Z is in no question
    rejects(
        base().adjustment(Adjustment.builder("carer", "Q9").percent("9Z", -10)),
        ErrorCode.TABLE_FOREIGN_DESCRIPTOR,
        "/adjustments/0/percentByDescriptor/9Z",
        "9Z",
        "Q9");
  }

  @Test
  void pointerEscapesSlashAndTilde() {
    // RFC 6901: "~" → "~0", "/" → "~1"
    rejects(
        base().adjustment(Adjustment.builder("carer", "Q9").percent("a/b~c", -10)),
        ErrorCode.TABLE_FOREIGN_DESCRIPTOR,
        "/adjustments/0/percentByDescriptor/a~1b~0c",
        "a/b~c");
  }

  @Test
  void adjustmentPercentAtLeastMinusHundred() {
    rejects(
        base().adjustment(Adjustment.builder("carer", "Q9").percent("Q9B", dec("-100.5"))),
        ErrorCode.TABLE_PERCENT_RANGE,
        "/adjustments/0/percentByDescriptor/Q9B",
        "carer",
        "Q9B",
        "-100.5");
    assertThat(
            base()
                .adjustment(Adjustment.builder("carer", "Q9").percent("Q9B", -100))
                .build()
                .adjustments())
        .hasSize(1);
  }

  @Test
  void adjustmentDomainsExist() {
    rejects(
        base()
            .adjustment(Adjustment.builder("carer", "Q9").percent("Q9B", -10).domains("D1", "D7")),
        ErrorCode.TABLE_UNKNOWN_DOMAIN,
        "/adjustments/0/domains/1",
        "carer",
        "D7");
  }

  // --- allocation ---------------------------------------------------------------------------

  @Test
  void atLeastOneCurve() {
    rejects(Tiny.table().domain(d1()), ErrorCode.TABLE_EMPTY, "/allocation/curves", "curves");
  }

  @Test
  void clientGroupsUnique() {
    rejects(
        base().curve(Curve.builder("*").band("A", 0, 0, dec("1"))),
        ErrorCode.TABLE_DUPLICATE_CODE,
        "/allocation/curves/1/clientGroup",
        "*");
  }

  @Test
  void curveHasBands() {
    rejects(
        base().curve(Curve.builder("older")),
        ErrorCode.TABLE_EMPTY,
        "/allocation/curves/1/bands",
        "older");
  }

  @Test
  void firstBandStartsAtZero() {
    rejects(
        Tiny.table().domain(d1()).curve(Curve.builder("*").band("A", 1, 0, dec("1"))),
        ErrorCode.TABLE_BAND_ORDER,
        "/allocation/curves/0/bands/0/from",
        "A",
        "1");
  }

  @Test
  void bandsStrictlyIncreasing() {
    // equal from
    rejects(
        Tiny.table()
            .domain(d1())
            .curve(
                Curve.builder("*")
                    .band("A", 0, 0, dec("1"))
                    .band("B", 10, 10, dec("1"))
                    .band("C", 10, 20, dec("1"))),
        ErrorCode.TABLE_BAND_ORDER,
        "/allocation/curves/0/bands/2/from",
        "C",
        "10");
    // decreasing from
    rejects(
        Tiny.table()
            .domain(d1())
            .curve(
                Curve.builder("*")
                    .band("A", 0, 0, dec("1"))
                    .band("B", 10, 10, dec("1"))
                    .band("C", 5, 20, dec("1"))),
        ErrorCode.TABLE_BAND_ORDER,
        "/allocation/curves/0/bands/2/from",
        "C",
        "5",
        "10");
  }

  @Test
  void bandLabelsUniqueInACurve() {
    rejects(
        Tiny.table()
            .domain(d1())
            .curve(Curve.builder("*").band("A", 0, 0, dec("1")).band("A", 10, 10, dec("1"))),
        ErrorCode.TABLE_DUPLICATE_CODE,
        "/allocation/curves/0/bands/1/label",
        "A");
    // the same label in two curves is fine
    assertThat(
            base()
                .curve(Curve.builder("older").band("A", 0, 0, dec("1")))
                .build()
                .allocation()
                .curves())
        .hasSize(2);
  }

  @Test
  void bandAmountAndPerPointNotNegative() {
    rejects(
        Tiny.table().domain(d1()).curve(Curve.builder("*").band("A", 0, -5, dec("1"))),
        ErrorCode.TABLE_NOT_NEGATIVE,
        "/allocation/curves/0/bands/0/amount",
        "A",
        "-5");
    rejects(
        Tiny.table().domain(d1()).curve(Curve.builder("*").band("A", 0, 0, dec("-0.1"))),
        ErrorCode.TABLE_NOT_NEGATIVE,
        "/allocation/curves/0/bands/0/perPoint",
        "A",
        "-0.1");
  }

  @Test
  void supplementIdsUnique() {
    rejects(
        base()
            .supplement(Supplement.builder("s", "Q1").amount("Q1B", 1))
            .supplement(Supplement.builder("s", "Q2").amount("Q2A", 1)),
        ErrorCode.TABLE_DUPLICATE_CODE,
        "/allocation/supplements/1/id",
        "s");
  }

  @Test
  void supplementNamesAQuestionOfTheTable() {
    rejects(
        base().supplement(Supplement.builder("nights", "Q8").amount("Q8A", 1)),
        ErrorCode.TABLE_UNKNOWN_QUESTION,
        "/allocation/supplements/0/question",
        "nights",
        "Q8");
  }

  @Test
  void supplementKeysAreDescriptorsOfItsQuestion() {
    rejects(
        base().supplement(Supplement.builder("nights", "Q2").amount("Q1B", 1)),
        ErrorCode.TABLE_FOREIGN_DESCRIPTOR,
        "/allocation/supplements/0/amountByDescriptor/Q1B",
        "nights",
        "Q1B",
        "Q2");
    // an ANY question is allowed
    assertThat(
            base()
                .supplement(Supplement.builder("nights", "Q2").amount("Q2B", 1))
                .build()
                .allocation()
                .supplements())
        .hasSize(1);
  }

  @Test
  void supplementAmountNotNegative() {
    rejects(
        base().supplement(Supplement.builder("nights", "Q1").amount("Q1B", -120)),
        ErrorCode.TABLE_NOT_NEGATIVE,
        "/allocation/supplements/0/amountByDescriptor/Q1B",
        "nights",
        "Q1B",
        "-120");
  }

  @Test
  void localitiesUnique() {
    rejects(
        base().costFactor("inner", dec("1.1")).costFactor("inner", dec("1.2")),
        ErrorCode.TABLE_DUPLICATE_CODE,
        "/allocation/costFactors/1/locality",
        "inner");
  }

  @Test
  void costFactorPositive() {
    rejects(
        base().costFactor("*", BigDecimal.ZERO),
        ErrorCode.TABLE_POSITIVE,
        "/allocation/costFactors/0/factor",
        "*",
        "0");
    rejects(
        base().costFactor("*", BigDecimal.ONE).costFactor("outer", dec("-1")),
        ErrorCode.TABLE_POSITIVE,
        "/allocation/costFactors/1/factor",
        "outer",
        "-1");
  }

  @Test
  void floorAndCeilingNotNegative() {
    rejects(base().floor(dec("-1")), ErrorCode.TABLE_NOT_NEGATIVE, "/allocation/floor", "-1");
    rejects(base().ceiling(dec("-1")), ErrorCode.TABLE_NOT_NEGATIVE, "/allocation/ceiling", "-1");
  }

  @Test
  void floorNotAboveCeiling() {
    rejects(
        base().floor(dec("100.01")).ceiling(dec("100")),
        ErrorCode.TABLE_FLOOR_CEILING,
        "/allocation/floor",
        "100.01",
        "100");
    assertThat(base().floor(dec("100")).ceiling(dec("100")).build().allocation().floor())
        .contains(dec("100"));
  }

  @Test
  void roundingIncrementPositive() {
    rejects(
        base().rounding(BigDecimal.ZERO, RoundingMode.HALF_UP),
        ErrorCode.TABLE_POSITIVE,
        "/allocation/rounding/increment",
        "increment",
        "0");
  }

  @Test
  void roundingModeAllowed() {
    rejects(
        base().rounding(dec("0.01"), RoundingMode.HALF_DOWN),
        ErrorCode.TABLE_ROUNDING_MODE,
        "/allocation/rounding/mode",
        "HALF_DOWN");
    rejects(
        base().rounding(dec("0.01"), RoundingMode.UNNECESSARY),
        ErrorCode.TABLE_ROUNDING_MODE,
        "/allocation/rounding/mode",
        "UNNECESSARY");
  }

  @Test
  void tolerancePercentNotNegative() {
    rejects(
        base().tolerancePercent(dec("-5")),
        ErrorCode.TABLE_NOT_NEGATIVE,
        "/moderation/tolerancePercent",
        "tolerancePercent",
        "-5");
    assertThat(base().tolerancePercent(BigDecimal.ZERO).build().tolerancePercent())
        .contains(BigDecimal.ZERO);
  }

  // --- together -----------------------------------------------------------------------------

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    InvalidTableException e =
        fails(
            base()
                .id("bad id")
                .domain(domain("D3").weight(-1).question(one("Q3", "0")))
                .floor(dec("10"))
                .ceiling(dec("5"))
                .tolerancePercent(dec("-1")));
    assertThat(e.problems())
        .extracting(Problem::code, Problem::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ErrorCode.TABLE_ID, "/id"),
            org.assertj.core.groups.Tuple.tuple(ErrorCode.TABLE_NOT_NEGATIVE, "/domains/2/weight"),
            org.assertj.core.groups.Tuple.tuple(ErrorCode.TABLE_FLOOR_CEILING, "/allocation/floor"),
            org.assertj.core.groups.Tuple.tuple(
                ErrorCode.TABLE_NOT_NEGATIVE, "/moderation/tolerancePercent"));
    assertThat(e.getMessage())
        .contains("4 problems", "RAS-T002", "RAS-T005", "RAS-T015", "bad id", "D3");
    List<String> lines = e.getMessage().lines().toList();
    assertThat(lines).hasSize(5);
  }
}
