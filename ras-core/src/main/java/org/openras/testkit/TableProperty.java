package org.openras.testkit;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.Objects;
import java.util.PrimitiveIterator;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.Assessments;
import org.openras.table.RasTable;

/**
 * A property that every assessment of a table must have, checked over many generated assessments
 * (or all of them), with the counter-example on failure.
 *
 * <pre>{@code
 * // for 10,000 generated assessments, nobody answering 1D for personal care gets under £200 a week
 * TableProperty.of(table)
 *     .withSeed(2026).withCount(10_000)
 *     .where(a -> TableProperty.chose(a, "Q1", "1D"))
 *     .check("1D gets at least £200 a week",
 *         (a, r) -> r.indicativeBudget().weekly().compareTo(new BigDecimal("200")) >= 0);
 * }</pre>
 *
 * <p>On failure an {@link AssertionError} (which JUnit and every other framework report as a
 * failure) names the property, the run's seed and the assessment's own seed (so that {@code
 * AssessmentGenerator.generate(seed)} replays it alone), its answers and context, and the result's
 * figures and trace lines. A property that no assessment met the {@link #where} condition of also
 * fails: a test that cannot fail is a defect.
 *
 * <p>Immutable: every {@code with…} returns a changed copy. Not tied to any test framework.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TableProperty {
  /** The default number of generated assessments. */
  public static final int DEFAULT_COUNT = 1_000;

  /** The most assessments {@link #exhaustively()} will enumerate. */
  public static final long MAX_EXHAUSTIVE = 1_000_000;

  private final RasTable table;
  private final AssessmentGenerator generator;
  private final long seed;
  private final int count;
  private final boolean exhaustive;
  private final Predicate<Assessment> condition;
  private final boolean traced;

  private TableProperty(
      RasTable table,
      AssessmentGenerator generator,
      long seed,
      int count,
      boolean exhaustive,
      Predicate<Assessment> condition) {
    this(table, generator, seed, count, exhaustive, condition, false);
  }

  private TableProperty(
      RasTable table,
      AssessmentGenerator generator,
      long seed,
      int count,
      boolean exhaustive,
      Predicate<Assessment> condition,
      boolean traced) {
    this.traced = traced;
    this.table = table;
    this.generator = generator;
    this.seed = seed;
    this.count = count;
    this.exhaustive = exhaustive;
    this.condition = condition;
  }

  /**
   * Properties of {@code table}'s assessments, drawn uniformly over descriptors ({@link
   * AssessmentGenerator#forTable}), {@value #DEFAULT_COUNT} of them, seed 0.
   *
   * @param table the table under test
   * @return the property runner
   */
  public static TableProperty of(RasTable table) {
    Objects.requireNonNull(table, "table");
    return new TableProperty(
        table, AssessmentGenerator.forTable(table), 0L, DEFAULT_COUNT, false, a -> true);
  }

  /**
   * A copy drawing assessments from {@code generator} (weighted, with moderations…).
   *
   * @param generator a generator for the same table
   * @return the copy; this one is unchanged
   */
  public TableProperty withGenerator(AssessmentGenerator generator) {
    Objects.requireNonNull(generator, "generator");
    if (!generator.table().equals(table)) {
      throw new IllegalArgumentException(
          "the generator is for table " + generator.table() + ", not " + table);
    }
    return new TableProperty(table, generator, seed, count, exhaustive, condition, traced);
  }

  /**
   * A copy with this seed: the same seed gives the same assessments on every machine.
   *
   * @param seed the seed of the generated assessments
   * @return the copy; this one is unchanged
   */
  public TableProperty withSeed(long seed) {
    return new TableProperty(table, generator, seed, count, exhaustive, condition, traced);
  }

  /**
   * A copy generating {@code count} assessments (at least 1).
   *
   * @param count how many assessments to check
   * @return the copy; this one is unchanged
   */
  public TableProperty withCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return new TableProperty(table, generator, seed, count, false, condition, traced);
  }

  /**
   * A copy checking every possible assessment of the table ({@link Assessments#exhaustive}) instead
   * of generated ones; the check fails fast when there are more than {@value #MAX_EXHAUSTIVE}.
   *
   * @return the copy; this one is unchanged
   */
  public TableProperty exhaustively() {
    return new TableProperty(table, generator, seed, count, true, condition, traced);
  }

  /**
   * A copy that checks only the assessments meeting {@code condition} (others are skipped, and not
   * counted).
   *
   * @param condition which assessments the property is about, such as those that chose a descriptor
   * @return the copy; this one is unchanged
   */
  public TableProperty where(Predicate<Assessment> condition) {
    Objects.requireNonNull(condition, "condition");
    return new TableProperty(
        table, generator, seed, count, exhaustive, this.condition.and(condition), traced);
  }

  /**
   * A copy that passes the property results computed with their trace. By default the property sees
   * results computed without one (the same figures, much faster); a failure report always
   * recomputes the counter-example with its trace.
   *
   * @return the copy; this one is unchanged
   */
  public TableProperty withTracing() {
    return new TableProperty(table, generator, seed, count, exhaustive, condition, true);
  }

  /**
   * Whether the assessment chose {@code descriptor} for {@code question}.
   *
   * @param a an assessment
   * @param question a question code
   * @param descriptor a descriptor code of that question
   * @return true when the answer to {@code question} is or includes {@code descriptor}
   */
  public static boolean chose(Assessment a, String question, String descriptor) {
    return a.answer(question)
        .map(Answer::descriptors)
        .map(d -> d.contains(descriptor))
        .orElse(false);
  }

  /**
   * Checks that {@code property} holds for every assessment.
   *
   * @return how many assessments were checked (those meeting the {@link #where} condition)
   * @throws AssertionError on the first assessment for which it does not hold, or when no
   *     assessment met the condition
   * @param description what the property says, shown in a failure report
   * @param property true when the result of the assessment has the property
   */
  public int check(String description, BiPredicate<Assessment, Result> property) {
    Objects.requireNonNull(property, "property");
    return verify(
        description,
        (a, r) -> {
          if (!property.test(a, r)) {
            throw new AssertionError("the property does not hold");
          }
        });
  }

  /**
   * Runs {@code body} for every assessment; the body asserts (with AssertJ, JUnit's assertions, or
   * by throwing {@link AssertionError}).
   *
   * @return how many assessments were checked
   * @throws AssertionError wrapping the body's failure with the counter-example, or when no
   *     assessment met the condition
   * @param description what the body asserts, shown in a failure report
   * @param body assertions about an assessment and its result
   */
  public int verify(String description, BiConsumer<Assessment, Result> body) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(body, "body");
    RasEngine engine = RasEngine.of(table);
    int checked = 0;
    int seen = 0;
    Iterator<Assessment> all = null;
    PrimitiveIterator.OfLong seeds = null;
    if (exhaustive) {
      BigInteger size = Assessments.spaceSize(table);
      if (size.compareTo(BigInteger.valueOf(MAX_EXHAUSTIVE)) > 0) {
        throw new IllegalStateException(
            "table "
                + table.id()
                + " has "
                + size
                + " possible assessments, more than "
                + MAX_EXHAUSTIVE
                + " to check exhaustively;"
                + " use withCount instead");
      }
      all = Assessments.exhaustive(table).iterator();
    } else {
      seeds = AssessmentGenerator.seeds(seed, count).iterator();
    }
    while (exhaustive ? all.hasNext() : seeds.hasNext()) {
      long own = exhaustive ? -1 : seeds.nextLong();
      Assessment a = exhaustive ? all.next() : generator.generate(own);
      seen++;
      if (!condition.test(a)) {
        continue;
      }
      checked++;
      Result r = engine.calculate(a, traced ? Tracing.ON : Tracing.OFF);
      try {
        body.accept(a, r);
      } catch (AssertionError e) {
        throw new AssertionError(report(description, own, a, engine.calculate(a), e), e);
      }
    }
    if (checked == 0) {
      throw new AssertionError(
          "property '"
              + description
              + "': none of the "
              + seen
              + " assessments "
              + (exhaustive ? "of the table" : "generated with seed " + seed)
              + " met the condition, so nothing was checked");
    }
    return checked;
  }

  private String report(String description, long own, Assessment a, Result r, AssertionError e) {
    StringBuilder b = new StringBuilder();
    b.append("property '")
        .append(description)
        .append("' fails for table ")
        .append(table.id())
        .append(' ')
        .append(table.version())
        .append(" (")
        .append(table.fingerprint())
        .append(")\n");
    if (exhaustive) {
      b.append("  assessment ").append(a.id()).append(" of the exhaustive enumeration\n");
    } else {
      b.append("  run seed ")
          .append(seed)
          .append(", assessment seed ")
          .append(own)
          .append(" (replay: generator.generate(")
          .append(own)
          .append("L))\n");
    }
    b.append("  failure: ").append(e.getMessage()).append('\n');
    b.append("  assessment: ")
        .append(a.id())
        .append(" on ")
        .append(a.date())
        .append(", client group ")
        .append(a.clientGroup().orElse("(none)"))
        .append(", locality ")
        .append(a.locality().orElse("(none)"))
        .append('\n');
    b.append("  answers:");
    a.answers()
        .forEach(
            (q, ans) ->
                b.append(' ')
                    .append(q)
                    .append('=')
                    .append(
                        ans.descriptors().isEmpty()
                            ? "(none)"
                            : String.join("+", ans.descriptors())));
    b.append('\n');
    b.append("  result: ")
        .append(r.totalPoints().toPlainString())
        .append(" points, band ")
        .append(r.band())
        .append(" of curve ")
        .append(r.curve())
        .append(", indicative ")
        .append(r.indicativeBudget().weekly().toPlainString())
        .append(" a week (")
        .append(r.indicativeBudget().annual().toPlainString())
        .append(" a year)\n");
    b.append("  trace:\n");
    for (String line : r.trace().lines()) {
      b.append("    ").append(line).append('\n');
    }
    return b.toString();
  }
}
