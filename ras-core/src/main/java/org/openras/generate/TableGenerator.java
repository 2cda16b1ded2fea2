package org.openras.generate;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.openras.generate.AllocationDraw.Limits;
import org.openras.generate.AllocationDraw.Tops;
import org.openras.generate.QuestionnaireDraw.Drawn;
import org.openras.generate.TableSettings.Range;
import org.openras.table.Curve;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Rounding;

/**
 * Makes random but always valid RAS tables, reproducibly from a seed, for testing code that
 * computes with, checks, stores or shows RAS tables.
 *
 * <p>A {@code TableGenerator} is an immutable configuration: every {@code with…} method returns a
 * new generator and leaves this one unchanged, so one configured generator can be shared freely
 * between tests and threads. {@link #generate(long)} builds a table from a seed: the same
 * configuration and the same seed give the same table (equal {@link RasTable#canonicalForm()
 * canonical form} and fingerprint) on every machine and every run, so a failing seed can always be
 * replayed. The table id is {@code gen-<seed>}, so every table says which seed made it.
 *
 * <p>Every generated table passes the table validator (spec §2). The figures are the kind of
 * numbers councils publish: points from 0 to 30 in whole or half points, domain weights from 0 to 2
 * in quarters, money with at most two decimals, cost factors from 0.90 to 1.20 by 0.01, adjustment
 * percents from −100 to +50 in steps of 5. What is generated:
 *
 * <ul>
 *   <li>domains {@code D1…}, each with questions (codes {@code Q1…} through the table) whose
 *       descriptors are coded {@code 1A, 1B…} as councils code them;
 *   <li>{@code ANY} ("choose all that apply") questions, optional questions, caps on domains and on
 *       {@code ANY} questions;
 *   <li>adjustments keyed to {@code ONE} questions, supplements keyed to any question;
 *   <li>a fallback {@code *} curve (unless disabled) and curves of named client groups, each with
 *       one or more bands;
 *   <li>a fallback {@code *} cost factor (unless disabled) and factors of named localities;
 *   <li>optional floor and ceiling, the period ({@code WEEK} or {@code YEAR}), weeks per year,
 *       rounding increment and mode, and the moderation tolerance.
 * </ul>
 *
 * <p>The settings are one record, {@code TableSettings}; each part of the table is drawn by a class
 * of its own, in a fixed order from one random sequence: the questionnaire ({@code
 * QuestionnaireDraw}), the adjustments and supplements ({@code RuleDraw}), the curves, cost
 * factors, limits and rounding ({@code AllocationDraw}), and spec v1.1's fields from a sequence of
 * their own ({@code V11Draw}).
 *
 * <p>Example:
 *
 * <pre>{@code
 * TableGenerator gen = TableGenerator.defaults().withMonotoneCurves(true).withDomains(2, 5);
 * RasTable table = gen.generate(42L);   // always the same table for 42
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TableGenerator {
  /** The client groups that generated curves are drawn from, besides {@code *}. */
  public static final List<String> CLIENT_GROUPS =
      List.of(
          "older-people", "learning-disability", "physical-disability", "mental-health", "autism");

  /** The localities that generated cost factors are drawn from, besides {@code *}. */
  public static final List<String> LOCALITIES =
      List.of("inner", "outer", "north", "south", "rural");

  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  private final TableSettings settings;

  private TableGenerator(TableSettings settings) {
    this.settings = settings;
  }

  /**
   * The default configuration: 1–4 domains of 1–3 questions of 1–5 descriptors, 20% {@code ANY}
   * questions, 20% optional questions, caps with probability 0.3, random weights, up to 2
   * adjustments, 2 supplements, 2 named client groups (plus {@code *}), bands 1–4 per curve, 2
   * named localities (plus {@code *}), floor and ceiling each with probability 0.5, both periods,
   * every rounding mode, and curves and descriptor points that may fall.
   *
   * @return the default generator
   */
  public static TableGenerator defaults() {
    return new TableGenerator(TableSettings.DEFAULTS);
  }

  // ---------------------------------------------------------------- configuration

  /**
   * How many domains a table has: from {@code min} to {@code max} inclusive, {@code min ≥ 1}.
   *
   * @param min the fewest domains, at least 1
   * @param max the most domains, at least {@code min}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withDomains(int min, int max) {
    return with(b -> b.domains = new Range(min, max));
  }

  /**
   * How many questions each domain has: from {@code min} to {@code max}, {@code min ≥ 1}.
   *
   * @param min the fewest questions in a domain, at least 1
   * @param max the most questions in a domain, at least {@code min}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withQuestionsPerDomain(int min, int max) {
    return with(b -> b.questions = new Range(min, max));
  }

  /**
   * How many descriptors (possible answers) each question has: from {@code min} to {@code max},
   * between 1 and 26 (descriptors are lettered A to Z).
   *
   * @param min the fewest descriptors of a question, at least 1
   * @param max the most descriptors of a question, from {@code min} to 26
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withDescriptorsPerQuestion(int min, int max) {
    return with(b -> b.descriptors = new Range(min, max));
  }

  /**
   * The share of questions that are {@code ANY} ("choose all that apply"), 0 to 1.
   *
   * @param share the chance that a question is {@code ANY}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withAnyShare(double share) {
    return with(b -> b.anyShare = share);
  }

  /**
   * The share of questions that are optional (may be left unanswered), 0 to 1.
   *
   * @param share the chance that a question is optional
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withOptionalShare(double share) {
    return with(b -> b.optionalShare = share);
  }

  /**
   * The probability that a domain has a points cap ({@code maxPoints}), and separately that an
   * {@code ANY} question has one; 0 to 1.
   *
   * @param p the chance of a cap
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withCapProbability(double p) {
    return with(b -> b.capProbability = p);
  }

  /**
   * Whether domains get random weights (0 to 2 by 0.25); when not, every weight is 1.
   *
   * @param weights true for random domain weights
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withWeights(boolean weights) {
    return with(b -> b.weights = weights);
  }

  /**
   * At most how many adjustments (carer support and the like) a table has; each table draws from 0
   * to {@code max}. Adjustments need a {@code ONE} question to be keyed to.
   *
   * @param max the most adjustments, at least 0
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxAdjustments(int max) {
    return with(b -> b.maxAdjustments = max);
  }

  /**
   * At most how many supplements (fixed sums for given answers) a table has.
   *
   * @param max the most supplements, at least 0
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxSupplements(int max) {
    return with(b -> b.maxSupplements = max);
  }

  /**
   * At most how many named client groups (from {@link #CLIENT_GROUPS}) have their own curve,
   * besides the {@code *} curve.
   *
   * @param max the most named client groups, from 0 to the size of {@link #CLIENT_GROUPS}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxClientGroups(int max) {
    return with(b -> b.maxClientGroups = max);
  }

  /**
   * Whether every table has the fallback {@code *} curve (default). Without it, a table has at
   * least one named client group and an assessment must name one of them.
   *
   * @param fallback false for tables without the {@code *} curve
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFallbackCurve(boolean fallback) {
    return with(b -> b.fallbackCurve = fallback);
  }

  /**
   * At most how many bands each curve has (at least 1).
   *
   * @param max the most bands of a curve, at least 1
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxBands(int max) {
    return with(b -> b.maxBands = max);
  }

  /**
   * At most how many named localities (from {@link #LOCALITIES}) have their own cost factor,
   * besides {@code *}.
   *
   * @param max the most named localities, from 0 to the size of {@link #LOCALITIES}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxLocalities(int max) {
    return with(b -> b.maxLocalities = max);
  }

  /**
   * Whether every table has the fallback {@code *} cost factor (default). Without it, a table has
   * at least one named locality and an assessment must name one of them.
   *
   * @param fallback false for tables without the {@code *} cost factor
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFallbackCostFactor(boolean fallback) {
    return with(b -> b.fallbackCostFactor = fallback);
  }

  /**
   * The probability that a table sets a floor (least budget), 0 to 1.
   *
   * @param p the chance of a floor
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFloorProbability(double p) {
    return with(b -> b.floorProbability = p);
  }

  /**
   * The probability that a table sets a ceiling (greatest budget), 0 to 1.
   *
   * @param p the chance of a ceiling
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withCeilingProbability(double p) {
    return with(b -> b.ceilingProbability = p);
  }

  /**
   * The periods a table's money may be in, at least one; each table draws one.
   *
   * @param periods {@code WEEK}, {@code YEAR} or both
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withPeriods(Period... periods) {
    return with(b -> b.periods = ImmutableSet.copyOf(periods));
  }

  /**
   * The rounding increments a table may use, each greater than 0; each table draws one (a value
   * listed twice is twice as likely).
   *
   * @param increments the increments to draw from, such as 0.01 and 1
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withRoundingIncrements(BigDecimal... increments) {
    return with(b -> b.roundingIncrements = List.of(increments));
  }

  /**
   * The rounding modes a table may use, each one of {@link Rounding#ALLOWED_MODES}.
   *
   * @param modes the modes to draw from
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withRoundingModes(RoundingMode... modes) {
    return with(b -> b.roundingModes = ImmutableSet.copyOf(modes));
  }

  /**
   * Whether every curve is guaranteed never to pay less for more points: within each band (its
   * {@code perPoint} is never negative anyway) and at every band boundary, where the next band's
   * {@code amount} is at least what the band before pays just below it. Off by default, so that
   * generated tables also include the falling curves the table checks must find.
   *
   * @param monotone true for curves that never pay less for more points
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMonotoneCurves(boolean monotone) {
    return with(b -> b.monotoneCurves = monotone);
  }

  /**
   * Whether descriptor points are guaranteed non-decreasing along each question's listed order (the
   * order of increasing need). Off by default.
   *
   * @param monotone true for points that never fall as need rises
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMonotoneDescriptors(boolean monotone) {
    return with(b -> b.monotoneDescriptors = monotone);
  }

  /**
   * Draws spec v1.1's fields too, each with the probability {@code p}: the last band of a curve
   * decided by the council's panel, a curve with its own floor or ceiling (or both), an allocation
   * in hours (with a price or not), one to three other sources of funding, a review route. They
   * come from a random sequence of their own, so the rest of the table is the one {@code p = 0}
   * (the default: a v1 table) gives for the same seed.
   *
   * @param p the chance of each v1.1 field, 0 to 1
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withV11Fields(double p) {
    return with(b -> b.v11 = new TableSettings.V11(p, p, p, p > 0 ? 3 : 0, p));
  }

  /** {@return whether curves are generated never to fall; see {@link #withMonotoneCurves}} */
  public boolean monotoneCurves() {
    return settings.curves().monotone();
  }

  /** {@return whether descriptor points never fall along the listed order} */
  public boolean monotoneDescriptors() {
    return settings.questionnaire().monotoneDescriptors();
  }

  /** The generator of these settings changed by {@code change}; the change is checked here. */
  private TableGenerator with(Consumer<TableSettings.Builder> change) {
    TableSettings.Builder b = settings.toBuilder();
    change.accept(b);
    return new TableGenerator(b.build());
  }

  // ---------------------------------------------------------------- generation

  /**
   * The table for {@code seed}: always the same table for the same configuration and seed. Its id
   * is {@code gen-<seed>}.
   *
   * @param seed the seed; the same seed gives the same table
   * @return a valid table, with id {@code gen-<seed>}
   */
  public RasTable generate(long seed) {
    // every part draws from one random sequence, in this order: the order is part of the output
    SplittableRandom r = new SplittableRandom(seed);
    RasTable.Builder t =
        RasTable.builder()
            .id("gen-" + seed)
            .name("Generated RAS table (seed " + seed + ")")
            .version("gen." + (1 + r.nextInt(9)));
    Period period = header(r, t, seed);
    // money scale: annual tables pay about 52 times as much per figure
    long scale = period == Period.YEAR ? 52 : 1;
    Drawn questions = new QuestionnaireDraw(settings.questionnaire(), r).draw(t);
    RuleDraw rules = new RuleDraw(settings.rules(), r, scale);
    rules.adjustments(t, questions);
    AllocationDraw allocation = new AllocationDraw(settings, r, scale);
    List<Curve.Builder> curves = new ArrayList<>();
    Tops tops = allocation.curves(curves, questions.maxTotal());
    rules.supplements(t, questions.all());
    allocation.costFactors(t);
    Limits limits = allocation.floorAndCeiling(t, tops);
    allocation.roundingAndModeration(t);
    if (settings.v11().any()) {
      new V11Draw(settings.v11(), seed, scale).draw(t, curves, limits);
    }
    for (Curve.Builder cb : curves) {
      t.curve(cb);
    }
    return t.build();
  }

  /** Draws the dates, the period, weeks per year and the reference; returns the period. */
  private Period header(SplittableRandom r, RasTable.Builder t, long seed) {
    LocalDate start = EPOCH.plusDays(r.nextInt(3650));
    t.effectiveFrom(start);
    if (r.nextInt(4) != 0) {
      t.effectiveTo(start.plusDays(30 + r.nextInt(700)));
    }
    Period period = Draws.pick(r, List.copyOf(settings.money().periods()));
    t.period(period);
    t.weeksPerYear(r.nextInt(5) == 0 ? new BigDecimal("52.18") : BigDecimal.valueOf(52));
    if (r.nextBoolean()) {
      t.reference("Generated for tests, seed " + seed);
    }
    return period;
  }
}
