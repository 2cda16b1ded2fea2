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
  private final List<FundingSource> otherFunding;
  private final Optional<Review> review;

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
    this.otherFunding = List.copyOf(b.otherFunding);
    this.review = Optional.ofNullable(b.review);

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

  /** {@return a builder for a table written in code} */
  public static Builder builder() {
    Sha256.prepare(); // the fingerprint's digest, set up while the table is filled in and checked
    return new Builder();
  }

  /** {@return the table's id, shared by all its versions} */
  public String id() {
    return id;
  }

  /** {@return the table's name as councils publish it} */
  public String name() {
    return name;
  }

  /** {@return this version's label, for example {@code 2026.1}} */
  public String version() {
    return version;
  }

  /** {@return the first day this version is in force} */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** {@return the first day this version is no longer in force, when it has an end} */
  public Optional<LocalDate> effectiveTo() {
    return effectiveTo;
  }

  /**
   * {@return whether this version is in force on {@code date}: in {@code [effectiveFrom,
   * effectiveTo)}}
   *
   * @param date an assessment date
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom)
        && (effectiveTo.isEmpty() || date.isBefore(effectiveTo.get()));
  }

  /** {@return the ISO 4217 code of the money, for example {@code GBP}} */
  public String currency() {
    return currency;
  }

  /** {@return the period of the table's money figures: {@code WEEK} or {@code YEAR}} */
  public Period period() {
    return period;
  }

  /** {@return the weeks in a year used to derive one period's budget from the other} */
  public BigDecimal weeksPerYear() {
    return weeksPerYear;
  }

  /** {@return where the table comes from (a decision, a policy), when given} */
  public Optional<String> reference() {
    return reference;
  }

  /** {@return the domains, in questionnaire order} */
  public List<Domain> domains() {
    return domains;
  }

  /** {@return the adjustments, in the order given} */
  public List<Adjustment> adjustments() {
    return adjustments;
  }

  /** {@return how points become money} */
  public Allocation allocation() {
    return allocation;
  }

  /**
   * {@return how far, in percent of the indicative budget, moderation may move the budget before
   * panel approval is needed; empty when the table sets no such limit}
   */
  public Optional<BigDecimal> tolerancePercent() {
    return tolerancePercent;
  }

  /** {@return where the table was read from, when it was read from a file} */
  public Optional<Source> source() {
    return source;
  }

  /**
   * {@return the sources of funding other than the council that the council deducts (spec v1.1 §4),
   * in the order given; empty when the table lists none}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<FundingSource> otherFunding() {
    return otherFunding;
  }

  /**
   * {@return the other source of funding with this id, empty when the table lists none}
   *
   * @param id a source's id, such as {@code nhs}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Optional<FundingSource> fundingSource(String id) {
    for (FundingSource s : otherFunding) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return how a person asks the council to review an answer (spec v1.1 §6), when the table says}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public Optional<Review> review() {
    return review;
  }

  /**
   * {@return the question with this code, empty when the table has none}
   *
   * @param code a question code, such as {@code Q1}
   */
  public Optional<Question> question(String code) {
    return Optional.ofNullable(questionsByCode.get(code));
  }

  /**
   * {@return the domain that holds the question with this code, empty when the table has no such
   * question}
   *
   * @param questionCode a question code, such as {@code Q1}
   */
  public Optional<Domain> domainOf(String questionCode) {
    return Optional.ofNullable(domainsByQuestion.get(questionCode));
  }

  /**
   * {@return the descriptor with this code, whichever question it belongs to; empty when the table
   * has none}
   *
   * @param code a descriptor code, such as {@code 1B}
   */
  public Optional<Descriptor> descriptor(String code) {
    return Optional.ofNullable(descriptorsByCode.get(code));
  }

  /**
   * {@return the question the descriptor with this code belongs to, empty when the table has no
   * such descriptor}
   *
   * @param descriptorCode a descriptor code, such as {@code 1B}
   */
  public Optional<Question> questionOf(String descriptorCode) {
    return Optional.ofNullable(questionsByDescriptor.get(descriptorCode));
  }

  /** {@return every question of the table, in questionnaire order} */
  public List<Question> questions() {
    return questionsByCode.values().asList();
  }

  /**
   * {@return the canonical JSON text of the table (spec §2 "Fingerprint"): sorted keys, no white
   * space, shortest plain numbers, defaults explicit}
   */
  public String canonicalForm() {
    return canonicalForm;
  }

  /** {@return the SHA-256 fingerprint of the canonical form} */
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
    private Unit unit;
    private final List<FundingSource> otherFunding = new ArrayList<>();
    private Review review;

    Builder() {}

    /**
     * Sets the table's id, shared by all its versions (spec §2: 1 to 64 of {@code A-Z a-z 0-9 . _
     * -}).
     *
     * @param id the table's id, such as {@code example-saq}
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the table's name as the council publishes it.
     *
     * @param name the table's name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets this version's label.
     *
     * @param version the label, such as {@code 2026.1}
     * @return this builder
     */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the first day this version is in force (required).
     *
     * @param date the first day in force
     * @return this builder
     */
    public Builder effectiveFrom(LocalDate date) {
      this.effectiveFrom = date;
      return this;
    }

    /**
     * Sets the first day the version is no longer in force (exclusive end); none means no end.
     *
     * @param date the first day no longer in force, after {@code effectiveFrom}; null for no end
     * @return this builder
     */
    public Builder effectiveTo(LocalDate date) {
      this.effectiveTo = date;
      return this;
    }

    /**
     * Sets the currency of every money figure; default {@code GBP}.
     *
     * @param currency an ISO 4217 code
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Sets whether the allocation's money figures are weekly or annual; default {@link
     * Period#WEEK}.
     *
     * @param period the period of the money figures; null for the default
     * @return this builder
     */
    public Builder period(Period period) {
      this.period = period == null ? Period.WEEK : period;
      return this;
    }

    /**
     * Sets the weeks in a year used to derive one period's budget from the other; default 52.
     *
     * @param weeksPerYear a positive number of weeks; null for the default
     * @return this builder
     */
    public Builder weeksPerYear(BigDecimal weeksPerYear) {
      this.weeksPerYear = weeksPerYear == null ? BigDecimal.valueOf(52) : weeksPerYear;
      return this;
    }

    /**
     * Sets where the table comes from (a decision, a policy paragraph, a URL).
     *
     * @param reference the reference, or null for none
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Adds a domain after those already added, in questionnaire order.
     *
     * @param domain the domain with its questions
     * @return this builder
     */
    public Builder domain(Domain domain) {
      domains.add(domain);
      return this;
    }

    /**
     * Builds and adds a domain after those already added, in questionnaire order.
     *
     * @param domain the builder of the domain
     * @return this builder
     */
    public Builder domain(Domain.Builder domain) {
      return domain(domain.build());
    }

    /**
     * Adds an adjustment, such as a family carer's support, after those already added.
     *
     * @param adjustment the adjustment
     * @return this builder
     */
    public Builder adjustment(Adjustment adjustment) {
      adjustments.add(adjustment);
      return this;
    }

    /**
     * Builds and adds an adjustment after those already added.
     *
     * @param adjustment the builder of the adjustment
     * @return this builder
     */
    public Builder adjustment(Adjustment.Builder adjustment) {
      return adjustment(adjustment.build());
    }

    /**
     * Adds the allocation curve of a client group (or the {@code *} fallback curve).
     *
     * @param curve the curve with its bands
     * @return this builder
     */
    public Builder curve(Curve curve) {
      curves.add(curve);
      return this;
    }

    /**
     * Builds and adds the allocation curve of a client group.
     *
     * @param curve the builder of the curve
     * @return this builder
     */
    public Builder curve(Curve.Builder curve) {
      return curve(curve.build());
    }

    /**
     * Adds a supplement: money added to the budget for chosen descriptors.
     *
     * @param supplement the supplement
     * @return this builder
     */
    public Builder supplement(Supplement supplement) {
      supplements.add(supplement);
      return this;
    }

    /**
     * Builds and adds a supplement.
     *
     * @param supplement the builder of the supplement
     * @return this builder
     */
    public Builder supplement(Supplement.Builder supplement) {
      return supplement(supplement.build());
    }

    /**
     * Adds a cost factor; with none, the table has {@code * → 1}.
     *
     * @param locality the locality it applies to, or {@code *} for every other locality
     * @param factor the multiplier of the budget in that locality, greater than 0
     * @return this builder
     */
    public Builder costFactor(String locality, BigDecimal factor) {
      costFactors.add(new CostFactor(locality, factor));
      return this;
    }

    /**
     * Sets the least budget the allocation gives, before rounding.
     *
     * @param floor the floor in the table's period, at least 0; null for none
     * @return this builder
     */
    public Builder floor(BigDecimal floor) {
      this.floor = floor;
      return this;
    }

    /**
     * Sets the greatest budget the allocation gives, before rounding.
     *
     * @param ceiling the ceiling in the table's period, at least the floor; null for none
     * @return this builder
     */
    public Builder ceiling(BigDecimal ceiling) {
      this.ceiling = ceiling;
      return this;
    }

    /**
     * Sets how the budget is rounded to money; default 0.01, half up.
     *
     * @param increment the step the budget is rounded to, such as 0.01; null for the default
     * @param mode one of the six modes of spec §2; null for the default
     * @return this builder
     */
    public Builder rounding(BigDecimal increment, RoundingMode mode) {
      this.roundingIncrement = increment == null ? Rounding.DEFAULT.increment() : increment;
      this.roundingMode = mode == null ? Rounding.DEFAULT.mode() : mode;
      return this;
    }

    /**
     * Sets how far, in percent of the indicative budget, moderation may move the budget before
     * panel approval is needed.
     *
     * @param tolerancePercent the tolerance, at least 0; null for no limit
     * @return this builder
     */
    public Builder tolerancePercent(BigDecimal tolerancePercent) {
      this.tolerancePercent = tolerancePercent;
      return this;
    }

    /**
     * Sets where the table is read from, so that problems are reported at their place in it.
     *
     * @param source the source, or null when built in code
     * @return this builder
     */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the unit the allocation counts when it is not money (spec v1.1 §5): every allocation,
     * moderation and other-funding figure is then a quantity of it.
     *
     * @param unit the unit, such as hours with their price; null for money
     * @return this builder
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder unit(Unit unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Adds a source of funding other than the council, which the council deducts (spec v1.1 §4).
     *
     * @param source the source, with its id unique in the table
     * @return this builder
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder otherFunding(FundingSource source) {
      otherFunding.add(source);
      return this;
    }

    /**
     * Sets how a person asks the council to review an answer (spec v1.1 §6).
     *
     * @param review the review route; null for none
     * @return this builder
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder review(Review review) {
      this.review = review;
      return this;
    }

    Allocation allocation() {
      return new Allocation(
          curves,
          supplements,
          costFactors,
          Optional.ofNullable(floor),
          Optional.ofNullable(ceiling),
          new Rounding(roundingIncrement, roundingMode),
          Optional.ofNullable(unit));
    }

    /**
     * Checks every rule of spec §2 and builds the table.
     *
     * @return the table, valid and immutable
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
                  tolerancePercent,
                  otherFunding,
                  review)
              .validate();
      if (!problems.isEmpty()) {
        throw new InvalidTableException(source, problems);
      }
      return new RasTable(this);
    }
  }
}
