package org.openras.generate;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.openras.generate.TableSettings.CostFactors;
import org.openras.generate.TableSettings.Curves;
import org.openras.generate.TableSettings.Money;
import org.openras.generate.TableSettings.Questionnaire;
import org.openras.generate.TableSettings.Range;
import org.openras.generate.TableSettings.Rules;
import org.openras.table.Adjustment;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Review;
import org.openras.table.Rounding;
import org.openras.table.Select;
import org.openras.table.Supplement;
import org.openras.table.Unit;

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
    Questionnaire q = settings.questionnaire();
    return with(
        new Questionnaire(
            new Range(min, max),
            q.questions(),
            q.descriptors(),
            q.anyShare(),
            q.optionalShare(),
            q.capProbability(),
            q.weights(),
            q.monotoneDescriptors()));
  }

  /**
   * How many questions each domain has: from {@code min} to {@code max}, {@code min ≥ 1}.
   *
   * @param min the fewest questions in a domain, at least 1
   * @param max the most questions in a domain, at least {@code min}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withQuestionsPerDomain(int min, int max) {
    Questionnaire q = settings.questionnaire();
    return with(
        new Questionnaire(
            q.domains(),
            new Range(min, max),
            q.descriptors(),
            q.anyShare(),
            q.optionalShare(),
            q.capProbability(),
            q.weights(),
            q.monotoneDescriptors()));
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
    Questionnaire q = settings.questionnaire();
    return with(
        new Questionnaire(
            q.domains(),
            q.questions(),
            new Range(min, max),
            q.anyShare(),
            q.optionalShare(),
            q.capProbability(),
            q.weights(),
            q.monotoneDescriptors()));
  }

  /**
   * The share of questions that are {@code ANY} ("choose all that apply"), 0 to 1.
   *
   * @param share the chance that a question is {@code ANY}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withAnyShare(double share) {
    Questionnaire q = settings.questionnaire();
    return with(
        new Questionnaire(
            q.domains(),
            q.questions(),
            q.descriptors(),
            share,
            q.optionalShare(),
            q.capProbability(),
            q.weights(),
            q.monotoneDescriptors()));
  }

  /**
   * The share of questions that are optional (may be left unanswered), 0 to 1.
   *
   * @param share the chance that a question is optional
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withOptionalShare(double share) {
    Questionnaire q = settings.questionnaire();
    return with(
        new Questionnaire(
            q.domains(),
            q.questions(),
            q.descriptors(),
            q.anyShare(),
            share,
            q.capProbability(),
            q.weights(),
            q.monotoneDescriptors()));
  }

  /**
   * The probability that a domain has a points cap ({@code maxPoints}), and separately that an
   * {@code ANY} question has one; 0 to 1.
   *
   * @param p the chance of a cap
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withCapProbability(double p) {
    Questionnaire q = settings.questionnaire();
    return with(
        new Questionnaire(
            q.domains(),
            q.questions(),
            q.descriptors(),
            q.anyShare(),
            q.optionalShare(),
            p,
            q.weights(),
            q.monotoneDescriptors()));
  }

  /**
   * Whether domains get random weights (0 to 2 by 0.25); when not, every weight is 1.
   *
   * @param weights true for random domain weights
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withWeights(boolean weights) {
    Questionnaire q = settings.questionnaire();
    return with(
        new Questionnaire(
            q.domains(),
            q.questions(),
            q.descriptors(),
            q.anyShare(),
            q.optionalShare(),
            q.capProbability(),
            weights,
            q.monotoneDescriptors()));
  }

  /**
   * At most how many adjustments (carer support and the like) a table has; each table draws from 0
   * to {@code max}. Adjustments need a {@code ONE} question to be keyed to.
   *
   * @param max the most adjustments, at least 0
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxAdjustments(int max) {
    Rules x = settings.rules();
    return with(new Rules(max, x.maxSupplements()));
  }

  /**
   * At most how many supplements (fixed sums for given answers) a table has.
   *
   * @param max the most supplements, at least 0
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxSupplements(int max) {
    Rules x = settings.rules();
    return with(new Rules(x.maxAdjustments(), max));
  }

  /**
   * At most how many named client groups (from {@link #CLIENT_GROUPS}) have their own curve,
   * besides the {@code *} curve.
   *
   * @param max the most named client groups, from 0 to the size of {@link #CLIENT_GROUPS}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxClientGroups(int max) {
    Curves c = settings.curves();
    return with(new Curves(max, c.fallback(), c.maxBands(), c.monotone()));
  }

  /**
   * Whether every table has the fallback {@code *} curve (default). Without it, a table has at
   * least one named client group and an assessment must name one of them.
   *
   * @param fallback false for tables without the {@code *} curve
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFallbackCurve(boolean fallback) {
    Curves c = settings.curves();
    return with(new Curves(c.maxClientGroups(), fallback, c.maxBands(), c.monotone()));
  }

  /**
   * At most how many bands each curve has (at least 1).
   *
   * @param max the most bands of a curve, at least 1
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxBands(int max) {
    Curves c = settings.curves();
    return with(new Curves(c.maxClientGroups(), c.fallback(), max, c.monotone()));
  }

  /**
   * At most how many named localities (from {@link #LOCALITIES}) have their own cost factor,
   * besides {@code *}.
   *
   * @param max the most named localities, from 0 to the size of {@link #LOCALITIES}
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMaxLocalities(int max) {
    CostFactors c = settings.costFactors();
    return with(new CostFactors(max, c.fallback()));
  }

  /**
   * Whether every table has the fallback {@code *} cost factor (default). Without it, a table has
   * at least one named locality and an assessment must name one of them.
   *
   * @param fallback false for tables without the {@code *} cost factor
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFallbackCostFactor(boolean fallback) {
    CostFactors c = settings.costFactors();
    return with(new CostFactors(c.maxLocalities(), fallback));
  }

  /**
   * The probability that a table sets a floor (least budget), 0 to 1.
   *
   * @param p the chance of a floor
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withFloorProbability(double p) {
    Money m = settings.money();
    return with(
        new Money(
            m.periods(), p, m.ceilingProbability(), m.roundingIncrements(), m.roundingModes()));
  }

  /**
   * The probability that a table sets a ceiling (greatest budget), 0 to 1.
   *
   * @param p the chance of a ceiling
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withCeilingProbability(double p) {
    Money m = settings.money();
    return with(
        new Money(m.periods(), m.floorProbability(), p, m.roundingIncrements(), m.roundingModes()));
  }

  /**
   * The periods a table's money may be in, at least one; each table draws one.
   *
   * @param periods {@code WEEK}, {@code YEAR} or both
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withPeriods(Period... periods) {
    Money m = settings.money();
    return with(
        new Money(
            ImmutableSet.copyOf(periods),
            m.floorProbability(),
            m.ceilingProbability(),
            m.roundingIncrements(),
            m.roundingModes()));
  }

  /**
   * The rounding increments a table may use, each greater than 0; each table draws one (a value
   * listed twice is twice as likely).
   *
   * @param increments the increments to draw from, such as 0.01 and 1
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withRoundingIncrements(BigDecimal... increments) {
    Money m = settings.money();
    return with(
        new Money(
            m.periods(),
            m.floorProbability(),
            m.ceilingProbability(),
            List.of(increments),
            m.roundingModes()));
  }

  /**
   * The rounding modes a table may use, each one of {@link Rounding#ALLOWED_MODES}.
   *
   * @param modes the modes to draw from
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withRoundingModes(RoundingMode... modes) {
    Money m = settings.money();
    return with(
        new Money(
            m.periods(),
            m.floorProbability(),
            m.ceilingProbability(),
            m.roundingIncrements(),
            ImmutableSet.copyOf(modes)));
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
    Curves c = settings.curves();
    return with(new Curves(c.maxClientGroups(), c.fallback(), c.maxBands(), monotone));
  }

  /**
   * Whether descriptor points are guaranteed non-decreasing along each question's listed order (the
   * order of increasing need). Off by default.
   *
   * @param monotone true for points that never fall as need rises
   * @return a new generator with this setting; this one is unchanged
   */
  public TableGenerator withMonotoneDescriptors(boolean monotone) {
    Questionnaire q = settings.questionnaire();
    return with(
        new Questionnaire(
            q.domains(),
            q.questions(),
            q.descriptors(),
            q.anyShare(),
            q.optionalShare(),
            q.capProbability(),
            q.weights(),
            monotone));
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
    return new TableGenerator(settings.withV11(new TableSettings.V11(p, p, p, p > 0 ? 3 : 0, p)));
  }

  /** {@return whether curves are generated never to fall; see {@link #withMonotoneCurves}} */
  public boolean monotoneCurves() {
    return settings.curves().monotone();
  }

  /** {@return whether descriptor points never fall along the listed order} */
  public boolean monotoneDescriptors() {
    return settings.questionnaire().monotoneDescriptors();
  }

  private TableGenerator with(Questionnaire q) {
    return new TableGenerator(settings.withQuestionnaire(q));
  }

  private TableGenerator with(Rules r) {
    return new TableGenerator(settings.withRules(r));
  }

  private TableGenerator with(Curves c) {
    return new TableGenerator(settings.withCurves(c));
  }

  private TableGenerator with(CostFactors f) {
    return new TableGenerator(settings.withCostFactors(f));
  }

  private TableGenerator with(Money m) {
    return new TableGenerator(settings.withMoney(m));
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
    Drawn questions = questionnaire(r, t);
    adjustments(r, t, questions);
    List<Curve.Builder> curves = new ArrayList<>();
    Tops tops = curves(r, curves, questions.maxTotal(), scale);
    supplements(r, t, questions.all(), scale);
    costFactors(r, t);
    BigDecimal[] limits = floorAndCeiling(r, t, tops, scale);
    roundingAndModeration(r, t);
    if (settings.v11().any()) {
      v11(new SplittableRandom(seed ^ V11_SALT), t, curves, limits, scale);
    }
    for (Curve.Builder cb : curves) {
      t.curve(cb);
    }
    return t.build();
  }

  /** Mixed into the seed of the v1.1 fields' own random sequence. */
  private static final long V11_SALT = 0x5EC11L;

  /**
   * Spec v1.1's fields, from their own random sequence {@code r}: a panel band at the top of a
   * curve, a curve's own floor or ceiling (its floor in force never above its ceiling in force),
   * the unit, other funding sources and the review route.
   */
  private void v11(
      SplittableRandom r,
      RasTable.Builder t,
      List<Curve.Builder> curves,
      BigDecimal[] limits,
      long scale) {
    TableSettings.V11 s = settings.v11();
    for (Curve.Builder cb : curves) {
      if (r.nextDouble() < s.panelBandProbability()) {
        cb.panelFromLastBand();
      }
      if (r.nextDouble() < s.curveLimitProbability()) {
        BigDecimal floor = null;
        BigDecimal ceiling = null;
        int which = r.nextInt(3); // 0: floor, 1: ceiling, 2: both
        if (which != 1) {
          BigDecimal most = limits[1] == null ? BigDecimal.valueOf(300 * scale) : limits[1];
          floor = fraction(r, most.min(BigDecimal.valueOf(300 * scale)));
          cb.floor(floor);
        }
        if (which != 0) {
          BigDecimal least =
              floor != null ? floor : limits[0] == null ? BigDecimal.ZERO : limits[0];
          ceiling = least.add(fraction(r, BigDecimal.valueOf(800 * scale)));
          cb.ceiling(ceiling);
        }
      }
    }
    if (r.nextDouble() < s.unitProbability()) {
      t.unit(
          new Unit(
              "hour",
              "hours",
              r.nextBoolean()
                  ? Optional.of(BigDecimal.valueOf(500 + r.nextInt(3001), 2))
                  : Optional.empty()));
    }
    int sources = s.maxFundingSources() == 0 ? 0 : r.nextInt(s.maxFundingSources() + 1);
    for (int i = 1; i <= sources; i++) {
      t.otherFunding(
          new FundingSource(
              i == 1 ? "nhs" : "src-" + i,
              "Generated funding source " + i,
              r.nextBoolean()
                  ? Optional.of("Generated joint funding policy " + i)
                  : Optional.empty()));
    }
    if (r.nextDouble() < s.reviewProbability()) {
      t.review(
          new Review(
              "Ask your social worker for a review within 28 days.",
              "Generated reviews team, 0300 000 0000",
              Optional.empty()));
    }
  }

  /** The questions drawn, for the rules keyed to them, and the most total points they give. */
  private record Drawn(
      List<Question> one, List<Question> all, List<String> domainCodes, BigDecimal maxTotal) {}

  /** The money of the lowest and of the highest curve at the most total points. */
  private record Tops(BigDecimal lowest, BigDecimal highest) {}

  /** Draws the dates, the period, weeks per year and the reference; returns the period. */
  private Period header(SplittableRandom r, RasTable.Builder t, long seed) {
    LocalDate start = EPOCH.plusDays(r.nextInt(3650));
    t.effectiveFrom(start);
    if (r.nextInt(4) != 0) {
      t.effectiveTo(start.plusDays(30 + r.nextInt(700)));
    }
    Period period = pick(r, List.copyOf(settings.money().periods()));
    t.period(period);
    t.weeksPerYear(r.nextInt(5) == 0 ? dec("52.18") : BigDecimal.valueOf(52));
    if (r.nextBoolean()) {
      t.reference("Generated for tests, seed " + seed);
    }
    return period;
  }

  /** Draws the domains with their questions and descriptors, weights and caps. */
  private Drawn questionnaire(SplittableRandom r, RasTable.Builder t) {
    Questionnaire s = settings.questionnaire();
    boolean halfPoints = r.nextBoolean();
    int domainCount = between(r, s.domains());
    List<Question> oneQuestions = new ArrayList<>();
    List<Question> allQuestions = new ArrayList<>();
    List<String> domainCodes = new ArrayList<>();
    BigDecimal maxTotal = BigDecimal.ZERO;
    int q = 0;
    for (int d = 1; d <= domainCount; d++) {
      String code = "D" + d;
      domainCodes.add(code);
      Domain.Builder db = Domain.builder(code, "Generated domain " + d);
      BigDecimal weight =
          s.weights() ? BigDecimal.valueOf(r.nextInt(9)).multiply(dec("0.25")) : null;
      if (weight != null) {
        db.weight(weight);
      }
      if (r.nextInt(5) == 0) {
        db.reference("Generated policy, paragraph " + d);
      }
      BigDecimal domainMax = BigDecimal.ZERO;
      int questionCount = between(r, s.questions());
      for (int i = 0; i < questionCount; i++) {
        q++;
        Asked asked = question(r, q, halfPoints);
        db.question(asked.question());
        allQuestions.add(asked.question());
        if (asked.question().select() == Select.ONE) {
          oneQuestions.add(asked.question());
        }
        domainMax = domainMax.add(asked.max());
      }
      if (r.nextDouble() < s.capProbability()) {
        BigDecimal cap = BigDecimal.valueOf(r.nextInt(domainMax.intValue() + 2));
        db.maxPoints(cap);
        domainMax = domainMax.min(cap);
      }
      maxTotal = maxTotal.add(domainMax.multiply(weight == null ? BigDecimal.ONE : weight));
      t.domain(db);
    }
    return new Drawn(oneQuestions, allQuestions, domainCodes, maxTotal);
  }

  /** A question drawn, and the most points it can give. */
  private record Asked(Question question, BigDecimal max) {}

  /** Draws question {@code q}: its kind, whether it is required, its descriptors and its cap. */
  private Asked question(SplittableRandom r, int q, boolean halfPoints) {
    Questionnaire s = settings.questionnaire();
    boolean any = r.nextDouble() < s.anyShare();
    Question.Builder qb =
        any
            ? Question.any("Q" + q, "Which of these apply to you (question " + q + ")?")
            : Question.one("Q" + q, "How much support do you need (question " + q + ")?");
    qb.required(!(r.nextDouble() < s.optionalShare()));
    int n = between(r, s.descriptors());
    List<BigDecimal> points = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      points.add(
          halfPoints
              ? BigDecimal.valueOf(r.nextInt(61)).multiply(dec("0.5"))
              : BigDecimal.valueOf(r.nextInt(31)));
    }
    if (s.monotoneDescriptors()) {
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
    if (any && r.nextDouble() < s.capProbability()) {
      BigDecimal cap = BigDecimal.valueOf(r.nextInt(questionMax.intValue() + 2));
      qb.maxPoints(cap);
      questionMax = questionMax.min(cap);
    }
    if (r.nextInt(8) == 0) {
      qb.reference("Generated guidance, question " + q);
    }
    return new Asked(qb.build(), questionMax);
  }

  /** Draws the adjustments, each keyed to a {@code ONE} question. */
  private void adjustments(SplittableRandom r, RasTable.Builder t, Drawn questions) {
    int adjustments =
        questions.one().isEmpty() ? 0 : r.nextInt(settings.rules().maxAdjustments() + 1);
    for (int i = 1; i <= adjustments; i++) {
      Question key = pick(r, questions.one());
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
        for (String dc : questions.domainCodes()) {
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
  }

  /** Draws the curves: the {@code *} curve unless disabled, and those of named client groups. */
  private Tops curves(SplittableRandom r, List<Curve.Builder> t, BigDecimal maxTotal, long scale) {
    Curves s = settings.curves();
    List<String> groups = new ArrayList<>();
    if (s.fallback()) {
      groups.add(Curve.ANY_GROUP);
    }
    int named = r.nextInt(s.maxClientGroups() + 1);
    if (!s.fallback() && named == 0) {
      named = 1;
    }
    groups.addAll(sample(r, CLIENT_GROUPS, named));
    BigDecimal lowestTop = null;
    BigDecimal highestTop = BigDecimal.ZERO;
    for (String group : groups) {
      Curve.Builder cb = Curve.builder(group);
      BigDecimal top = bands(r, cb, maxTotal, scale);
      lowestTop = lowestTop == null ? top : lowestTop.min(top);
      highestTop = highestTop.max(top);
      if (r.nextInt(4) == 0) {
        cb.reference("Generated curve for " + group);
      }
      t.add(cb);
    }
    return new Tops(lowestTop, highestTop);
  }

  /**
   * Draws the bands of one curve, each starting a little further along the reachable points;
   * returns what the curve pays at {@code maxTotal}.
   */
  private BigDecimal bands(SplittableRandom r, Curve.Builder cb, BigDecimal maxTotal, long scale) {
    BigDecimal span = maxTotal.max(BigDecimal.ONE);
    int bands = 1 + r.nextInt(settings.curves().maxBands());
    BigDecimal from = BigDecimal.ZERO;
    BigDecimal prevAmount = BigDecimal.ZERO;
    BigDecimal prevPerPoint = BigDecimal.ZERO;
    BigDecimal prevFrom = BigDecimal.ZERO;
    for (int b = 0; b < bands; b++) {
      if (b > 0) {
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
      } else if (settings.curves().monotone()) {
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
    return prevAmount.add(maxTotal.subtract(prevFrom).max(BigDecimal.ZERO).multiply(prevPerPoint));
  }

  /** Draws the supplements, each keyed to any question. */
  private void supplements(
      SplittableRandom r, RasTable.Builder t, List<Question> questions, long scale) {
    int supplements = r.nextInt(settings.rules().maxSupplements() + 1);
    for (int i = 1; i <= supplements; i++) {
      Question key = pick(r, questions);
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
  }

  /** Draws the cost factors: the {@code *} factor unless disabled, and those of localities. */
  private void costFactors(SplittableRandom r, RasTable.Builder t) {
    CostFactors s = settings.costFactors();
    int places = r.nextInt(s.maxLocalities() + 1);
    if (!s.fallback() && places == 0) {
      places = 1;
    }
    if (s.fallback()) {
      t.costFactor("*", r.nextInt(3) == 0 ? factor(r) : BigDecimal.ONE);
    }
    for (String place : sample(r, LOCALITIES, places)) {
      t.costFactor(place, factor(r));
    }
  }

  /**
   * Draws the floor and the ceiling, where the budgets of the table often meet them; returns them
   * (each null when not drawn).
   */
  private BigDecimal[] floorAndCeiling(
      SplittableRandom r, RasTable.Builder t, Tops tops, long scale) {
    Money s = settings.money();
    BigDecimal floor = null;
    if (r.nextDouble() < s.floorProbability()) {
      BigDecimal low = tops.lowest().min(BigDecimal.valueOf(200 * scale));
      floor = fraction(r, low);
      t.floor(floor);
    }
    if (r.nextDouble() < s.ceilingProbability()) {
      BigDecimal high = tops.highest().max(BigDecimal.ONE);
      BigDecimal ceiling = fraction(r, high.multiply(dec("1.3")));
      if (floor != null && ceiling.compareTo(floor) < 0) {
        ceiling = floor.add(fraction(r, BigDecimal.valueOf(100 * scale)));
      }
      t.ceiling(ceiling);
      return new BigDecimal[] {floor, ceiling};
    }
    return new BigDecimal[] {floor, null};
  }

  /** Draws the rounding increment and mode, and the moderation tolerance. */
  private void roundingAndModeration(SplittableRandom r, RasTable.Builder t) {
    Money s = settings.money();
    t.rounding(pick(r, s.roundingIncrements()), pick(r, List.copyOf(s.roundingModes())));
    if (r.nextBoolean()) {
      t.tolerancePercent(BigDecimal.valueOf(r.nextInt(51), 1).multiply(BigDecimal.valueOf(5)));
    }
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

  private static int between(SplittableRandom r, Range range) {
    return range.min() + r.nextInt(range.max() - range.min() + 1);
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
}
