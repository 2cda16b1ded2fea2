package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.ComparisonChange.Kind;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Unit;
import org.openras.testing.Properties;
import org.openras.testing.WorkedExample;

/** Comparison: hand-computed steps, and parts that add up exactly on generated pairs. */
class ComparisonTest {
  private static final RasTable TABLE = WorkedExample.table();

  /** The worked example's table a year on: budgets rounded up to whole pounds. */
  static RasTable nextYear() {
    return WorkedExample.tableBuilder()
        .version("2027.1")
        .effectiveFrom(LocalDate.of(2027, 4, 1))
        .effectiveTo(LocalDate.of(2028, 4, 1))
        .rounding(BigDecimal.ONE, RoundingMode.UP)
        .build();
  }

  @Test
  void moderationsShowTheirFiguresAsTheComparisonShowsFigures() {
    LocalDate d = LocalDate.of(2026, 6, 10);
    assertThat(
            Comparison.describe(
                List.of(
                    Moderation.ofAmount(new BigDecimal("-40.00"), "less transport", "panel", d),
                    Moderation.ofPercent(new BigDecimal("5"), "more", "panel", d),
                    Moderation.ofPercent(new BigDecimal("-2.5"), "less", "panel", d),
                    Moderation.ofSet(new BigDecimal("1350.00"), "set", "panel", d)),
                "GBP",
                Optional.empty()))
        .contains(
            "−£40.00 (panel, 2026-06-10: less transport); +5% (panel, 2026-06-10: more);"
                + " −2.5% (panel, 2026-06-10: less); = £1,350.00 (panel, 2026-06-10: set)");
    // a table counted in a unit: its moderations are quantities of it (spec v1.1 §5)
    Unit hours = new Unit("hour", "hours", Optional.empty());
    assertThat(
            Comparison.describe(
                List.of(Moderation.ofAmount(new BigDecimal("2"), "night", "panel", d)),
                "GBP",
                Optional.of(hours)))
        .contains("+2 hours (panel, 2026-06-10: night)");
    assertThat(Comparison.describe(List.of(), "GBP", Optional.empty())).isEmpty();
  }

  @Test
  void reviewStepByStepByHand() {
    Assessment before = WorkedExample.assessment();
    Assessment after =
        WorkedExample.assessmentBuilder()
            .id("case-0042/review-4")
            .locality(null)
            .answer("Q1", "1D")
            .unanswer("Q9")
            .clearModerations()
            .build();
    Comparison c = Comparison.of(RasEngine.of(TABLE), before, after);

    assertThat(c.changes())
        .extracting(ComparisonChange::kind)
        .containsExactly(Kind.LOCALITY, Kind.ANSWER, Kind.ANSWER, Kind.MODERATIONS);
    assertThat(c.changes().get(0).before()).contains("inner");
    assertThat(c.changes().get(0).after()).isEmpty();
    assertThat(c.changes().get(1).subject()).isEqualTo("Q1");
    assertThat(c.changes().get(1).before()).contains("1C");
    assertThat(c.changes().get(1).after()).contains("1D");
    assertThat(c.changes().get(2).subject()).isEqualTo("Q9");
    assertThat(c.changes().get(2).after()).isEmpty();
    // the moderation's money as the rest of the comparison shows money: +£40.00, not +40.00
    assertThat(c.changes().get(3).before().orElseThrow()).startsWith("+£40.00 (");
    assertThat(c.changes().get(3).after()).isEmpty();
    assertThat(c.steps()).hasSize(4);

    // locality: 184.90 × 1 instead of × 1.08: 199.69 → 184.90
    assertThat(c.steps().get(0).indicativeChange(Period.WEEK)).isEqualByComparingTo("-14.79");
    // Q1 1D: total 48.6 → 232.15, + 120 waking nights = 352.15
    assertThat(c.steps().get(1).indicativeAfter().weekly()).isEqualByComparingTo("352.15");
    assertThat(c.steps().get(1).indicativeChange(Period.WEEK)).isEqualByComparingTo("167.25");
    // Q9 unanswered: no carer adjustment: 29 + 15 + 9 = 53 → 255.25 + 120 = 375.25
    assertThat(c.steps().get(2).indicativeChange(Period.WEEK)).isEqualByComparingTo("23.10");
    // moderations: the +£40 goes; the indicative budget does not move
    assertThat(c.steps().get(3).indicativeChange(Period.WEEK)).isZero();
    assertThat(c.steps().get(3).budgetChange(Period.WEEK)).isEqualByComparingTo("-40.00");
    assertThat(c.steps().get(0).budgetChange(Period.WEEK)).isEqualByComparingTo("-14.79");

    assertThat(c.indicativeChange(Period.WEEK)).isEqualByComparingTo("175.56");
    assertThat(c.budgetChange(Period.WEEK)).isEqualByComparingTo("135.56");
    // 375.25 × 52 = 19513.00 a year, against 10383.88
    assertThat(c.indicativeChange(Period.YEAR)).isEqualByComparingTo("9129.12");

    assertThat(c.figures())
        .contains(
            new ComparisonFigure(
                ComparisonFigure.Kind.DOMAIN_RAW, "D1", Optional.of("19"), Optional.of("29")),
            new ComparisonFigure(
                ComparisonFigure.Kind.DOMAIN_PERCENT, "D1", Optional.of("-10"), Optional.of("0")),
            new ComparisonFigure(
                ComparisonFigure.Kind.TOTAL_POINTS, "", Optional.of("39.6"), Optional.of("53")),
            new ComparisonFigure(
                ComparisonFigure.Kind.SUPPLEMENT,
                "waking-nights",
                Optional.empty(),
                Optional.of("120")),
            new ComparisonFigure(
                ComparisonFigure.Kind.COST_FACTOR,
                "",
                Optional.of("inner × 1.08"),
                Optional.of("* × 1")),
            new ComparisonFigure(
                ComparisonFigure.Kind.INDICATIVE_WEEKLY,
                "",
                Optional.of("199.69"),
                Optional.of("375.25")),
            new ComparisonFigure(
                ComparisonFigure.Kind.FINAL_WEEKLY, "", Optional.of("239.69"), Optional.empty()),
            new ComparisonFigure(
                ComparisonFigure.Kind.FLAGS,
                "",
                Optional.of("PANEL_APPROVAL_REQUIRED"),
                Optional.empty()));
    // 82 + (48.6 + 4.4 − 20) × 5.25: the curve gives 255.25 instead of 184.90
    assertThat(c.figures())
        .contains(
            new ComparisonFigure(
                ComparisonFigure.Kind.CURVE_AMOUNT,
                "",
                Optional.of("184.9"),
                Optional.of("255.25")));
    // D2 and D3 did not change, nor did the band or curve
    assertThat(c.figures()).noneMatch(f -> f.subject().equals("D3"));
    assertThat(c.figures()).noneMatch(f -> f.kind() == ComparisonFigure.Kind.BAND);
  }

  @Test
  void oneAssessmentUnderTwoTableVersions() {
    RasTable next = nextYear();
    Comparison c = Comparison.of(TABLE, next, WorkedExample.assessment());
    assertThat(c.changes())
        .singleElement()
        .satisfies(
            ch -> {
              assertThat(ch.kind()).isEqualTo(Kind.TABLE);
              assertThat(ch.before().orElseThrow()).startsWith("worked-example 2026.1 (sha256:");
              assertThat(ch.after().orElseThrow()).startsWith("worked-example 2027.1 (sha256:");
            });
    // 199.692 rounded up to whole pounds: 200; a year 10400
    assertThat(c.after().indicativeBudget().weekly()).isEqualByComparingTo("200");
    assertThat(c.steps())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.indicativeChange(Period.WEEK)).isEqualByComparingTo("0.31");
              assertThat(s.indicativeChange(Period.YEAR)).isEqualByComparingTo("16.12");
            });
    // 239.692 → 240 after moderation
    assertThat(c.budgetChange(Period.WEEK)).isEqualByComparingTo("0.31");
    assertThat(c.period()).isEqualTo(Period.WEEK);
  }

  @Test
  void aChangeThatCannotBeComputedAloneGoesWithTheNext() {
    // the 2027 version adds a required question Q10: the old answers do not fit it alone
    RasTable next =
        WorkedExample.tableBuilder()
            .version("2027.1")
            .effectiveFrom(LocalDate.of(2027, 4, 1))
            .effectiveTo(LocalDate.of(2028, 4, 1))
            .domain(
                Domain.builder("D5", "Getting out and about")
                    .question(
                        Question.one("Q10", "How much support do you need to go out?")
                            .descriptor("10A", "None", 0)
                            .descriptor("10B", "Some", 5)))
            .build();
    Assessment before = WorkedExample.assessment();
    Assessment after =
        WorkedExample.assessmentBuilder()
            .id("case-0042/review-4")
            .date(LocalDate.of(2027, 6, 1))
            .answer("Q10", "10B")
            .build();
    Comparison c = Comparison.of(RasEngine.of(TABLE, next), before, after);
    assertThat(c.changes())
        .extracting(ComparisonChange::kind)
        .containsExactly(Kind.TABLE, Kind.ANSWER);
    assertThat(c.steps())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.changes()).hasSize(2);
              // D5 = 5 points: 44.6 → 82 + 24.6 × 5.25 = 211.15 × 1.08 = 228.042 → 228.04
              assertThat(s.indicativeAfter().weekly()).isEqualByComparingTo("228.04");
              assertThat(s.indicativeChange(Period.WEEK)).isEqualByComparingTo("28.35");
            });
    assertThat(c.figures())
        .contains(
            new ComparisonFigure(
                ComparisonFigure.Kind.DOMAIN_RAW, "D5", Optional.empty(), Optional.of("5")));
  }

  @Test
  void aClientGroupChangesTheCurve() {
    Assessment after = WorkedExample.assessmentBuilder().clientGroup("older-people").build();
    Comparison c = Comparison.of(RasEngine.of(TABLE), WorkedExample.assessment(), after);
    assertThat(c.changes()).extracting(ComparisonChange::kind).containsExactly(Kind.CLIENT_GROUP);
    // the older-people curve: 39.6 × 3.80 = 150.48 × 1.08 = 162.5184 → 162.52
    assertThat(c.indicativeChange(Period.WEEK)).isEqualByComparingTo("-37.17");
    assertThat(c.figures())
        .contains(
            new ComparisonFigure(
                ComparisonFigure.Kind.CURVE, "", Optional.of("*"), Optional.of("older-people")),
            new ComparisonFigure(
                ComparisonFigure.Kind.BAND, "", Optional.of("B"), Optional.of("OP")));
  }

  @Test
  void nothingChangedGivesNoSteps() {
    Comparison c =
        Comparison.of(
            RasEngine.of(TABLE),
            WorkedExample.assessment(),
            WorkedExample.assessmentBuilder()
                .id("again")
                .answerAny("Q5", "5D", "5B", "5A")
                .build());
    assertThat(c.changes()).isEmpty();
    assertThat(c.steps()).isEmpty();
    assertThat(c.figures()).isEmpty();
    assertThat(c.budgetChange(Period.YEAR)).isZero();
  }

  /**
   * Over generated pairs — two assessments of one table, and assessments of two different tables
   * (where answers must change with the table) — the parts add up exactly to the whole difference,
   * indicative and final, weekly and annual; the steps chain from the before figures to the after
   * figures; and the after figures are the engine's.
   */
  @Test
  void partsAddUpExactlyOnGeneratedPairs() {
    TableGenerator tables = TableGenerator.defaults().withPeriods(Period.WEEK, Period.YEAR);
    AtomicInteger merged = new AtomicInteger();
    AtomicInteger steps = new AtomicInteger();
    Properties.forAll(
        "comparison parts add up",
        Properties.seeds(1, 120),
        c -> {
          RasTable t1 = c.table(tables.generate(c.seed()));
          RasTable t2 = tables.generate(c.seed() + 10_000);
          List<Assessment> as1 = AssessmentGenerator.forTable(t1).stream(c.seed(), 3).toList();
          Assessment other = AssessmentGenerator.forTable(t2).generate(c.seed());
          RasEngine engine = RasEngine.of(t1, t2);
          for (Comparison x :
              List.of(
                  check(engine, as1.get(0), as1.get(1)),
                  check(engine, as1.get(2), other),
                  check(engine, other, as1.get(0)))) {
            steps.addAndGet(x.steps().size());
            merged.addAndGet((int) x.steps().stream().filter(s -> s.changes().size() > 1).count());
          }
        });
    // the rule for changes that cannot be computed alone was exercised
    assertThat(merged.get()).isPositive();
    assertThat(steps.get()).isGreaterThan(merged.get());
  }

  private static Comparison check(RasEngine engine, Assessment before, Assessment after) {
    Comparison c = Comparison.of(engine, before, after);
    Result rb = engine.calculate(before);
    Result ra = engine.calculate(after);
    assertThat(c.before().indicativeBudget()).isEqualTo(rb.indicativeBudget());
    assertThat(c.after().indicativeBudget()).isEqualTo(ra.indicativeBudget());
    assertThat(c.after().finalBudget()).isEqualTo(ra.finalBudget());
    for (Period p : Period.values()) {
      BigDecimal ind = BigDecimal.ZERO;
      BigDecimal bud = BigDecimal.ZERO;
      for (ComparisonStep s : c.steps()) {
        ind = ind.add(s.indicativeChange(p));
        bud = bud.add(s.budgetChange(p));
      }
      assertThat(ind).isEqualByComparingTo(c.indicativeChange(p));
      assertThat(bud).isEqualByComparingTo(c.budgetChange(p));
      BigDecimal council = BigDecimal.ZERO;
      for (ComparisonStep s : c.steps()) {
        council = council.add(s.councilChange(p));
      }
      assertThat(council).isEqualByComparingTo(c.councilChange(p));
      BigDecimal directCouncil =
          Comparison.figure(
                  p, ra.councilBudget().orElse(ra.finalBudget().orElse(ra.indicativeBudget())))
              .subtract(
                  Comparison.figure(
                      p,
                      rb.councilBudget().orElse(rb.finalBudget().orElse(rb.indicativeBudget()))));
      assertThat(council).isEqualByComparingTo(directCouncil);
      BigDecimal direct =
          Comparison.figure(p, ra.finalBudget().orElse(ra.indicativeBudget()))
              .subtract(Comparison.figure(p, rb.finalBudget().orElse(rb.indicativeBudget())));
      assertThat(bud).isEqualByComparingTo(direct);
    }
    if (!c.steps().isEmpty()) {
      assertThat(c.steps().get(0).indicativeBefore()).isEqualTo(rb.indicativeBudget());
      assertThat(c.steps().get(c.steps().size() - 1).indicativeAfter())
          .isEqualTo(ra.indicativeBudget());
      for (int i = 1; i < c.steps().size(); i++) {
        assertThat(c.steps().get(i).indicativeBefore())
            .isEqualTo(c.steps().get(i - 1).indicativeAfter());
        assertThat(c.steps().get(i).budgetBefore()).isEqualTo(c.steps().get(i - 1).budgetAfter());
        assertThat(c.steps().get(i).councilBefore()).isEqualTo(c.steps().get(i - 1).councilAfter());
      }
    } else {
      assertThat(ra.indicativeBudget()).isEqualTo(rb.indicativeBudget());
    }
    boolean tableChanged = !engine.tableFor(before).equals(engine.tableFor(after));
    assertThat(c.changes().stream().anyMatch(x -> x.kind() == Kind.TABLE)).isEqualTo(tableChanged);
    if (!tableChanged) {
      // under one table every change can be computed on its own: one step each
      assertThat(c.steps()).allSatisfy(s -> assertThat(s.changes()).hasSize(1));
    }
    return c;
  }

  /** The worked example's table, listing the NHS and the Independent Living Fund (spec v1.1 §4). */
  static RasTable withFunding() {
    return WorkedExample.tableBuilder()
        .otherFunding(FundingSource.of("nhs", "NHS continuing healthcare or joint funding"))
        .otherFunding(FundingSource.of("ilf", "Independent Living Fund"))
        .build();
  }

  /**
   * Only the other funding changes: the NHS pays £60.00, then £100.00 a week of the worked
   * example's final budget of £239.69. The budgets do not move; the council budget goes from
   * £179.69 to £139.69 a week (£9,343.88 to £7,263.88 a year), all in one step of its own.
   */
  @Test
  void onlyOtherFundingChangesIsAStepOfItsOwnThatMovesOnlyTheCouncilBudget() {
    RasTable t = withFunding();
    Assessment before =
        WorkedExample.assessmentBuilder()
            .table(t.id())
            .otherFunding("nhs", new BigDecimal("60.00"))
            .build();
    Assessment after =
        before.toBuilder().clearOtherFunding().otherFunding("nhs", new BigDecimal("100")).build();
    Comparison c = Comparison.of(RasEngine.of(t), before, after);
    assertThat(c.hasOtherFunding()).isTrue();
    assertThat(c.changes()).extracting(ComparisonChange::kind).containsExactly(Kind.OTHER_FUNDING);
    assertThat(c.changes().get(0).before())
        .contains("NHS continuing healthcare or joint funding: £60.00 a week");
    assertThat(c.changes().get(0).after())
        .contains("NHS continuing healthcare or joint funding: £100.00 a week");
    assertThat(c.steps()).hasSize(1);
    ComparisonStep s = c.steps().get(0);
    assertThat(s.budgetChange(Period.WEEK)).isZero();
    assertThat(s.indicativeChange(Period.WEEK)).isZero();
    assertThat(s.councilBefore().weekly()).isEqualByComparingTo("179.69");
    assertThat(s.councilAfter().weekly()).isEqualByComparingTo("139.69");
    assertThat(s.councilChange(Period.WEEK)).isEqualByComparingTo("-40.00");
    assertThat(s.councilChange(Period.YEAR)).isEqualByComparingTo("-2080.00");
    assertThat(c.councilChange(Period.YEAR)).isEqualByComparingTo("-2080.00");
    assertThat(c.budgetChange(Period.WEEK)).isZero();
    assertThat(c.figures())
        .extracting(ComparisonFigure::kind)
        .containsExactly(
            ComparisonFigure.Kind.OTHER_FUNDING,
            ComparisonFigure.Kind.COUNCIL_WEEKLY,
            ComparisonFigure.Kind.COUNCIL_ANNUAL);
    String text = ComparisonReport.text(c).replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "What the council pays (the budget less funding from elsewhere): £179.69 → £139.69 a"
                + " week (−£40.00).")
        .contains("1 Funding from elsewhere £139.69 −£40.00")
        .contains("Council budget a week £179.69 £139.69");
  }

  /**
   * An answer and the funding change together: the answer's step moves the budget and the council
   * budget alike, the funding's step only the council budget; the parts add up exactly.
   */
  @Test
  void otherFundingAfterAnAnswerChangeIsTheLastStepAndThePartsAddUp() {
    RasTable t = withFunding();
    Assessment before =
        WorkedExample.assessmentBuilder()
            .table(t.id())
            .otherFunding("nhs", new BigDecimal("60.00"))
            .build();
    Assessment after =
        before.toBuilder()
            .answer("Q3", "3B")
            .clearOtherFunding()
            .otherFunding("ilf", new BigDecimal("20"))
            .build();
    Comparison c = check(RasEngine.of(t), before, after);
    List<ComparisonStep> steps = c.steps();
    assertThat(steps.get(steps.size() - 1).changes().get(0).kind()).isEqualTo(Kind.OTHER_FUNDING);
    assertThat(steps.get(steps.size() - 1).budgetChange(Period.WEEK)).isZero();
    assertThat(steps.get(steps.size() - 1).councilChange(Period.WEEK))
        .isEqualByComparingTo("40.00"); // 60 paid by the NHS, then 20 by the ILF
  }

  /**
   * Over generated assessments of the worked table with other funding of seeded amounts (some
   * covering the whole budget), the council parts add up exactly, weekly and annual.
   */
  @Test
  void councilPartsAddUpExactlyWithGeneratedOtherFunding() {
    RasTable t = withFunding();
    RasEngine engine = RasEngine.of(t);
    Properties.forAll(
        "comparison council parts add up",
        Properties.seeds(1, 60),
        c -> {
          List<Assessment> as = AssessmentGenerator.forTable(t).stream(c.seed(), 2).toList();
          java.util.Random r = new java.util.Random(c.seed());
          Assessment b = funded(as.get(0), r);
          Assessment a = funded(as.get(1), r);
          check(engine, b, a);
          check(engine, b, funded(b, r));
        });
  }

  private static Assessment funded(Assessment a, java.util.Random r) {
    Assessment.Builder x = a.toBuilder().clearOtherFunding();
    if (r.nextInt(4) > 0) {
      x.otherFunding("nhs", BigDecimal.valueOf(1 + r.nextInt(30000), 2));
    }
    if (r.nextBoolean()) {
      x.otherFunding("ilf", BigDecimal.valueOf(1 + r.nextInt(20000), 2));
    }
    return x.build();
  }
}
