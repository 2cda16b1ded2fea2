package org.openras.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.table.Adjustment;
import org.openras.table.Curve;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;

/**
 * Embedding OpenRAS in plain Java: a small table built in code, one assessment, the budget and its
 * explanation. A case-management system does the same with its own tables (or reads them with
 * {@code org.openras.tables.RasJson}) and keeps one {@link RasEngine} for all its assessments.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Builds the example table, computes one assessment and prints the result and its trace.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** {@return the example's table: three domains, a carer adjustment and a two-band curve} */
  public static RasTable table() {
    return RasTable.builder()
        .id("embedding-example")
        .name("Embedding example")
        .version("1")
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .domain(
            Domain.builder("D1", "Personal care")
                .question(
                    Question.one("Q1", "How much help do you need with personal care?")
                        .descriptor("1A", "None", 0)
                        .descriptor("1B", "Some help most days", 8)
                        .descriptor("1C", "Help several times a day", 16)))
        .domain(
            Domain.builder("D2", "Daily living")
                .weight(new BigDecimal("1.5"))
                .question(
                    Question.any("Q2", "Which of these do you need help with?")
                        .maxPoints(10)
                        .descriptor("2A", "Shopping", 3)
                        .descriptor("2B", "Cleaning", 4)
                        .descriptor("2C", "Managing money", 5)))
        .domain(
            Domain.builder("D3", "Family carer")
                .weight(0)
                .question(
                    Question.one("Q3", "Can a family carer help?")
                        .required(false)
                        .descriptor("3A", "No", 0)
                        .descriptor("3B", "Yes, most days", 0)))
        .adjustment(
            Adjustment.builder("carer", "Q3")
                .name("Help a family carer gives")
                .percent("3B", -20)
                .domains("D1"))
        .curve(
            Curve.builder("*")
                .band("Low", 0, 0, new BigDecimal("6.00"))
                .band("High", 20, 120, new BigDecimal("4.50")))
        .ceiling(BigDecimal.valueOf(400))
        .build();
  }

  /**
   * Computes the example assessment and prints it to {@code out}.
   *
   * @param out where the result and its trace are printed
   * @return the result, with its figures and trace
   */
  public static Result run(PrintStream out) {
    RasEngine engine = RasEngine.of(table());
    Assessment assessment =
        Assessment.builder()
            .id("example-1")
            .date(LocalDate.of(2026, 5, 1))
            .answer("Q1", "1C")
            .answerAny("Q2", "2A", "2C")
            .answer("Q3", "3B")
            .build();
    Result result = engine.calculate(assessment);
    out.println(
        "Indicative budget: "
            + result.indicativeBudget().weekly()
            + " a week, "
            + result.indicativeBudget().annual()
            + " a year (band "
            + result.band()
            + ", "
            + org.openras.explain.Figures.plain(result.totalPoints())
            + " points)");
    out.println("How it was worked out:");
    result.trace().lines().forEach(line -> out.println("  " + line));
    return result;
  }
}
