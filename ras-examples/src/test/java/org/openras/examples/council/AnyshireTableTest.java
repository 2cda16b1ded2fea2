package org.openras.examples.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.check.BandReach;
import org.openras.check.Check;
import org.openras.check.CheckConfig;
import org.openras.check.CheckReport;
import org.openras.check.Extremes;
import org.openras.check.Severity;
import org.openras.engine.RasEngine;
import org.openras.engine.Tracing;
import org.openras.table.Descriptor;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.tables.RasJson;
import org.openras.testkit.TableAssertions;
import org.openras.testkit.TableProperty;

/**
 * An example of a council's own test suite for its RAS table, to copy: the table checks asserted,
 * and three properties of the council's policy checked over 10,000 generated assessments each. The
 * table is {@code anyshire-saq.json} (illustrative figures), 9 domains and 25 questions in the
 * style of a supported self-assessment questionnaire.
 */
class AnyshireTableTest {
  static RasTable table;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        AnyshireTableTest.class.getResourceAsStream(
            "/org/openras/examples/council/anyshire-saq.json")) {
      table = RasJson.standard().readTable(in, "anyshire-saq.json");
    }
  }

  @Test
  void theTableIsTheSizeOfARealOne() {
    assertThat(table.domains()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(table.questions()).hasSizeGreaterThanOrEqualTo(25);
  }

  // ------------------------------------------------------------------ the table checks

  @Test
  void theChecksFindNothingToWarnAbout() {
    // Anyshire treats descriptor order and unreachable bands as errors, not warnings.
    CheckConfig strict =
        CheckConfig.defaults()
            .withSeverity(Check.DESCRIPTOR_ORDER, Severity.ERROR)
            .withSeverity(Check.UNREACHABLE_BAND, Severity.ERROR)
            .withSeverity(Check.CURVE_CLIFF, Severity.ERROR);
    TableAssertions.assertNoErrors(table, strict);
    CheckReport report = TableAssertions.assertExact(TableAssertions.assertNoWarnings(table));
    // the only findings: the carer questions' descriptors all score 0 points (on purpose)
    assertThat(report.findings())
        .allSatisfy(
            f -> {
              assertThat(f.check()).isEqualTo(Check.EQUAL_POINTS);
              assertThat(f.figures().get("question")).isIn("Q24", "Q25");
            });
    assertThat(report.bands()).allMatch(BandReach::reachable);
  }

  @Test
  void theCeilingIsReachedOnlyWhereTheCouncilExpects() {
    CheckReport report = TableAssertions.assertNoWarnings(table);
    // The * curve reaches the £950 ceiling (everything at its most, with a carer break);
    // the older-people curve never does: its greatest, at 221 points (D1 capped at 50), is
    // (345 + 121 × 1.5 + 150 + 35) × 1.06 in the city = 711.50 × 1.06 = 754.19.
    Extremes generalCity = extremes(report, "*", "city");
    assertThat(generalCity.greatestBudget().budget()).isEqualByComparingTo("950.00");
    Extremes olderCity = extremes(report, "older-people", "city");
    assertThat(olderCity.greatestBudget().budget()).isEqualByComparingTo("754.19");
    assertThat(olderCity.greatestBudget().result().curve()).isEqualTo("older-people");
    for (Extremes e : report.extremes()) {
      assertThat(e.leastBudget().budget()).isEqualByComparingTo("0.00");
    }
  }

  private static Extremes extremes(CheckReport report, String group, String locality) {
    return report.extremes().stream()
        .filter(e -> e.clientGroup().equals(group) && e.locality().equals(locality))
        .findFirst()
        .orElseThrow();
  }

  // ------------------------------------------------------------------ the council's properties

  @Test
  void nobodyNeedingWakingNightsGetsLessThanTheSupplement() {
    // Waking nights (11D) add £150 before the cost factor; the least factor is 0.97 (north).
    int checked =
        TableProperty.of(table)
            .withSeed(2026)
            .withCount(10_000)
            .where(a -> TableProperty.chose(a, "Q11", "11D"))
            .check(
                "11D gets at least £145.50 a week",
                (a, r) -> r.indicativeBudget().weekly().compareTo(new BigDecimal("145.50")) >= 0);
    assertThat(checked).isGreaterThan(2_000); // about a quarter of the 10,000
  }

  @Test
  void moreNeedNeverMeansLessMoney() {
    // Moving any answer one descriptor up the scale of need never lowers the budget
    // (except the carer question Q24, where more carer support is meant to lower it).
    RasEngine engine = RasEngine.of(table);
    TableProperty.of(table)
        .withSeed(11)
        .withCount(2_000)
        .verify(
            "more need, no less money",
            (a, r) -> {
              for (Question q : table.questions()) {
                if (q.select() != Select.ONE
                    || q.code().equals("Q24")
                    || a.answer(q.code()).isEmpty()) {
                  continue;
                }
                List<Descriptor> ds = q.descriptors();
                int i =
                    ds.indexOf(
                        table
                            .descriptor(a.answer(q.code()).get().descriptors().get(0))
                            .orElseThrow());
                if (i + 1 < ds.size()) {
                  Assessment more = a.toBuilder().answer(q.code(), ds.get(i + 1).code()).build();
                  BigDecimal after =
                      engine.calculate(more, Tracing.OFF).indicativeBudget().weekly();
                  assertThat(after)
                      .as("%s from %s to %s", q.code(), ds.get(i).code(), ds.get(i + 1).code())
                      .isGreaterThanOrEqualTo(r.indicativeBudget().weekly());
                }
              }
            });
  }

  @Test
  void aFamilyCarersSupportNeverRaisesTheBudget() {
    RasEngine engine = RasEngine.of(table);
    int checked =
        TableProperty.of(table)
            .withSeed(7)
            .withCount(10_000)
            .where(a -> a.answer("Q24").isPresent())
            .check(
                "the carer answer never raises the budget",
                (a, r) -> {
                  Assessment withoutCarer = a.toBuilder().unanswer("Q24").build();
                  BigDecimal without =
                      engine.calculate(withoutCarer, Tracing.OFF).indicativeBudget().weekly();
                  return r.indicativeBudget().weekly().compareTo(without) <= 0;
                });
    assertThat(checked).isGreaterThan(5_000);
  }
}
