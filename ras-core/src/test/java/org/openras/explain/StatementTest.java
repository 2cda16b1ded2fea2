package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.engine.Flag;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.explain.Statement.DomainPart;
import org.openras.explain.Statement.MoneyStep;
import org.openras.explain.Statement.StepType;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** The statement for the person, built from the spec's worked example and variations of it. */
class StatementTest {
  static final RasTable TABLE = WorkedExample.table();
  static final Result RESULT = RasEngine.of(TABLE).calculate(WorkedExample.assessment());
  static final Statement STATEMENT = Statement.of(TABLE, RESULT);

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void headerNamesTheAssessmentAndTheTableWithItsFingerprint() {
    Statement.Header h = STATEMENT.header();
    assertThat(h.assessmentId()).isEqualTo("case-0042/review-3");
    assertThat(h.tableId()).isEqualTo("worked-example");
    assertThat(h.version()).isEqualTo("2026.1");
    assertThat(h.fingerprint()).isEqualTo(TABLE.fingerprint());
    assertThat(h.effectiveTo()).contains(LocalDate.of(2027, 4, 1));
  }

  @Test
  void everyQuestionWithTheChosenCodeItsWordsAndPoints() {
    DomainPart d1 = STATEMENT.domains().get(0);
    assertThat(d1.questions()).extracting(q -> q.code()).containsExactly("Q1", "Q2");
    assertThat(d1.questions().get(0).choices())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.code()).isEqualTo("1C");
              assertThat(c.text()).isEqualTo("I need support several times every day");
              assertThat(c.points()).isEqualByComparingTo("14");
            });
    assertThat(d1.questions().get(0).sentence())
        .isEqualTo("Answer 1C, \"I need support several times every day\": 14 points.");
    Statement.QuestionPart q5 = STATEMENT.domains().get(2).questions().get(0);
    assertThat(q5.choices()).extracting(c -> c.code()).containsExactly("5A", "5B", "5D");
    assertThat(q5.points()).isEqualByComparingTo("9");
    assertThat(q5.sentence())
        .contains("4 + 3 + 3 = 10 points")
        .contains("counts at most 9 points, so it gives 9 points");
  }

  @Test
  void domainFiguresAreTheResultsAndTheirCapWeightAndAdjustmentAreInWords() {
    assertThat(STATEMENT.domains())
        .extracting(
            p ->
                p.code()
                    + " "
                    + Figures.number(p.raw())
                    + " "
                    + Figures.number(p.weighted())
                    + " "
                    + Figures.number(p.adjusted()))
        .containsExactly("D1 19 19 17.1", "D2 10 15 13.5", "D3 9 9 9", "D4 0 0 0");
    DomainPart d1 = STATEMENT.domains().get(0);
    assertThat(d1.sentences())
        .contains("This area counts at most 40 points (its cap); all its 19 points count.")
        .contains("Its weight is 1, so these points count as they are.")
        .contains("So this area gives 17.1 points (19 points less 10%).");
    assertThat(d1.adjustments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.id()).isEqualTo("family-carer");
              assertThat(a.descriptor()).isEqualTo("9B");
              assertThat(a.percent()).isEqualByComparingTo("-10");
              assertThat(a.sentence())
                  .startsWith(
                      "Because a family carer helps some days (answer 9B to question Q9), the points for"
                          + " \"Meeting personal care needs\" are reduced by 10%.");
            });
    assertThat(STATEMENT.domains().get(1).sentences())
        .contains(
            "Its weight is 1.5: the council counts this area 1.5 times, so 10 points"
                + " become 15 points (10 × 1.5).");
    assertThat(STATEMENT.totalPoints()).isEqualByComparingTo("39.6");
    assertThat(STATEMENT.totalSentence())
        .isEqualTo("Adding up the points of every area gives 39.6 points (17.1 + 13.5 + 9 + 0).");
  }

  @Test
  void moneyStepByStepFromTheCurveToTheRoundedBudget() {
    Statement.Money m = STATEMENT.money();
    assertThat(m.curve()).isEqualTo("*");
    assertThat(m.clientGroup()).contains("learning-disability");
    assertThat(m.band()).isEqualTo("B");
    assertThat(m.steps())
        .extracting(MoneyStep::type)
        .containsExactly(StepType.CURVE, StepType.COST_FACTOR, StepType.LIMITS, StepType.ROUNDING);
    assertThat(m.steps())
        .extracting(s -> Figures.number(s.after()))
        .containsExactly("184.9", "199.692", "199.692", "199.69");
    assertThat(m.steps().get(0).sentence())
        .contains("has no money scale (called a curve) of its own")
        .contains("A band is a range of total points")
        .contains("£82.00 + (39.6 − 20) × £5.25 = £184.90 a week.");
    assertThat(m.steps().get(1).sentence())
        .contains("A cost factor allows for how much support costs where you live.")
        .contains("£184.90 × 1.08 = £199.692.");
    assertThat(m.steps().get(3).change()).isEqualByComparingTo("-0.002");
    assertThat(m.indicative().weekly()).isEqualByComparingTo("199.69");
    assertThat(m.sentences().get(0))
        .startsWith("Your indicative budget is £199.69 a week (£10,383.88 a year).");
  }

  @Test
  void moderationIsApartFromTheRasFigureWithReasonWhoAndPanel() {
    Statement.ModerationPart m = STATEMENT.moderation().orElseThrow();
    assertThat(m.changes())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.change()).isEqualByComparingTo("40");
              assertThat(l.by()).isEqualTo("review panel");
              assertThat(l.reason())
                  .isEqualTo("Extra transport costs not covered by the questionnaire");
              assertThat(l.sentence())
                  .contains("made by review panel on 2026-06-10: + £40.00 a week");
            });
    assertThat(m.finalBudget().weekly()).isEqualByComparingTo("239.69");
    assertThat(m.sentences().get(0)).startsWith("Moderation means");
    assertThat(m.panel())
        .hasValueSatisfying(
            p -> {
              assertThat(p.required()).isTrue();
              assertThat(p.limit()).isEqualByComparingTo("19.969");
              assertThat(p.sentence()).contains("so a panel must approve the final budget");
            });
    assertThat(STATEMENT.money().indicative().weekly()).isEqualByComparingTo("199.69");
    assertThat(STATEMENT.flags()).containsExactly(Flag.PANEL_APPROVAL_REQUIRED);
    assertThat(STATEMENT.notes().get(0)).contains("PANEL_APPROVAL_REQUIRED");
  }

  @Test
  void withoutModerationThereIsNoModerationPartNorPanelNote() {
    Assessment a = WorkedExample.assessmentBuilder().clearModerations().build();
    Statement s = Statement.of(TABLE, RasEngine.of(TABLE).calculate(a));
    assertThat(s.moderation()).isEmpty();
    assertThat(s.flags()).isEmpty();
    assertThat(s.notes()).hasSize(1);
    assertThat(Renderer.text(s)).doesNotContain("moderation").contains("£199.69");
  }

  @Test
  void percentModerationSupplementUnansweredQuestionAndOwnCostFactor() {
    Assessment a =
        WorkedExample.assessmentBuilder()
            .clearModerations()
            .answer("Q1", "1D")
            .unanswer("Q5")
            .locality("outer")
            .moderation(
                Moderation.ofPercent(
                    d("-5"),
                    "Some support is given by a day centre",
                    "team manager",
                    LocalDate.of(2026, 6, 12)))
            .build();
    Result r = RasEngine.of(TABLE).calculate(a);
    Statement s = Statement.of(TABLE, r);
    assertThat(s.domains().get(2).questions().get(0).answered()).isFalse();
    assertThat(s.domains().get(2).questions().get(0).sentence()).startsWith("Not answered.");
    assertThat(s.money().steps())
        .extracting(MoneyStep::type)
        .containsExactly(
            StepType.CURVE,
            StepType.SUPPLEMENT,
            StepType.COST_FACTOR,
            StepType.LIMITS,
            StepType.ROUNDING);
    MoneyStep supplement = s.money().steps().get(1);
    assertThat(supplement.change()).isEqualByComparingTo("120");
    assertThat(supplement.reference())
        .contains("Illustrative: a council decision would be cited here");
    assertThat(s.money().steps().get(2).sentence())
        .contains(
            "The locality \"outer\" has no cost factor of its own, so the general cost factor"
                + " of 1 is used");
    assertThat(s.moderation().orElseThrow().changes().get(0).sentence()).contains("−5% of");
    assertThat(Renderer.text(s)).contains("Source: Illustrative: a council decision");
  }

  @Test
  void anUntracedResultOrAnotherTableIsTheCallersMistake() {
    Result untraced = RasEngine.of(TABLE).calculate(WorkedExample.assessment(), Tracing.OFF);
    assertThatThrownBy(() -> Statement.of(TABLE, untraced))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without tracing");
    RasTable other = WorkedExample.tableBuilder().version("2026.2").build();
    assertThatThrownBy(() -> Statement.of(other, RESULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not with worked-example 2026.2");
  }

  @Test
  void becauseClausesKeepIAndAcronyms() {
    assertThat(DomainParts.lowerFirst("A family carer helps")).isEqualTo("a family carer helps");
    assertThat(DomainParts.lowerFirst("I need support")).isEqualTo("I need support");
    assertThat(DomainParts.lowerFirst("NHS care is given")).isEqualTo("NHS care is given");
    assertThat(DomainParts.lowerFirst("")).isEmpty();
  }

  @Test
  void ceilingAndFloorAreSaidWhenTheyChangeTheMoney() {
    RasTable low = WorkedExample.tableBuilder().ceiling(d("150")).build();
    Statement s = Statement.of(low, RasEngine.of(low).calculate(WorkedExample.assessment()));
    MoneyStep limits = s.money().steps().get(2);
    assertThat(limits.label()).isEqualTo("Lowered to the ceiling");
    assertThat(limits.sentence())
        .endsWith("£199.692 is above the ceiling, so it is lowered to £150.00.");
    assertThat(s.notes()).anyMatch(n -> n.contains("CEILING_APPLIED"));
    RasTable high = WorkedExample.tableBuilder().floor(d("250")).build();
    Statement f = Statement.of(high, RasEngine.of(high).calculate(WorkedExample.assessment()));
    assertThat(f.money().steps().get(2).sentence())
        .endsWith("£199.692 is below the floor, so it is raised to £250.00.");
    assertThat(f.money().steps().get(2).change()).isEqualByComparingTo("50.308");
    assertThat(f.notes()).anyMatch(n -> n.contains("FLOOR_APPLIED"));
  }

  @Test
  void aYearlyTableSpeaksOfTheYearFirst() {
    RasTable yearly = WorkedExample.tableBuilder().period(org.openras.table.Period.YEAR).build();
    Result r = RasEngine.of(yearly).calculate(WorkedExample.assessment());
    Statement s = Statement.of(yearly, r);
    assertThat(s.money().steps().get(0).sentence()).endsWith("= £184.90 a year.");
    assertThat(s.money().sentences().get(0))
        .startsWith("Your indicative budget is £199.69 a year (£3.84 a week).")
        .contains("£199.69 ÷ 52 weeks");
    assertThat(s.moderation().orElseThrow().changes().get(0).sentence())
        .contains("+ £40.00 a year");
  }

  @Test
  void aCapThatBitesAndAWeightOfZeroAreSaidPlainly() {
    Assessment a = WorkedExample.assessmentBuilder().answer("Q1", "1D").answer("Q2", "2D").build();
    Statement s = Statement.of(TABLE, RasEngine.of(TABLE).calculate(a));
    assertThat(s.domains().get(0).sentences())
        .contains(
            "Questions Q1 and Q2 together give 44 points (24 + 20).",
            "This area counts at most 40 points (its cap), so only 40 of the 44 points count.");
    assertThat(s.domains().get(3).sentences())
        .contains(
            "Its weight is 0, so its points do not count towards the total. (Its answers may still"
                + " change the points of other areas.)");
  }

  @Test
  void everyRuleUsedCitesItsReference() {
    RasTable t =
        org.openras.table.RasTable.builder()
            .id("refs")
            .name("Refs")
            .version("1")
            .effectiveFrom(LocalDate.of(2026, 1, 1))
            .reference("Cabinet decision 1")
            .tolerancePercent(d("5"))
            .domain(
                org.openras.table.Domain.builder("D1", "Care")
                    .reference("Policy 2")
                    .question(
                        org.openras.table.Question.one("Q1", "Care?")
                            .reference("Guidance 3")
                            .descriptor("1A", "No", 0)
                            .descriptor("1B", "Yes", 5)))
            .adjustment(
                org.openras.table.Adjustment.builder("carer", "Q1")
                    .reference("Carers policy 4")
                    .percent("1B", -5))
            .curve(
                org.openras.table.Curve.builder("*")
                    .reference("Curve paper 5")
                    .band(
                        new org.openras.table.Band(
                            "A",
                            BigDecimal.ZERO,
                            BigDecimal.ZERO,
                            BigDecimal.TEN,
                            java.util.Optional.of("Band note 6"))))
            .supplement(
                org.openras.table.Supplement.builder("extra", "Q1")
                    .reference("Supplement decision 7")
                    .amount("1B", 3))
            .build();
    Assessment a =
        Assessment.builder()
            .id("r1")
            .date(LocalDate.of(2026, 2, 1))
            .answer("Q1", "1B")
            .moderation(Moderation.ofAmount(d("10"), "Reason", "worker", LocalDate.of(2026, 2, 2)))
            .build();
    Statement s = Statement.of(t, RasEngine.of(t).calculate(a));
    assertThat(s.money().steps().get(0).reference()).contains("Curve paper 5; Band note 6");
    for (String text :
        new String[] {
          Renderer.text(s).replaceAll("\\s+", " "), Renderer.markdown(s), Renderer.html(s)
        }) {
      assertThat(text)
          .contains(
              "Cabinet decision 1",
              "Policy 2",
              "Guidance 3",
              "Carers policy 4",
              "Curve paper 5",
              "Band note 6",
              "Supplement decision 7");
    }
  }

  @Test
  void oneChoiceOfAnAnyQuestionAndNoneOfThem() {
    Assessment one = WorkedExample.assessmentBuilder().answerAny("Q5", "5A").build();
    assertThat(
            Statement.of(TABLE, RasEngine.of(TABLE).calculate(one))
                .domains()
                .get(2)
                .questions()
                .get(0)
                .sentence())
        .isEqualTo("Answer 5A, \"Getting to work, college or volunteering\": 4 points.");
    Assessment none = WorkedExample.assessmentBuilder().answerAny("Q5").build();
    Statement.QuestionPart q5 =
        Statement.of(TABLE, RasEngine.of(TABLE).calculate(none))
            .domains()
            .get(2)
            .questions()
            .get(0);
    assertThat(q5.answered()).isTrue();
    assertThat(q5.sentence())
        .isEqualTo("None of these was chosen, so this question gives 0" + " points.");
  }

  @Test
  void textOfTheWorkedExample() {
    Golden.check("worked-example.txt", Renderer.text(STATEMENT));
  }

  @Test
  void listsStayInCalculationOrderAndCannotBeChanged() {
    assertThat(STATEMENT.domains())
        .extracting(DomainPart::code)
        .containsExactly("D1", "D2", "D3", "D4");
    List<DomainPart> domains = STATEMENT.domains();
    assertThatThrownBy(() -> domains.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
