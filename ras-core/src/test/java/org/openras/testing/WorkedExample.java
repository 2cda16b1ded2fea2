package org.openras.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.table.Adjustment;
import org.openras.table.Curve;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Supplement;

/**
 * The spec's worked example (shared/spec/examples) built in code, for tests of every module. Must
 * stay identical in content to worked-table.json and worked-assessment.json.
 */
public final class WorkedExample {
  private WorkedExample() {}

  public static RasTable.Builder tableBuilder() {
    return RasTable.builder()
        .id("worked-example")
        .name("Worked example RAS (illustrative figures, not any council's table)")
        .version("2026.1")
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .effectiveTo(LocalDate.of(2027, 4, 1))
        .currency("GBP")
        .weeksPerYear(BigDecimal.valueOf(52))
        .domain(
            Domain.builder("D1", "Meeting personal care needs")
                .maxPoints(40)
                .question(
                    Question.one(
                            "Q1",
                            "How much support do you need with washing, dressing and using the"
                                + " toilet?")
                        .descriptor("1A", "I need no support", 0)
                        .descriptor("1B", "I need some support most days", 6)
                        .descriptor("1C", "I need support several times every day", 14)
                        .descriptor("1D", "I need support at all times, including at night", 24))
                .question(
                    Question.one("Q2", "How much support do you need to eat and drink?")
                        .descriptor("2A", "I need no support", 0)
                        .descriptor("2B", "I need someone to prepare meals", 5)
                        .descriptor("2C", "I need someone with me while I eat", 12)
                        .descriptor("2D", "I need to be fed", 20)))
        .domain(
            Domain.builder("D2", "Keeping safe")
                .weight(new BigDecimal("1.5"))
                .question(
                    Question.one(
                            "Q3", "How much support do you need to stay safe at home and outside?")
                        .descriptor("3A", "I can keep myself safe", 0)
                        .descriptor("3B", "I need reminders and checks", 4)
                        .descriptor("3C", "I need someone nearby most of the time", 10)))
        .domain(
            Domain.builder("D3", "Taking part in community life")
                .question(
                    Question.any(
                            "Q5", "Which of these do you need support with? Choose all that apply.")
                        .maxPoints(9)
                        .required(false)
                        .descriptor("5A", "Getting to work, college or volunteering", 4)
                        .descriptor("5B", "Using public transport", 3)
                        .descriptor("5C", "Keeping in touch with friends and family", 2)
                        .descriptor("5D", "Leisure and hobbies", 3)))
        .domain(
            Domain.builder("D4", "Support from family and friends")
                .weight(0)
                .question(
                    Question.one(
                            "Q9",
                            "How much of this support can a family carer give, and are they"
                                + " willing to?")
                        .required(false)
                        .descriptor("9A", "No family carer is able or willing to help", 0)
                        .descriptor("9B", "A family carer helps some days", 0)
                        .descriptor("9C", "A family carer helps every day and wants to go on", 0)))
        .adjustment(
            Adjustment.builder("family-carer", "Q9")
                .name("Support that a family carer is able and willing to give")
                .percent("9A", 0)
                .percent("9B", -10)
                .percent("9C", -25)
                .domains("D1", "D2"))
        .curve(
            Curve.builder("*")
                .band("A", 0, 0, new BigDecimal("4.10"))
                .band("B", 20, 82, new BigDecimal("5.25"))
                .band("C", 60, 292, BigDecimal.ZERO))
        .curve(Curve.builder("older-people").band("OP", 0, 0, new BigDecimal("3.80")))
        .supplement(
            Supplement.builder("waking-nights", "Q1")
                .name("Waking night support")
                .amount("1D", 120)
                .reference("Illustrative: a council decision would be cited here"))
        .costFactor("*", BigDecimal.ONE)
        .costFactor("inner", new BigDecimal("1.08"))
        .floor(BigDecimal.ZERO)
        .ceiling(BigDecimal.valueOf(950))
        .rounding(new BigDecimal("0.01"), RoundingMode.HALF_UP)
        .tolerancePercent(BigDecimal.TEN);
  }

  public static RasTable table() {
    return tableBuilder().build();
  }

  public static Assessment.Builder assessmentBuilder() {
    return Assessment.builder()
        .id("case-0042/review-3")
        .date(LocalDate.of(2026, 6, 1))
        .table("worked-example")
        .clientGroup("learning-disability")
        .locality("inner")
        .answer("Q1", "1C")
        .answer("Q2", "2B")
        .answer("Q3", "3C")
        .answerAny("Q5", "5A", "5B", "5D")
        .answer("Q9", "9B")
        .moderation(
            Moderation.ofAmount(
                new BigDecimal("40.00"),
                "Extra transport costs not covered by the questionnaire",
                "review panel",
                LocalDate.of(2026, 6, 10)));
  }

  public static Assessment assessment() {
    return assessmentBuilder().build();
  }
}
