package org.openras.table;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.Source;

/**
 * A RAS table (scheme): the questionnaire of domains, questions and descriptors with their points,
 * the adjustments, and the allocation that turns points into money — one version of it, in force
 * between two dates.
 *
 * <p>A {@code RasTable} is always valid: every rule of spec §2 holds, whether it was read from
 * {@code ras-table/1} JSON or built in code with {@link #builder()}; both go through the same
 * validator, which reports every broken rule at once in an {@link InvalidTableException}. Instances
 * are immutable and thread-safe; lists keep their order, and maps keep the order they were given
 * in.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RasTable {
  /** The format tag of the JSON form. */
  public static final String FORMAT = "ras-table/1";

  private final String id;
  private final String name;
  private final String version;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveTo;
  private final String currency;
  private final Period period;
  private final BigDecimal weeksPerYear;
  private final Optional<String> reference;
  private final List<Domain> domains;
  private final List<Adjustment> adjustments;
  private final Allocation allocation;
  private final Optional<BigDecimal> tolerancePercent;
  private final Optional<Source> source;

  private final ImmutableMap<String, Question> questionsByCode;
  private final ImmutableMap<String, Domain> domainsByQuestion;
  private final ImmutableMap<String, Descriptor> descriptorsByCode;
  private final ImmutableMap<String, Question> questionsByDescriptor;
  private final String canonicalForm;
  private final Fingerprint fingerprint;

  private RasTable(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.version = b.version;
    this.effectiveFrom = b.effectiveFrom;
    this.effectiveTo = Optional.ofNullable(b.effectiveTo);
    this.currency = b.currency;
    this.period = b.period;
    this.weeksPerYear = Decimals.canonical(b.weeksPerYear);
    this.reference = Optional.ofNullable(b.reference);
    this.domains = List.copyOf(b.domains);
    this.adjustments = List.copyOf(b.adjustments);
    this.allocation = b.allocation();
    this.tolerancePercent = Optional.ofNullable(Decimals.canonical(b.tolerancePercent));
    this.source = Optional.ofNullable(b.source);

    ImmutableMap.Builder<String, Question> qs = ImmutableMap.builder();
    ImmutableMap.Builder<String, Domain> dq = ImmutableMap.builder();
    ImmutableMap.Builder<String, Descriptor> ds = ImmutableMap.builder();
    ImmutableMap.Builder<String, Question> qd = ImmutableMap.builder();
    for (Domain d : domains) {
      for (Question q : d.questions()) {
        qs.put(q.code(), q);
        dq.put(q.code(), d);
        for (Descriptor x : q.descriptors()) {
          ds.put(x.code(), x);
          qd.put(x.code(), q);
        }
      }
    }
    this.questionsByCode = qs.buildOrThrow();
    this.domainsByQuestion = dq.buildOrThrow();
    this.descriptorsByCode = ds.buildOrThrow();
    this.questionsByDescriptor = qd.buildOrThrow();
    this.canonicalForm = CanonicalForm.of(this);
    this.fingerprint = CanonicalForm.fingerprint(canonicalForm);
  }

  /** A builder for a table written in code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The table's id, shared by all its versions. */
  public String id() {
    return id;
  }

  /** The table's name as councils publish it. */
  public String name() {
    return name;
  }

  /** This version's label, for example {@code 2026.1}. */
  public String version() {
    return version;
  }

  /** The first day this version is in force. */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** The first day this version is no longer in force, when it has an end. */
  public Optional<LocalDate> effectiveTo() {
    return effectiveTo;
  }

  /** Whether this version is in force on {@code date}: in {@code [effectiveFrom, effectiveTo)}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom)
        && (effectiveTo.isEmpty() || date.isBefore(effectiveTo.get()));
  }

  /** The ISO 4217 code of the money, for example {@code GBP}. */
  public String currency() {
    return currency;
  }

  /** Whether the table's money figures are weekly or annual. */
  public Period period() {
    return period;
  }

  /** The weeks in a year used to derive one period's budget from the other. */
  public BigDecimal weeksPerYear() {
    return weeksPerYear;
  }

  /** Where the table comes from (a decision, a policy), when given. */
  public Optional<String> reference() {
    return reference;
  }

  /** The domains, in questionnaire order. */
  public List<Domain> domains() {
    return domains;
  }

  /** The adjustments, in the order given. */
  public List<Adjustment> adjustments() {
    return adjustments;
  }

  /** How points become money. */
  public Allocation allocation() {
    return allocation;
  }

  /**
   * How far, in percent of the indicative budget, moderation may move the budget before panel
   * approval is needed; empty when the table sets no such limit.
   */
  public Optional<BigDecimal> tolerancePercent() {
    return tolerancePercent;
  }

  /** Where the table was read from, when it was read from a file. */
  public Optional<Source> source() {
    return source;
  }

  /** The question with this code. */
  public Optional<Question> question(String code) {
    return Optional.ofNullable(questionsByCode.get(code));
  }

  /** The domain that holds the question with this code. */
  public Optional<Domain> domainOf(String questionCode) {
    return Optional.ofNullable(domainsByQuestion.get(questionCode));
  }

  /** The descriptor with this code, whichever question it belongs to. */
  public Optional<Descriptor> descriptor(String code) {
    return Optional.ofNullable(descriptorsByCode.get(code));
  }

  /** The question the descriptor with this code belongs to. */
  public Optional<Question> questionOf(String descriptorCode) {
    return Optional.ofNullable(questionsByDescriptor.get(descriptorCode));
  }

  /** Every question of the table, in questionnaire order. */
  public List<Question> questions() {
    return questionsByCode.values().asList();
  }

  /**
   * The canonical JSON text of the table (spec §2 "Fingerprint"): sorted keys, no white space,
   * shortest plain numbers, defaults explicit.
   */
  public String canonicalForm() {
    return canonicalForm;
  }

  /** The SHA-256 fingerprint of the canonical form. */
  public Fingerprint fingerprint() {
    return fingerprint;
  }

  /** Two tables are equal when their content is: when their fingerprints are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RasTable t && t.canonicalForm.equals(canonicalForm);
  }

  @Override
  public int hashCode() {
    return fingerprint.hashCode();
  }

  @Override
  public String toString() {
    return "RasTable[" + id + " " + version + ", " + fingerprint + "]";
  }

  /**
   * Builds a {@link RasTable}. Setters accept anything; {@link #build()} checks every rule of spec
   * §2 and throws one {@link InvalidTableException} listing every problem, with JSON pointers as in
   * the table's JSON form.
   */
  public static final class Builder {
    private String id;
    private String name;
    private String version;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private String currency = "GBP";
    private Period period = Period.WEEK;
    private BigDecimal weeksPerYear = BigDecimal.valueOf(52);
    private String reference;
    private final List<Domain> domains = new ArrayList<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<Curve> curves = new ArrayList<>();
    private final List<Supplement> supplements = new ArrayList<>();
    private final List<CostFactor> costFactors = new ArrayList<>();
    private BigDecimal floor;
    private BigDecimal ceiling;
    private BigDecimal roundingIncrement = Rounding.DEFAULT.increment();
    private RoundingMode roundingMode = Rounding.DEFAULT.mode();
    private BigDecimal tolerancePercent;
    private Source source;

    Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder effectiveFrom(LocalDate date) {
      this.effectiveFrom = date;
      return this;
    }

    /** The first day the version is no longer in force (exclusive end). */
    public Builder effectiveTo(LocalDate date) {
      this.effectiveTo = date;
      return this;
    }

    /** ISO 4217 code; default {@code GBP}. */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /** What the money figures mean; default {@link Period#WEEK}. */
    public Builder period(Period period) {
      this.period = period == null ? Period.WEEK : period;
      return this;
    }

    /** Default 52. */
    public Builder weeksPerYear(BigDecimal weeksPerYear) {
      this.weeksPerYear = weeksPerYear == null ? BigDecimal.valueOf(52) : weeksPerYear;
      return this;
    }

    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    public Builder domain(Domain domain) {
      domains.add(domain);
      return this;
    }

    public Builder domain(Domain.Builder domain) {
      return domain(domain.build());
    }

    public Builder adjustment(Adjustment adjustment) {
      adjustments.add(adjustment);
      return this;
    }

    public Builder adjustment(Adjustment.Builder adjustment) {
      return adjustment(adjustment.build());
    }

    public Builder curve(Curve curve) {
      curves.add(curve);
      return this;
    }

    public Builder curve(Curve.Builder curve) {
      return curve(curve.build());
    }

    public Builder supplement(Supplement supplement) {
      supplements.add(supplement);
      return this;
    }

    public Builder supplement(Supplement.Builder supplement) {
      return supplement(supplement.build());
    }

    /** Adds a cost factor; with none, the table has {@code * → 1}. */
    public Builder costFactor(String locality, BigDecimal factor) {
      costFactors.add(new CostFactor(locality, factor));
      return this;
    }

    public Builder floor(BigDecimal floor) {
      this.floor = floor;
      return this;
    }

    public Builder ceiling(BigDecimal ceiling) {
      this.ceiling = ceiling;
      return this;
    }

    /** Default 0.01, half up. */
    public Builder rounding(BigDecimal increment, RoundingMode mode) {
      this.roundingIncrement = increment == null ? Rounding.DEFAULT.increment() : increment;
      this.roundingMode = mode == null ? Rounding.DEFAULT.mode() : mode;
      return this;
    }

    public Builder tolerancePercent(BigDecimal tolerancePercent) {
      this.tolerancePercent = tolerancePercent;
      return this;
    }

    /** Where the table is read from, so that problems are reported at their place in it. */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    Allocation allocation() {
      return new Allocation(
          curves,
          supplements,
          costFactors,
          Optional.ofNullable(floor),
          Optional.ofNullable(ceiling),
          new Rounding(roundingIncrement, roundingMode));
    }

    /**
     * Checks every rule of spec §2 and builds the table.
     *
     * @throws InvalidTableException listing every broken rule, located in the source when one was
     *     given
     */
    public RasTable build() {
      List<Problem> problems =
          new TableValidator(
                  id,
                  name,
                  version,
                  effectiveFrom,
                  effectiveTo,
                  currency,
                  weeksPerYear,
                  domains,
                  adjustments,
                  allocation(),
                  tolerancePercent)
              .validate();
      if (!problems.isEmpty()) {
        throw new InvalidTableException(source, problems);
      }
      return new RasTable(this);
    }
  }
}
