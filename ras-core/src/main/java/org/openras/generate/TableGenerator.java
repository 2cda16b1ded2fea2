package org.openras.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.openras.table.Adjustment;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Rounding;
import org.openras.table.Supplement;

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

  private static final List<BigDecimal> DEFAULT_INCREMENTS =
      List.of(
          dec("0.01"),
          dec("0.01"),
          dec("0.01"),
          dec("0.05"),
          dec("0.1"),
          dec("0.25"),
          dec("1"),
          dec("5"));
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  private final int minDomains;
  private final int maxDomains;
  private final int minQuestions;
  private final int maxQuestions;
  private final int minDescriptors;
  private final int maxDescriptors;
  private final double anyShare;
  private final double optionalShare;
  private final double capProbability;
  private final boolean weights;
  private final int maxAdjustments;
  private final int maxSupplements;
  private final int maxClientGroups;
  private final boolean fallbackCurve;
  private final int maxBands;
  private final int maxLocalities;
  private final boolean fallbackCostFactor;
  private final double floorProbability;
  private final double ceilingProbability;
  private final Set<Period> periods;
  private final List<BigDecimal> roundingIncrements;
  private final Set<RoundingMode> roundingModes;
  private final boolean monotoneCurves;
  private final boolean monotoneDescriptors;

  private TableGenerator(Settings s) {
    this.minDomains = s.minDomains;
    this.maxDomains = s.maxDomains;
    this.minQuestions = s.minQuestions;
    this.maxQuestions = s.maxQuestions;
    this.minDescriptors = s.minDescriptors;
    this.maxDescriptors = s.maxDescriptors;
    this.anyShare = s.anyShare;
    this.optionalShare = s.optionalShare;
    this.capProbability = s.capProbability;
    this.weights = s.weights;
    this.maxAdjustments = s.maxAdjustments;
    this.maxSupplements = s.maxSupplements;
    this.maxClientGroups = s.maxClientGroups;
    this.fallbackCurve = s.fallbackCurve;
    this.maxBands = s.maxBands;
    this.maxLocalities = s.maxLocalities;
    this.fallbackCostFactor = s.fallbackCostFactor;
    this.floorProbability = s.floorProbability;
    this.ceilingProbability = s.ceilingProbability;
    this.periods = Set.copyOf(s.periods);
    this.roundingIncrements = List.copyOf(s.roundingIncrements);
    this.roundingModes = Set.copyOf(s.roundingModes);
    this.monotoneCurves = s.monotoneCurves;
    this.monotoneDescriptors = s.monotoneDescriptors;
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
    return new TableGenerator(new Settings());
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
    range("domains", min, max, 1);
    return with(
        s -> {
          s.minDomains = min;
          s.maxDomains = max;
        });
  }

  /**
   * How many questions each domain has: from {@code min} to {@code max}, {@code min ≥ 1}.
   *
   * @param min the fewest questions in a domain, at least 1
   * @param max the most questions in a domain, at least {@code min}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withQuestionsPerDomain(int min, int max) {
    range("questions", min, max, 1);
    return with(
        s -> {
          s.minQuestions = min;
          s.maxQuestions = max;
        });
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
    range("descriptors", min, max, 1);
    if (max > 26) {
      throw new IllegalArgumentException("at most 26 descriptors a question, not " + max);
    }
    return with(
        s -> {
          s.minDescriptors = min;
          s.maxDescriptors = max;
        });
  }

  /**
   * The share of questions that are {@code ANY} ("choose all that apply"), 0 to 1.
   *
   * @param share the chance that a question is {@code ANY}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withAnyShare(double share) {
    probability("anyShare", share);
    return with(s -> s.anyShare = share);
  }

  /**
   * The share of questions that are optional (may be left unanswered), 0 to 1.
   *
   * @param share the chance that a question is optional
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withOptionalShare(double share) {
    probability("optionalShare", share);
    return with(s -> s.optionalShare = share);
  }

  /**
   * The probability that a domain has a points cap ({@code maxPoints}), and separately that an
   * {@code ANY} question has one; 0 to 1.
   *
   * @param p the chance of a cap
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withCapProbability(double p) {
    probability("capProbability", p);
    return with(s -> s.capProbability = p);
  }

  /**
   * Whether domains get random weights (0 to 2 by 0.25); when not, every weight is 1.
   *
   * @param weights true for random domain weights
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withWeights(boolean weights) {
    return with(s -> s.weights = weights);
  }

  /**
   * At most how many adjustments (carer support and the like) a table has; each table draws from 0
   * to {@code max}. Adjustments need a {@code ONE} question to be keyed to.
   *
   * @param max the most adjustments, at least 0
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxAdjustments(int max) {
    range("adjustments", 0, max, 0);
    return with(s -> s.maxAdjustments = max);
  }

  /**
   * At most how many supplements (fixed sums for given answers) a table has.
   *
   * @param max the most supplements, at least 0
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxSupplements(int max) {
    range("supplements", 0, max, 0);
    return with(s -> s.maxSupplements = max);
  }

  /**
   * At most how many named client groups (from {@link #CLIENT_GROUPS}) have their own curve,
   * besides the {@code *} curve.
   *
   * @param max the most named client groups, from 0 to the size of {@link #CLIENT_GROUPS}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxClientGroups(int max) {
    range("client groups", 0, max, 0);
    if (max > CLIENT_GROUPS.size()) {
      throw new IllegalArgumentException("at most " + CLIENT_GROUPS.size() + " client groups");
    }
    return with(s -> s.maxClientGroups = max);
  }

  /**
   * Whether every table has the fallback {@code *} curve (default). Without it, a table has at
   * least one named client group and an assessment must name one of them.
   *
   * @param fallback false for tables without the {@code *} curve
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFallbackCurve(boolean fallback) {
    return with(s -> s.fallbackCurve = fallback);
  }

  /**
   * At most how many bands each curve has (at least 1).
   *
   * @param max the most bands of a curve, at least 1
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxBands(int max) {
    range("bands", 1, max, 1);
    return with(s -> s.maxBands = max);
  }

  /**
   * At most how many named localities (from {@link #LOCALITIES}) have their own cost factor,
   * besides {@code *}.
   *
   * @param max the most named localities, from 0 to the size of {@link #LOCALITIES}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxLocalities(int max) {
    range("localities", 0, max, 0);
    if (max > LOCALITIES.size()) {
      throw new IllegalArgumentException("at most " + LOCALITIES.size() + " localities");
    }
    return with(s -> s.maxLocalities = max);
  }

  /**
   * Whether every table has the fallback {@code *} cost factor (default). Without it, a table has
   * at least one named locality and an assessment must name one of them.
   *
   * @param fallback false for tables without the {@code *} cost factor
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFallbackCostFactor(boolean fallback) {
    return with(s -> s.fallbackCostFactor = fallback);
  }

  /**
   * The probability that a table sets a floor (least budget), 0 to 1.
   *
   * @param p the chance of a floor
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFloorProbability(double p) {
    probability("floorProbability", p);
    return with(s -> s.floorProbability = p);
  }

  /**
   * The probability that a table sets a ceiling (greatest budget), 0 to 1.
   *
   * @param p the chance of a ceiling
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withCeilingProbability(double p) {
    probability("ceilingProbability", p);
    return with(s -> s.ceilingProbability = p);
  }

  /**
   * The periods a table's money may be in, at least one; each table draws one.
   *
   * @param periods {@code WEEK}, {@code YEAR} or both
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withPeriods(Period... periods) {
    if (periods.length == 0) {
      throw new IllegalArgumentException("at least one period");
    }
    EnumSet<Period> set = EnumSet.noneOf(Period.class);
    for (Period p : periods) {
      set.add(Objects.requireNonNull(p));
    }
    return with(s -> s.periods = set);
  }

  /**
   * The rounding increments a table may use, each greater than 0; each table draws one (a value
   * listed twice is twice as likely).
   *
   * @param increments the increments to draw from, such as 0.01 and 1
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withRoundingIncrements(BigDecimal... increments) {
    if (increments.length == 0) {
      throw new IllegalArgumentException("at least one rounding increment");
    }
    for (BigDecimal i : increments) {
      if (i.signum() <= 0) {
        throw new IllegalArgumentException("rounding increment " + i + " is not above 0");
      }
    }
    return with(s -> s.roundingIncrements = List.of(increments));
  }

  /**
   * The rounding modes a table may use, each one of {@link Rounding#ALLOWED_MODES}.
   *
   * @param modes the modes to draw from
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withRoundingModes(RoundingMode... modes) {
    if (modes.length == 0) {
      throw new IllegalArgumentException("at least one rounding mode");
    }
    for (RoundingMode m : modes) {
      if (!Rounding.ALLOWED_MODES.contains(m)) {
        throw new IllegalArgumentException("rounding mode " + m + " is not allowed in a table");
      }
    }
    return with(s -> s.roundingModes = EnumSet.copyOf(List.of(modes)));
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
    return with(s -> s.monotoneCurves = monotone);
  }

  /**
   * Whether descriptor points are guaranteed non-decreasing along each question's listed order (the
   * order of increasing need). Off by default.
   *
   * @param monotone true for points that never fall as need rises
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMonotoneDescriptors(boolean monotone) {
    return with(s -> s.monotoneDescriptors = monotone);
  }

  /** {@return whether curves are generated never to fall; see {@link #withMonotoneCurves}} */
  public boolean monotoneCurves() {
    return monotoneCurves;
  }

  /** {@return whether descriptor points never fall along the listed order} */
  public boolean monotoneDescriptors() {
    return monotoneDescriptors;
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
    SplittableRandom r = new SplittableRandom(seed);
    RasTable.Builder t =
        RasTable.builder()
            .id("gen-" + seed)
            .name("Generated RAS table (seed " + seed + ")")
            .version("gen." + (1 + r.nextInt(9)));
    LocalDate start = EPOCH.plusDays(r.nextInt(3650));
    t.effectiveFrom(start);
    if (r.nextInt(4) != 0) {
      t.effectiveTo(start.plusDays(30 + r.nextInt(700)));
    }
    Period period = pick(r, List.copyOf(EnumSet.copyOf(periods)));
    t.period(period);
    t.weeksPerYear(r.nextInt(5) == 0 ? dec("52.18") : BigDecimal.valueOf(52));
    if (r.nextBoolean()) {
      t.reference("Generated for tests, seed " + seed);
    }
    // money scale: annual tables pay about 52 times as much per figure
    long scale = period == Period.YEAR ? 52 : 1;

    // ---- domains, questions, descriptors
    boolean halfPoints = r.nextBoolean();
    int domainCount = between(r, minDomains, maxDomains);
    List<Question> oneQuestions = new ArrayList<>();
    List<Question> allQuestions = new ArrayList<>();
    List<String> domainCodes = new ArrayList<>();
    BigDecimal maxTotal = BigDecimal.ZERO;
    int q = 0;
    for (int d = 1; d <= domainCount; d++) {
      String code = "D" + d;
      domainCodes.add(code);
      Domain.Builder db = Domain.builder(code, "Generated domain " + d);
      BigDecimal weight = weights ? BigDecimal.valueOf(r.nextInt(9)).multiply(dec("0.25")) : null;
      if (weight != null) {
        db.weight(weight);
      }
      if (r.nextInt(5) == 0) {
        db.reference("Generated policy, paragraph " + d);
      }
      BigDecimal domainMax = BigDecimal.ZERO;
      int questionCount = between(r, minQuestions, maxQuestions);
      for (int i = 0; i < questionCount; i++) {
        q++;
        boolean any = r.nextDouble() < anyShare;
        Question.Builder qb =
            any
                ? Question.any("Q" + q, "Which of these apply to you (question " + q + ")?")
                : Question.one("Q" + q, "How much support do you need (question " + q + ")?");
        qb.required(!(r.nextDouble() < optionalShare));
        int n = between(r, minDescriptors, maxDescriptors);
        List<BigDecimal> points = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
          points.add(
              halfPoints
                  ? BigDecimal.valueOf(r.nextInt(61)).multiply(dec("0.5"))
                  : BigDecimal.valueOf(r.nextInt(31)));
        }
        if (monotoneDescriptors) {
          points.sort(null);
        }
        BigDecimal questionMax = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
          char letter = (char) ('A' + k);
          qb.descriptor(
              Descriptor.of(
                  q + "" + letter,
                  "Descriptor " + q + letter + " (level " + (k + 1) + " of need)",
                  points.get(k)));
          questionMax = any ? questionMax.add(points.get(k)) : questionMax.max(points.get(k));
        }
        if (any && r.nextDouble() < capProbability) {
          BigDecimal cap = BigDecimal.valueOf(r.nextInt(questionMax.intValue() + 2));
          qb.maxPoints(cap);
          questionMax = questionMax.min(cap);
        }
        if (r.nextInt(8) == 0) {
          qb.reference("Generated guidance, question " + q);
        }
        Question built = qb.build();
        db.question(built);
        allQuestions.add(built);
        if (!any) {
          oneQuestions.add(built);
        }
        domainMax = domainMax.add(questionMax);
      }
      if (r.nextDouble() < capProbability) {
        BigDecimal cap = BigDecimal.valueOf(r.nextInt(domainMax.intValue() + 2));
        db.maxPoints(cap);
        domainMax = domainMax.min(cap);
      }
      maxTotal = maxTotal.add(domainMax.multiply(weight == null ? BigDecimal.ONE : weight));
      t.domain(db);
    }

    // ---- adjustments, keyed to ONE questions
    int adjustments = oneQuestions.isEmpty() ? 0 : r.nextInt(maxAdjustments + 1);
    for (int i = 1; i <= adjustments; i++) {
      Question key = pick(r, oneQuestions);
      Adjustment.Builder ab = Adjustment.builder("adj-" + i, key.code());
      if (r.nextBoolean()) {
        ab.name("Generated adjustment " + i);
      }
      for (Descriptor x : key.descriptors()) {
        if (r.nextInt(3) != 0) {
          ab.percent(x.code(), r.nextInt(10) == 0 ? -100 : 5L * (r.nextInt(31) - 20));
        }
      }
      if (r.nextBoolean()) {
        List<String> some = new ArrayList<>();
        for (String dc : domainCodes) {
          if (r.nextBoolean()) {
            some.add(dc);
          }
        }
        ab.domains(some.toArray(String[]::new));
      }
      if (r.nextInt(3) == 0) {
        ab.reference("Generated decision " + i);
      }
      t.adjustment(ab);
    }

    // ---- curves
    List<String> groups = new ArrayList<>();
    if (fallbackCurve) {
      groups.add(Curve.ANY_GROUP);
    }
    int named = r.nextInt(maxClientGroups + 1);
    if (!fallbackCurve && named == 0) {
      named = 1;
    }
    groups.addAll(sample(r, CLIENT_GROUPS, named));
    BigDecimal span = maxTotal.max(BigDecimal.ONE);
    BigDecimal lowestTop = null;
    BigDecimal highestTop = BigDecimal.ZERO;
    for (String group : groups) {
      Curve.Builder cb = Curve.builder(group);
      int bands = 1 + r.nextInt(maxBands);
      BigDecimal from = BigDecimal.ZERO;
      BigDecimal prevAmount = BigDecimal.ZERO;
      BigDecimal prevPerPoint = BigDecimal.ZERO;
      BigDecimal prevFrom = BigDecimal.ZERO;
      for (int b = 0; b < bands; b++) {
        if (b > 0) {
          // the next band starts a little further along the reachable points
          BigDecimal step =
              span.multiply(BigDecimal.valueOf(1 + r.nextInt(40)))
                  .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                  .max(BigDecimal.ONE);
          if (r.nextInt(4) == 0) {
            step = step.add(dec("0.5"));
          }
          from = from.add(step);
        }
        BigDecimal perPoint =
            BigDecimal.valueOf(r.nextInt(r.nextInt(6) == 0 ? 1 : 801), 2)
                .multiply(BigDecimal.valueOf(scale));
        BigDecimal amount;
        if (b == 0) {
          amount =
              BigDecimal.valueOf(r.nextInt(3) == 0 ? 0 : r.nextInt(5001), 2)
                  .multiply(BigDecimal.valueOf(scale));
        } else if (monotoneCurves) {
          // at least what the band before pays just below this band's start
          BigDecimal end = prevAmount.add(from.subtract(prevFrom).multiply(prevPerPoint));
          BigDecimal jump =
              r.nextInt(3) == 0
                  ? BigDecimal.ZERO
                  : BigDecimal.valueOf(r.nextInt(5001), 2).multiply(BigDecimal.valueOf(scale));
          amount = end.add(jump).setScale(2, RoundingMode.CEILING);
        } else {
          amount = BigDecimal.valueOf(r.nextInt(60001), 2).multiply(BigDecimal.valueOf(scale));
        }
        cb.band(bandLabel(b), from, amount, perPoint);
        prevAmount = amount;
        prevPerPoint = perPoint;
        prevFrom = from;
      }
      BigDecimal top =
          prevAmount.add(maxTotal.subtract(prevFrom).max(BigDecimal.ZERO).multiply(prevPerPoint));
      lowestTop = lowestTop == null ? top : lowestTop.min(top);
      highestTop = highestTop.max(top);
      if (r.nextInt(4) == 0) {
        cb.reference("Generated curve for " + group);
      }
      t.curve(cb);
    }

    // ---- supplements
    int supplements = r.nextInt(maxSupplements + 1);
    for (int i = 1; i <= supplements; i++) {
      Question key = pick(r, allQuestions);
      Supplement.Builder sb = Supplement.builder("sup-" + i, key.code());
      if (r.nextBoolean()) {
        sb.name("Generated supplement " + i);
      }
      for (Descriptor x : key.descriptors()) {
        if (r.nextInt(3) == 0) {
          sb.amount(
              x.code(),
              BigDecimal.valueOf(r.nextInt(40001), 2).multiply(BigDecimal.valueOf(scale)));
        }
      }
      if (r.nextInt(3) == 0) {
        sb.reference("Generated cabinet decision " + i);
      }
      t.supplement(sb);
    }

    // ---- cost factors
    int places = r.nextInt(maxLocalities + 1);
    if (!fallbackCostFactor && places == 0) {
      places = 1;
    }
    if (fallbackCostFactor) {
      t.costFactor("*", r.nextInt(3) == 0 ? factor(r) : BigDecimal.ONE);
    }
    for (String place : sample(r, LOCALITIES, places)) {
      t.costFactor(place, factor(r));
    }

    // ---- floor and ceiling, where the budgets of the table often meet them
    BigDecimal floor = null;
    if (r.nextDouble() < floorProbability) {
      BigDecimal low = lowestTop.min(BigDecimal.valueOf(200 * scale));
      floor = fraction(r, low);
      t.floor(floor);
    }
    if (r.nextDouble() < ceilingProbability) {
      BigDecimal high = highestTop.max(BigDecimal.ONE);
      BigDecimal ceiling = fraction(r, high.multiply(dec("1.3")));
      if (floor != null && ceiling.compareTo(floor) < 0) {
        ceiling = floor.add(fraction(r, BigDecimal.valueOf(100 * scale)));
      }
      t.ceiling(ceiling);
    }

    // ---- rounding and moderation
    t.rounding(pick(r, roundingIncrements), pick(r, List.copyOf(EnumSet.copyOf(roundingModes))));
    if (r.nextBoolean()) {
      t.tolerancePercent(BigDecimal.valueOf(r.nextInt(51), 1).multiply(BigDecimal.valueOf(5)));
    }
    return t.build();
  }

  // ---------------------------------------------------------------- helpers

  /** A money figure from 0 to {@code max}, with 0, 2 or 3 decimals (3 to test rounding). */
  private static BigDecimal fraction(SplittableRandom r, BigDecimal max) {
    int decimals =
        switch (r.nextInt(4)) {
          case 0 -> 0;
          case 1 -> 3;
          default -> 2;
        };
    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
    long steps = max.divide(unit, 0, RoundingMode.FLOOR).longValue();
    long k = steps <= 0 ? 0 : r.nextLong(steps + 1);
    return BigDecimal.valueOf(k, decimals);
  }

  private static BigDecimal factor(SplittableRandom r) {
    return BigDecimal.valueOf(90 + r.nextInt(31), 2);
  }

  private static String bandLabel(int b) {
    return b < 26 ? String.valueOf((char) ('A' + b)) : "B" + b;
  }

  private static int between(SplittableRandom r, int min, int max) {
    return min + r.nextInt(max - min + 1);
  }

  static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** {@code n} distinct items of {@code from}, in the order of {@code from}. */
  static <T> List<T> sample(SplittableRandom r, List<T> from, int n) {
    List<T> pool = new ArrayList<>(from);
    List<Integer> chosen = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      indices.add(i);
    }
    for (int i = 0; i < n && !indices.isEmpty(); i++) {
      chosen.add(indices.remove(r.nextInt(indices.size())));
    }
    chosen.sort(null);
    List<T> out = new ArrayList<>();
    for (int i : chosen) {
      out.add(pool.get(i));
    }
    return out;
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static void range(String what, int min, int max, int least) {
    if (min < least || max < min) {
      throw new IllegalArgumentException(
          "bad range of " + what + ": " + min + " to " + max + " (the least is " + least + ")");
    }
  }

  private static void probability(String what, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(what + " must be between 0 and 1, not " + p);
    }
  }

  private TableGenerator with(java.util.function.Consumer<Settings> change) {
    Settings s = new Settings(this);
    change.accept(s);
    return new TableGenerator(s);
  }

  /** The mutable twin of the configuration, used only while deriving a changed generator. */
  private static final class Settings {
    int minDomains = 1;
    int maxDomains = 4;
    int minQuestions = 1;
    int maxQuestions = 3;
    int minDescriptors = 1;
    int maxDescriptors = 5;
    double anyShare = 0.2;
    double optionalShare = 0.2;
    double capProbability = 0.3;
    boolean weights = true;
    int maxAdjustments = 2;
    int maxSupplements = 2;
    int maxClientGroups = 2;
    boolean fallbackCurve = true;
    int maxBands = 4;
    int maxLocalities = 2;
    boolean fallbackCostFactor = true;
    double floorProbability = 0.5;
    double ceilingProbability = 0.5;
    Set<Period> periods = EnumSet.allOf(Period.class);
    List<BigDecimal> roundingIncrements = DEFAULT_INCREMENTS;
    Set<RoundingMode> roundingModes = EnumSet.copyOf(Rounding.ALLOWED_MODES);
    boolean monotoneCurves = false;
    boolean monotoneDescriptors = false;

    Settings() {}

    Settings(TableGenerator g) {
      minDomains = g.minDomains;
      maxDomains = g.maxDomains;
      minQuestions = g.minQuestions;
      maxQuestions = g.maxQuestions;
      minDescriptors = g.minDescriptors;
      maxDescriptors = g.maxDescriptors;
      anyShare = g.anyShare;
      optionalShare = g.optionalShare;
      capProbability = g.capProbability;
      weights = g.weights;
      maxAdjustments = g.maxAdjustments;
      maxSupplements = g.maxSupplements;
      maxClientGroups = g.maxClientGroups;
      fallbackCurve = g.fallbackCurve;
      maxBands = g.maxBands;
      maxLocalities = g.maxLocalities;
      fallbackCostFactor = g.fallbackCostFactor;
      floorProbability = g.floorProbability;
      ceilingProbability = g.ceilingProbability;
      periods = g.periods;
      roundingIncrements = g.roundingIncrements;
      roundingModes = g.roundingModes;
      monotoneCurves = g.monotoneCurves;
      monotoneDescriptors = g.monotoneDescriptors;
    }
  }
}
