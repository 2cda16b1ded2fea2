package org.openras.generate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;

/**
 * Every possible assessment of a small table: the exhaustive sequence of every combination of
 * answers, for checking a property of a table (or of the engine) over all of its answer space
 * rather than a sample of it.
 *
 * <p>The answers a question can take are:
 *
 * <ul>
 *   <li>{@code ONE}: each of its descriptors, and also "unanswered" when it is optional;
 *   <li>{@code ANY}: every subset of its descriptors (including the empty one, "none of these
 *       applies"), and also "unanswered" when it is optional.
 * </ul>
 *
 * The space is the product of these counts over the questions: {@link #spaceSize} gives it exactly,
 * so a caller can check that it is small enough before enumerating (a table of ten questions of
 * five descriptors already has almost ten million). Assessments come in a fixed order: the last
 * question's answer varies fastest, descriptors and subsets follow the table's order, "unanswered"
 * comes first.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Assessments {
  private Assessments() {}

  /**
   * How many assessments {@link #exhaustive(RasTable)} gives for {@code table}.
   *
   * @param table the table whose answers are counted
   * @return the number of combinations of answers, unanswered optional questions included
   */
  public static BigInteger spaceSize(RasTable table) {
    BigInteger size = BigInteger.ONE;
    for (Question q : table.questions()) {
      size = size.multiply(choices(q));
    }
    return size;
  }

  /**
   * Every combination of answers to {@code table}, in a fixed context: dated on the table's first
   * day in force, the {@code *} curve (no client group) when the table has it, else the first
   * curve's client group, likewise for the locality; no moderations. The {@code i}-th assessment
   * (from 0) has the id {@code all-<i>}.
   *
   * @throws IllegalArgumentException when one question alone has more than 2^62 answers
   * @param table the table whose answers are enumerated
   * @return every combination, lazily, in a fixed order
   */
  public static Stream<Assessment> exhaustive(RasTable table) {
    Assessment.Builder context = Assessment.builder().id("all").date(table.effectiveFrom());
    List<Curve> curves = table.allocation().curves();
    if (curves.stream().noneMatch(c -> c.clientGroup().equals(Curve.ANY_GROUP))) {
      context.clientGroup(curves.get(0).clientGroup());
    }
    List<CostFactor> factors = table.allocation().costFactors();
    if (factors.stream().noneMatch(f -> f.locality().equals(CostFactor.ANY_LOCALITY))) {
      context.locality(factors.get(0).locality());
    }
    return exhaustive(table, context.table(table.id()).build());
  }

  /**
   * Every combination of answers to {@code table}, each in the context of {@code template} (its
   * date, table, client group, locality and moderations are kept; its answers are replaced). The
   * {@code i}-th assessment (from 0) has the id {@code <template id>-<i>}.
   *
   * @throws IllegalArgumentException when one question alone has more than 2^62 answers
   * @param table the table whose answers are enumerated
   * @param template the assessment whose context every generated one keeps
   * @return every combination, lazily, in a fixed order
   */
  public static Stream<Assessment> exhaustive(RasTable table, Assessment template) {
    Objects.requireNonNull(template, "template");
    List<Question> questions = table.questions();
    long[] radix = new long[questions.size()];
    for (int i = 0; i < radix.length; i++) {
      BigInteger c = choices(questions.get(i));
      if (c.bitLength() > 62) {
        throw new IllegalArgumentException(
            "question " + questions.get(i).code() + " alone has " + c + " answers");
      }
      radix[i] = c.longValueExact();
    }
    BigInteger size = spaceSize(table);
    Iterator<Assessment> it = new Odometer(questions, radix, template);
    int characteristics = Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE;
    Spliterator<Assessment> split =
        size.bitLength() < 63
            ? Spliterators.spliterator(it, size.longValueExact(), characteristics)
            : Spliterators.spliteratorUnknownSize(it, characteristics);
    return StreamSupport.stream(split, false);
  }

  /** How many answers one question can take. */
  private static BigInteger choices(Question q) {
    BigInteger n =
        q.select() == Select.ANY
            ? BigInteger.TWO.pow(q.descriptors().size())
            : BigInteger.valueOf(q.descriptors().size());
    return q.required() ? n : n.add(BigInteger.ONE);
  }

  /** Counts through the answer space in mixed radix, one digit a question. */
  private static final class Odometer implements Iterator<Assessment> {
    private final List<Question> questions;
    private final long[] radix;
    private final long[] digits;
    private final Assessment template;
    private long index;
    private boolean done;

    Odometer(List<Question> questions, long[] radix, Assessment template) {
      this.questions = questions;
      this.radix = radix;
      this.digits = new long[radix.length];
      this.template = template;
      for (long r : radix) {
        if (r == 0) {
          done = true;
        }
      }
    }

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public Assessment next() {
      if (done) {
        throw new NoSuchElementException();
      }
      Assessment.Builder b = template.toBuilder().id(template.id() + "-" + index++);
      for (String answered : template.answers().keySet()) {
        b.unanswer(answered);
      }
      for (int i = 0; i < digits.length; i++) {
        Question q = questions.get(i);
        long d = digits[i];
        if (!q.required()) {
          if (d == 0) {
            continue;
          }
          d--;
        }
        if (q.select() == Select.ONE) {
          b.answer(q.code(), q.descriptors().get((int) d).code());
        } else {
          List<String> chosen = new ArrayList<>();
          for (int k = 0; k < q.descriptors().size(); k++) {
            if ((d >>> k & 1) != 0) {
              chosen.add(q.descriptors().get(k).code());
            }
          }
          b.answer(q.code(), Answer.any(chosen));
        }
      }
      advance();
      return b.build();
    }

    private void advance() {
      for (int i = digits.length - 1; i >= 0; i--) {
        if (++digits[i] < radix[i]) {
          return;
        }
        digits[i] = 0;
      }
      done = true;
    }
  }
}
