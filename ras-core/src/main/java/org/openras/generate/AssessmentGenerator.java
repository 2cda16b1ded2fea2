package org.openras.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;

/**
 * Makes random but always valid assessments for one RAS table, reproducibly from a seed: every
 * generated assessment passes the engine's answer checks (spec §4) for its table and is computed
 * with the version it was made for.
 *
 * <p>Like {@link TableGenerator}, an {@code AssessmentGenerator} is an immutable configuration;
 * {@code with…} methods return a changed copy. The same table, configuration and seed always give
 * an equal assessment, on any machine; the assessment id is {@code gen-<seed>}, so a failing
 * assessment says how to make it again.
 *
 * <p>What is generated, for each question of the table:
 *
 * <ul>
 *   <li>a {@code ONE} question gets one descriptor, drawn in proportion to the descriptor weights
 *       (uniformly by default);
 *   <li>an {@code ANY} question gets a subset of its descriptors, each descriptor chosen with
 *       probability {@code w / (1 + w)} for its weight {@code w} (one half each by default, which
 *       makes every subset equally likely), listed in the table's order;
 *   <li>an optional question is left unanswered with probability {@link #withUnansweredProbability}
 *       (default 0.2);
 * </ul>
 *
 * and a context: a date within the table's effective range (within a year of its start when it has
 * no end), a client group drawn from those with a curve, a locality drawn from those with a cost
 * factor, and sometimes — only when the table has the {@code *} curve or factor to fall back on —
 * no client group or locality, {@code *} itself, or one the table does not know. With probability
 * {@link #withModerationProbability} (default 0.2) the assessment carries one to three moderations
 * with reasons, who made them and dates.
 *
 * <pre>{@code
 * AssessmentGenerator gen = AssessmentGenerator.forTable(table).favouringHigherNeed(2.0);
 * Assessment a = gen.generate(7L);
 * List<Assessment> many = gen.stream(7L, 1000).toList();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AssessmentGenerator {
  /** The client group generated assessments use for a group the table does not know. */
  public static final String UNKNOWN_CLIENT_GROUP = "unlisted-group";

  /** The locality generated assessments use for a locality the table does not know. */
  public static final String UNKNOWN_LOCALITY = "unlisted-locality";

  private static final List<String> REASONS =
      List.of(
          "Extra transport costs not covered by the questionnaire",
          "Support from a day centre already funded",
          "Two carers needed for safe moving and handling",
          "Short-term increase after hospital discharge",
          "Person declined part of the support offered");
  private static final List<String> BY =
      List.of("social worker", "review panel", "team manager", "occupational therapist");

  /**
   * How much one descriptor should be favoured when answers are drawn: a weight of 0 or more,
   * relative to the other descriptors of the same question.
   */
  @FunctionalInterface
  public interface DescriptorWeight {
    /**
     * The weight of choosing {@code descriptor}, the {@code index}-th (from 0) of {@code
     * question}'s descriptors in the table's order of increasing need. Must be finite and at least
     * 0; for a {@code ONE} question at least one descriptor must weigh more than 0.
     *
     * @param question the question being answered
     * @param descriptor one of its descriptors
     * @param index the descriptor's position in the question, from 0 (least need)
     * @return the weight, finite and at least 0
     */
    double weight(Question question, Descriptor descriptor, int index);
  }

  private final RasTable table;
  private final DescriptorWeight weight;
  private final double unansweredProbability;
  private final double moderationProbability;
  private final double contextVariety;

  /** The chance of each spec v1.1 field (a {@code set} moderation, other funding); 0: none. */
  private final double v11Probability;

  private AssessmentGenerator(
      RasTable table,
      DescriptorWeight weight,
      double unanswered,
      double moderation,
      double contextVariety) {
    this(table, weight, unanswered, moderation, contextVariety, 0);
  }

  private AssessmentGenerator(
      RasTable table,
      DescriptorWeight weight,
      double unanswered,
      double moderation,
      double contextVariety,
      double v11) {
    this.table = Objects.requireNonNull(table, "table");
    this.weight = Objects.requireNonNull(weight, "weight");
    this.unansweredProbability = unanswered;
    this.moderationProbability = moderation;
    this.contextVariety = contextVariety;
    this.v11Probability = v11;
  }

  /**
   * Draws spec v1.1's fields too, each with the probability {@code p}: a moderation that sets the
   * figure, put among the others, and other funding from one or more of the sources the table lists
   * (sometimes more than the budget). They come from a random sequence of their own, so the rest of
   * the assessment is the one {@code p = 0} (the default) gives for the same seed.
   *
   * @param p the chance of each v1.1 field, 0 to 1
   * @return a new generator with this setting; this one is unchanged
   */
  public AssessmentGenerator withV11Fields(double p) {
    TableSettings.probability("v11Probability", p);
    return new AssessmentGenerator(
        table, weight, unansweredProbability, moderationProbability, contextVariety, p);
  }

  /**
   * A generator of assessments for {@code table}, with uniform answers and the defaults.
   *
   * @param table the table (one version) the assessments are answered against
   * @return the generator
   */
  public static AssessmentGenerator forTable(RasTable table) {
    return new AssessmentGenerator(table, (q, d, i) -> 1.0, 0.2, 0.2, 0.2);
  }

  /** {@return the table assessments are made for} */
  public RasTable table() {
    return table;
  }

  /**
   * Draws answers uniformly: every descriptor of a question equally likely (the default).
   *
   * @return a new generator with this setting; this one is unchanged
   */
  public AssessmentGenerator uniform() {
    return weightedBy((q, d, i) -> 1.0);
  }

  /**
   * Draws answers in proportion to a caller-given weight of each descriptor.
   *
   * @param weight the weight of each descriptor of each question
   * @return a new generator with this setting; this one is unchanged
   */
  public AssessmentGenerator weightedBy(DescriptorWeight weight) {
    return new AssessmentGenerator(
        table,
        weight,
        unansweredProbability,
        moderationProbability,
        contextVariety,
        v11Probability);
  }

  /**
   * Draws answers biased towards higher need: the descriptor at position {@code i} of a question
   * weighs {@code (1 + strength)^i}, so later descriptors in the table's order of need are favoured
   * ({@code strength} 0 is uniform). With a strength of 1 each level of need is twice as likely as
   * the one before it.
   *
   * @param strength how strongly higher need is favoured, finite and at least 0
   * @return a new generator with this setting; this one is unchanged
   */
  public AssessmentGenerator favouringHigherNeed(double strength) {
    if (!(strength >= 0) || Double.isInfinite(strength)) {
      throw new IllegalArgumentException("strength must be 0 or more, not " + strength);
    }
    return weightedBy((q, d, i) -> StrictMath.pow(1 + strength, i));
  }

  /**
   * The probability that an optional question is left unanswered, 0 to 1 (default 0.2).
   *
   * @param p the chance that an optional question is skipped
   * @return a new generator with this setting; this one is unchanged
   */
  public AssessmentGenerator withUnansweredProbability(double p) {
    TableSettings.probability("unansweredProbability", p);
    return new AssessmentGenerator(
        table, weight, p, moderationProbability, contextVariety, v11Probability);
  }

  /**
   * The probability that an assessment carries moderations, 0 to 1 (default 0.2).
   *
   * @param p the chance of moderations
   * @return a new generator with this setting; this one is unchanged
   */
  public AssessmentGenerator withModerationProbability(double p) {
    TableSettings.probability("moderationProbability", p);
    return new AssessmentGenerator(
        table, weight, unansweredProbability, p, contextVariety, v11Probability);
  }

  /**
   * The probability (0 to 1, default 0.2) that the client group, and separately the locality, is
   * left out, is one the table does not know ({@link #UNKNOWN_CLIENT_GROUP}, {@link
   * #UNKNOWN_LOCALITY}) or is {@code *} itself (one in three each), so the {@code *} fallback is
   * used. Only happens when the table has the {@code *} curve or factor; otherwise a listed one is
   * always drawn. A table whose only curve (or factor) is {@code *} always falls back.
   *
   * @param p the chance of falling back to {@code *}, for the client group and the locality each
   * @return a new generator with this setting; this one is unchanged
   */
  public AssessmentGenerator withFallbackContextProbability(double p) {
    TableSettings.probability("fallbackContextProbability", p);
    return new AssessmentGenerator(
        table, weight, unansweredProbability, moderationProbability, p, v11Probability);
  }

  /**
   * The assessment for {@code seed}: always the same for the same table, configuration and seed.
   *
   * @param seed the seed; the same seed gives the same assessment
   * @return a valid assessment for the table, with id {@code gen-<seed>}
   */
  public Assessment generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate date = date(r);
    Assessment.Builder b = Assessment.builder().id("gen-" + seed).date(date).table(table.id());
    String group =
        context(
            r,
            table.allocation().curves().stream().map(Curve::clientGroup).toList(),
            Curve.ANY_GROUP,
            UNKNOWN_CLIENT_GROUP);
    if (group != null) {
      b.clientGroup(group);
    }
    String locality =
        context(
            r,
            table.allocation().costFactors().stream().map(CostFactor::locality).toList(),
            CostFactor.ANY_LOCALITY,
            UNKNOWN_LOCALITY);
    if (locality != null) {
      b.locality(locality);
    }
    for (Question q : table.questions()) {
      if (!q.required() && r.nextDouble() < unansweredProbability) {
        continue;
      }
      b.answer(q.code(), answer(r, q));
    }
    if (r.nextDouble() < moderationProbability) {
      int n = 1 + r.nextInt(3);
      long scale = table.period() == Period.YEAR ? 52 : 1;
      for (int i = 0; i < n; i++) {
        String reason = Draws.pick(r, REASONS);
        String by = Draws.pick(r, BY);
        LocalDate when = date.plusDays(r.nextInt(31));
        if (r.nextBoolean()) {
          // −£300.00 to +£300.00 a week (or the annual equivalent), now and then a large cut
          long pennies = r.nextInt(10) == 0 ? -r.nextInt(100_001) : r.nextInt(60_001) - 30_000;
          b.moderation(
              Moderation.ofAmount(BigDecimal.valueOf(pennies * scale, 2), reason, by, when));
        } else {
          // −100% to +50% by 0.5
          b.moderation(
              Moderation.ofPercent(
                  BigDecimal.valueOf(r.nextInt(301) - 200, 1).multiply(BigDecimal.valueOf(5)),
                  reason,
                  by,
                  when));
        }
      }
    }
    if (v11Probability > 0) {
      v11(new SplittableRandom(seed ^ V11_SALT), b, date);
    }
    return b.build();
  }

  /** Mixed into the seed of the v1.1 fields' own random sequence. */
  private static final long V11_SALT = 0xA55E55L;

  /** Spec v1.1's fields from their own random sequence {@code r}. */
  private void v11(SplittableRandom r, Assessment.Builder b, LocalDate date) {
    long scale = table.period() == Period.YEAR ? 52 : 1;
    if (r.nextDouble() < v11Probability) {
      Assessment drawn = b.build();
      List<Moderation> ms = new ArrayList<>(drawn.moderations());
      // £0.00 to £600.00 a week (or the annual equivalent), now and then exactly 0
      long pennies = r.nextInt(8) == 0 ? 0 : r.nextInt(60_001);
      ms.add(
          r.nextInt(ms.size() + 1),
          Moderation.ofSet(
              BigDecimal.valueOf(pennies * scale, 2),
              "Resource Allocation Panel decision",
              "Resource Allocation Panel",
              date.plusDays(r.nextInt(31))));
      b.clearModerations();
      for (Moderation m : ms) {
        b.moderation(m);
      }
    }
    List<FundingSource> sources = table.otherFunding();
    if (!sources.isEmpty() && r.nextDouble() < v11Probability) {
      List<FundingSource> chosen = new ArrayList<>();
      for (FundingSource s : sources) {
        if (chosen.isEmpty() || r.nextBoolean()) {
          chosen.add(s);
        }
      }
      for (FundingSource s : chosen) {
        // £0.01 to £300.00 a week, now and then up to £3,000.00 (more than most budgets)
        long pennies = 1L + r.nextInt(r.nextInt(6) == 0 ? 300_000 : 30_000);
        b.otherFunding(s.id(), BigDecimal.valueOf(pennies * scale, 2));
      }
    }
  }

  /**
   * {@code n} assessments from one seed: the {@code i}-th is {@link #generate(long) generate(s)}
   * for the {@code i}-th {@code long} of {@code new SplittableRandom(seed)}, so any one of them can
   * be replayed alone from its id ({@code gen-<s>}).
   *
   * @param seed the seed of the seeds
   * @param n how many assessments, at least 0
   * @return the assessments, in the order of their seeds
   */
  public Stream<Assessment> stream(long seed, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, not " + n);
    }
    return seeds(seed, n).mapToObj(this::generate);
  }

  /**
   * The {@code n} seeds that {@link #stream(long, int)} uses for {@code seed}, in order.
   *
   * @param seed the seed of the seeds
   * @param n how many seeds
   * @return the seeds of the assessments
   */
  public static LongStream seeds(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = r.nextLong();
    }
    return LongStream.of(out);
  }

  // ---------------------------------------------------------------- helpers

  private LocalDate date(SplittableRandom r) {
    LocalDate from = table.effectiveFrom();
    LocalDate to = table.effectiveTo().orElse(from.plusYears(1));
    long days = ChronoUnit.DAYS.between(from, to);
    return from.plusDays(r.nextLong(days));
  }

  private String context(SplittableRandom r, List<String> listed, String any, String unknown) {
    List<String> named = new ArrayList<>();
    for (String s : listed) {
      if (!s.equals(any)) {
        named.add(s);
      }
    }
    boolean fallback = listed.contains(any);
    if (fallback && (named.isEmpty() || r.nextDouble() < contextVariety)) {
      return switch (r.nextInt(3)) {
        case 0 -> null;
        case 1 -> unknown;
        default -> any;
      };
    }
    return named.isEmpty() ? null : Draws.pick(r, named);
  }

  private Answer answer(SplittableRandom r, Question q) {
    List<Descriptor> ds = q.descriptors();
    double[] w = new double[ds.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weight.weight(q, ds.get(i), i);
      if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
        throw new IllegalArgumentException(
            "weight of descriptor "
                + ds.get(i).code()
                + " is "
                + w[i]
                + ", not a finite number"
                + " of 0 or more");
      }
    }
    if (q.select() == Select.ANY) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < w.length; i++) {
        if (r.nextDouble() * (1 + w[i]) < w[i]) {
          chosen.add(ds.get(i).code());
        }
      }
      return Answer.any(chosen);
    }
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "every descriptor of question " + q.code() + " weighs 0: none can be chosen");
    }
    double u = r.nextDouble() * sum;
    int last = 0;
    for (int i = 0; i < w.length; i++) {
      if (w[i] > 0) {
        last = i;
        if (u < w[i]) {
          return Answer.one(ds.get(i).code());
        }
        u -= w[i];
      }
    }
    return Answer.one(ds.get(last).code());
  }
}
