package org.openras.generate;

import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.openras.table.Period;
import org.openras.table.Rounding;

/**
 * Every setting of a {@link TableGenerator}, declared once, grouped by the part of the table it
 * shapes, in the order the generator draws those parts. The defaults are {@link #DEFAULTS}; each
 * setting is checked once, in the compact constructor of its group, so a bad setting is refused
 * however it is made. Immutable; the sets iterate in the order of their enum, which is the order
 * the generator draws from.
 *
 * @param questionnaire domains, questions and descriptors
 * @param rules adjustments and supplements
 * @param curves the money scales of client groups
 * @param costFactors the cost factors of localities
 * @param money the period, floor and ceiling, and rounding
 * @param v11 spec v1.1's fields, drawn from a random sequence of their own
 */
record TableSettings(
    Questionnaire questionnaire,
    Rules rules,
    Curves curves,
    CostFactors costFactors,
    Money money,
    V11 v11) {

  /** The defaults of {@link TableGenerator#defaults()}. */
  static final TableSettings DEFAULTS =
      new TableSettings(
          new Questionnaire(
              new Range(1, 4), new Range(1, 3), new Range(1, 5), 0.2, 0.2, 0.3, true, false),
          new Rules(2, 2),
          new Curves(2, true, 4, false),
          new CostFactors(2, true),
          new Money(
              Set.of(Period.values()),
              0.5,
              0.5,
              List.of(
                  dec("0.01"),
                  dec("0.01"),
                  dec("0.01"),
                  dec("0.05"),
                  dec("0.1"),
                  dec("0.25"),
                  dec("1"),
                  dec("5")),
              Rounding.ALLOWED_MODES),
          V11.NONE);

  /** The most descriptors a question can have: they are lettered A to Z. */
  static final int MAX_DESCRIPTORS = 26;

  /** {@return a builder holding these settings, to change some of them and build anew} */
  Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Every setting as a field of its own, to change one or a few and {@link #build()} new settings
   * from them; the groups' compact constructors check them there. Each {@code with…} method of
   * {@link TableGenerator} is one change of one builder; a builder is used by one thread, once.
   */
  static final class Builder {
    Range domains;
    Range questions;
    Range descriptors;
    double anyShare;
    double optionalShare;
    double capProbability;
    boolean weights;
    boolean monotoneDescriptors;
    int maxAdjustments;
    int maxSupplements;
    int maxClientGroups;
    boolean fallbackCurve;
    int maxBands;
    boolean monotoneCurves;
    int maxLocalities;
    boolean fallbackCostFactor;
    Set<Period> periods;
    double floorProbability;
    double ceilingProbability;
    List<BigDecimal> roundingIncrements;
    Set<RoundingMode> roundingModes;
    V11 v11;

    private Builder(TableSettings s) {
      Questionnaire q = s.questionnaire();
      domains = q.domains();
      questions = q.questions();
      descriptors = q.descriptors();
      anyShare = q.anyShare();
      optionalShare = q.optionalShare();
      capProbability = q.capProbability();
      weights = q.weights();
      monotoneDescriptors = q.monotoneDescriptors();
      maxAdjustments = s.rules().maxAdjustments();
      maxSupplements = s.rules().maxSupplements();
      Curves c = s.curves();
      maxClientGroups = c.maxClientGroups();
      fallbackCurve = c.fallback();
      maxBands = c.maxBands();
      monotoneCurves = c.monotone();
      maxLocalities = s.costFactors().maxLocalities();
      fallbackCostFactor = s.costFactors().fallback();
      Money m = s.money();
      periods = m.periods();
      floorProbability = m.floorProbability();
      ceilingProbability = m.ceilingProbability();
      roundingIncrements = m.roundingIncrements();
      roundingModes = m.roundingModes();
      v11 = s.v11();
    }

    /**
     * {@return the settings of these fields, each group checked}
     *
     * @throws IllegalArgumentException if a setting is out of its range
     */
    TableSettings build() {
      return new TableSettings(
          new Questionnaire(
              domains,
              questions,
              descriptors,
              anyShare,
              optionalShare,
              capProbability,
              weights,
              monotoneDescriptors),
          new Rules(maxAdjustments, maxSupplements),
          new Curves(maxClientGroups, fallbackCurve, maxBands, monotoneCurves),
          new CostFactors(maxLocalities, fallbackCostFactor),
          new Money(
              periods, floorProbability, ceilingProbability, roundingIncrements, roundingModes),
          v11);
    }
  }

  /**
   * A count from {@code min} to {@code max} inclusive; its bounds are checked by the group that
   * holds it, which knows what is counted.
   *
   * @param min the least count
   * @param max the greatest count
   */
  record Range(int min, int max) {}

  /**
   * Spec v1.1's fields, drawn from a random sequence of their own (so that the v1 part of a table
   * is the same whatever these say), each with its probability: the last band of a curve decided by
   * a panel, a curve with its own floor or ceiling, an allocation in a unit (with a price or not),
   * up to {@code maxFundingSources} other sources of funding, a review route. All 0 (the default):
   * a v1 table, drawing nothing more.
   */
  record V11(
      double panelBandProbability,
      double curveLimitProbability,
      double unitProbability,
      int maxFundingSources,
      double reviewProbability) {
    static final V11 NONE = new V11(0, 0, 0, 0, 0);

    V11 {
      probability("panelBandProbability", panelBandProbability);
      probability("curveLimitProbability", curveLimitProbability);
      probability("unitProbability", unitProbability);
      range("funding sources", 0, maxFundingSources, 0);
      probability("reviewProbability", reviewProbability);
    }

    boolean any() {
      return panelBandProbability > 0
          || curveLimitProbability > 0
          || unitProbability > 0
          || maxFundingSources > 0
          || reviewProbability > 0;
    }
  }

  /**
   * Domains, questions and descriptors.
   *
   * @param domains how many domains a table has, from 1
   * @param questions how many questions a domain has, from 1
   * @param descriptors how many descriptors a question has, from 1 to 26
   * @param anyShare the chance that a question is {@code ANY}
   * @param optionalShare the chance that a question is optional
   * @param capProbability the chance of a cap on a domain, and separately on an {@code ANY}
   *     question
   * @param weights whether domains get random weights (else every weight is 1)
   * @param monotoneDescriptors whether descriptor points never fall along the listed order
   */
  record Questionnaire(
      Range domains,
      Range questions,
      Range descriptors,
      double anyShare,
      double optionalShare,
      double capProbability,
      boolean weights,
      boolean monotoneDescriptors) {
    Questionnaire {
      range("domains", domains.min(), domains.max(), 1);
      range("questions", questions.min(), questions.max(), 1);
      range("descriptors", descriptors.min(), descriptors.max(), 1);
      if (descriptors.max() > MAX_DESCRIPTORS) {
        throw new IllegalArgumentException(
            "at most " + MAX_DESCRIPTORS + " descriptors a question, not " + descriptors.max());
      }
      probability("anyShare", anyShare);
      probability("optionalShare", optionalShare);
      probability("capProbability", capProbability);
    }
  }

  /**
   * Adjustments and supplements.
   *
   * @param maxAdjustments the most adjustments, from 0
   * @param maxSupplements the most supplements, from 0
   */
  record Rules(int maxAdjustments, int maxSupplements) {
    Rules {
      range("adjustments", 0, maxAdjustments, 0);
      range("supplements", 0, maxSupplements, 0);
    }
  }

  /**
   * The curves.
   *
   * @param maxClientGroups the most named client groups with a curve of their own, from 0 to the
   *     size of {@link TableGenerator#CLIENT_GROUPS}
   * @param fallback whether every table has the {@code *} curve
   * @param maxBands the most bands of a curve, from 1
   * @param monotone whether curves never pay less for more points
   */
  record Curves(int maxClientGroups, boolean fallback, int maxBands, boolean monotone) {
    Curves {
      range("client groups", 0, maxClientGroups, 0);
      if (maxClientGroups > TableGenerator.CLIENT_GROUPS.size()) {
        throw new IllegalArgumentException(
            "at most " + TableGenerator.CLIENT_GROUPS.size() + " client groups");
      }
      range("bands", 1, maxBands, 1);
    }
  }

  /**
   * The cost factors.
   *
   * @param maxLocalities the most named localities with a factor of their own, from 0 to the size
   *     of {@link TableGenerator#LOCALITIES}
   * @param fallback whether every table has the {@code *} cost factor
   */
  record CostFactors(int maxLocalities, boolean fallback) {
    CostFactors {
      range("localities", 0, maxLocalities, 0);
      if (maxLocalities > TableGenerator.LOCALITIES.size()) {
        throw new IllegalArgumentException(
            "at most " + TableGenerator.LOCALITIES.size() + " localities");
      }
    }
  }

  /**
   * The period, floor and ceiling, and rounding.
   *
   * @param periods the periods to draw from, at least one; kept in enum order
   * @param floorProbability the chance of a floor
   * @param ceilingProbability the chance of a ceiling
   * @param roundingIncrements the increments to draw from, each above 0, at least one; a value
   *     listed twice is twice as likely
   * @param roundingModes the modes to draw from, each one of {@link Rounding#ALLOWED_MODES}, at
   *     least one; kept in enum order
   */
  record Money(
      Set<Period> periods,
      double floorProbability,
      double ceilingProbability,
      List<BigDecimal> roundingIncrements,
      Set<RoundingMode> roundingModes) {
    Money {
      periods = Sets.immutableEnumSet(periods);
      roundingIncrements = List.copyOf(roundingIncrements);
      roundingModes = Sets.immutableEnumSet(roundingModes);
      if (periods.isEmpty()) {
        throw new IllegalArgumentException("at least one period");
      }
      probability("floorProbability", floorProbability);
      probability("ceilingProbability", ceilingProbability);
      if (roundingIncrements.isEmpty()) {
        throw new IllegalArgumentException("at least one rounding increment");
      }
      for (BigDecimal i : roundingIncrements) {
        if (i.signum() <= 0) {
          throw new IllegalArgumentException("rounding increment " + i + " is not above 0");
        }
      }
      if (roundingModes.isEmpty()) {
        throw new IllegalArgumentException("at least one rounding mode");
      }
      for (RoundingMode m : roundingModes) {
        if (!Rounding.ALLOWED_MODES.contains(m)) {
          throw new IllegalArgumentException("rounding mode " + m + " is not allowed in a table");
        }
      }
    }
  }

  private static void range(String what, int min, int max, int least) {
    if (min < least || max < min) {
      throw new IllegalArgumentException(
          "bad range of " + what + ": " + min + " to " + max + " (the least is " + least + ")");
    }
  }

  /**
   * Checks a generator's probability setting, of tables or of assessments.
   *
   * @throws IllegalArgumentException unless {@code p} is from 0 to 1
   */
  static void probability(String what, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(what + " must be between 0 and 1, not " + p);
    }
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }
}
