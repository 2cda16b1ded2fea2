package org.openras.explain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.table.Fingerprint;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Review;
import org.openras.table.Unit;

/**
 * A RAS table as a document anyone can read: every domain, question and descriptor with its code,
 * words and points (the highest-scoring descriptor of each question marked), the adjustments and
 * supplements in words, each curve band by band, the cost factors, floor, ceiling and rounding, the
 * dates, version and fingerprint, and every {@code reference} the table cites. A council publishes
 * it so that families can find out how many points an answer is worth and how points become money.
 *
 * <p>Immutable and thread-safe; every list keeps the table's order.
 *
 * @param header the table's name, id, version, dates, money and fingerprint
 * @param introduction what the table is and how it works, in sentences
 * @param domains every domain, in questionnaire order
 * @param adjustments every adjustment, in table order
 * @param supplements every supplement, in table order
 * @param curves every curve, in table order
 * @param costFactors every cost factor, in table order
 * @param floor the least indicative budget, when set
 * @param ceiling the greatest indicative budget, when set
 * @param rounding the rounding rule in words
 * @param tolerancePercent how far moderation may move a budget without a panel, when set
 * @param moneySentences the floor, ceiling, rounding, period and moderation rules in words
 * @param references every reference the table cites, with the rule that cites it
 * @param unit the unit the table's figures count (spec v1.1 §5), when they are not money
 * @param otherFunding the other sources of funding the council deducts (spec v1.1 §4)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PublishedTable(
    Header header,
    List<String> introduction,
    List<DomainEntry> domains,
    List<AdjustmentEntry> adjustments,
    List<SupplementEntry> supplements,
    List<CurveEntry> curves,
    List<CostFactorEntry> costFactors,
    Optional<BigDecimal> floor,
    Optional<BigDecimal> ceiling,
    String rounding,
    Optional<BigDecimal> tolerancePercent,
    List<String> moneySentences,
    List<Reference> references,
    Optional<Unit> unit,
    List<FundingSource> otherFunding) {

  /**
   * Creates a published table, keeping copies of its lists.
   *
   * @param header the table's name, id, version, dates, money and fingerprint
   * @param introduction what the table is and how it works, in sentences
   * @param domains every domain, in questionnaire order
   * @param adjustments every adjustment, in table order
   * @param supplements every supplement, in table order
   * @param curves every curve, in table order
   * @param costFactors every cost factor, in table order
   * @param floor the least indicative budget, when set
   * @param ceiling the greatest indicative budget, when set
   * @param rounding the rounding rule in words
   * @param tolerancePercent how far moderation may move a budget without a panel, when set
   * @param moneySentences the floor, ceiling, rounding, period and moderation rules in words
   * @param references every reference the table cites, with the rule that cites it
   * @param unit the unit the table's figures count (spec v1.1 §5), when they are not money
   * @param otherFunding the other sources of funding the council deducts (spec v1.1 §4)
   */
  public PublishedTable {
    otherFunding = List.copyOf(otherFunding);
    introduction = List.copyOf(introduction);
    domains = List.copyOf(domains);
    adjustments = List.copyOf(adjustments);
    supplements = List.copyOf(supplements);
    curves = List.copyOf(curves);
    costFactors = List.copyOf(costFactors);
    moneySentences = List.copyOf(moneySentences);
    references = List.copyOf(references);
  }

  /**
   * {@return the published form of {@code table}}
   *
   * @param table the table version to publish
   */
  public static PublishedTable of(RasTable table) {
    return PublishedTableBuilder.build(table);
  }

  /**
   * Which table this is.
   *
   * @param name the table's name
   * @param id the table's id, shared by all its versions
   * @param version this version's label
   * @param fingerprint the fingerprint of the table's content
   * @param effectiveFrom the first day this version is in force
   * @param effectiveTo the first day it is no longer in force, when it has an end
   * @param currency the ISO 4217 code of the money
   * @param period whether the money figures are weekly or annual
   * @param weeksPerYear the weeks in a year used between the two periods
   * @param reference where the table comes from, when given
   * @param review how to ask the council for a review of an answer, when the table says (spec v1.1
   *     §6)
   */
  public record Header(
      String name,
      String id,
      String version,
      Fingerprint fingerprint,
      LocalDate effectiveFrom,
      Optional<LocalDate> effectiveTo,
      String currency,
      Period period,
      BigDecimal weeksPerYear,
      Optional<String> reference,
      Optional<Review> review) {}

  /**
   * A domain (area of life) and its questions.
   *
   * @param code the domain's code
   * @param name the domain's name
   * @param weight the multiplier of its points
   * @param maxPoints its cap, when set
   * @param reference where its rules come from, when given
   * @param questions its questions, in order
   * @param sentence its weight and cap in words
   */
  public record DomainEntry(
      String code,
      String name,
      BigDecimal weight,
      Optional<BigDecimal> maxPoints,
      Optional<String> reference,
      List<QuestionEntry> questions,
      String sentence) {

    /**
     * Creates a domain entry, keeping a copy of its questions.
     *
     * @param code the domain's code
     * @param name the domain's name
     * @param weight the multiplier of its points
     * @param maxPoints its cap, when set
     * @param reference where its rules come from, when given
     * @param questions its questions, in order
     * @param sentence its weight and cap in words
     */
    public DomainEntry {
      questions = List.copyOf(questions);
    }
  }

  /**
   * A question and its possible answers.
   *
   * @param code the question's code
   * @param text the question as asked
   * @param any whether any number of answers may be chosen (else exactly one)
   * @param required whether it must be answered
   * @param maxPoints the most points it counts, when set
   * @param reference where it comes from, when given
   * @param descriptors its answers, from least to most need
   * @param sentence how it is answered and counted, in words
   */
  public record QuestionEntry(
      String code,
      String text,
      boolean any,
      boolean required,
      Optional<BigDecimal> maxPoints,
      Optional<String> reference,
      List<DescriptorEntry> descriptors,
      String sentence) {

    /**
     * Creates a question entry, keeping a copy of its descriptors.
     *
     * @param code the question's code
     * @param text the question as asked
     * @param any whether any number of answers may be chosen (else exactly one)
     * @param required whether it must be answered
     * @param maxPoints the most points it counts, when set
     * @param reference where it comes from, when given
     * @param descriptors its answers, from least to most need
     * @param sentence how it is answered and counted, in words
     */
    public QuestionEntry {
      descriptors = List.copyOf(descriptors);
    }
  }

  /**
   * A possible answer.
   *
   * @param code its code
   * @param text its words
   * @param points the points it scores
   * @param highest whether no other answer to the question scores more (never marked when every
   *     answer scores 0)
   */
  public record DescriptorEntry(String code, String text, BigDecimal points, boolean highest) {}

  /**
   * An adjustment: a percent change to some domains' points, keyed to one question's answer.
   *
   * @param id its id
   * @param name what it stands for (its id when the table gives no name)
   * @param question the question whose answer sets the percent
   * @param domains the codes of the domains it changes (every domain when the table lists none)
   * @param percents the percent for each listed answer
   * @param reference where the rule comes from, when given
   * @param sentences the rule in words
   */
  public record AdjustmentEntry(
      String id,
      String name,
      String question,
      List<String> domains,
      List<Keyed> percents,
      Optional<String> reference,
      List<String> sentences) {

    /**
     * Creates an adjustment entry, keeping copies of its lists.
     *
     * @param id its id
     * @param name what it stands for (its id when the table gives no name)
     * @param question the question whose answer sets the percent
     * @param domains the codes of the domains it changes (every domain when the table lists none)
     * @param percents the percent for each listed answer
     * @param reference where the rule comes from, when given
     * @param sentences the rule in words
     */
    public AdjustmentEntry {
      domains = List.copyOf(domains);
      percents = List.copyOf(percents);
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * A supplement: a fixed sum added for some answers of one question.
   *
   * @param id its id
   * @param name what it pays for (its id when the table gives no name)
   * @param question the question whose answer triggers it
   * @param amounts the money each listed answer adds, in the table's period
   * @param reference the decision that set it, when given
   * @param sentences the rule in words
   */
  public record SupplementEntry(
      String id,
      String name,
      String question,
      List<Keyed> amounts,
      Optional<String> reference,
      List<String> sentences) {

    /**
     * Creates a supplement entry, keeping copies of its lists.
     *
     * @param id its id
     * @param name what it pays for (its id when the table gives no name)
     * @param question the question whose answer triggers it
     * @param amounts the money each listed answer adds, in the table's period
     * @param reference the decision that set it, when given
     * @param sentences the rule in words
     */
    public SupplementEntry {
      amounts = List.copyOf(amounts);
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * A figure keyed to an answer: an adjustment's percent or a supplement's amount.
   *
   * @param descriptor the answer's code
   * @param text the answer's words
   * @param value the percent or the money
   */
  public record Keyed(String descriptor, String text, BigDecimal value) {}

  /**
   * A curve: how total points become money for one client group.
   *
   * @param clientGroup the client group, {@code *} for everyone without a curve of their own
   * @param reference where the curve comes from, when given
   * @param bands its bands, from 0 points upwards
   * @param chartMaxPoints how far along the points a chart of the curve runs: at least the most
   *     points the table's answers can give, and past the start of the last band
   * @param sentence who the curve is for, in words
   * @param floor the curve's own floor (spec v1.1 §3), in place of the table's, when it has one
   * @param ceiling the curve's own ceiling, in place of the table's, when it has one
   */
  public record CurveEntry(
      String clientGroup,
      Optional<String> reference,
      List<BandEntry> bands,
      BigDecimal chartMaxPoints,
      String sentence,
      Optional<BigDecimal> floor,
      Optional<BigDecimal> ceiling) {

    /**
     * Creates a curve entry, keeping a copy of its bands.
     *
     * @param clientGroup the client group, {@code *} for everyone without a curve of their own
     * @param reference where the curve comes from, when given
     * @param bands its bands, from 0 points upwards
     * @param chartMaxPoints how far along the points a chart of the curve runs: at least the most
     *     points the table's answers can give, and past the start of the last band
     * @param sentence who the curve is for, in words
     * @param floor the curve's own floor (spec v1.1 §3), in place of the table's, when it has one
     * @param ceiling the curve's own ceiling, in place of the table's, when it has one
     */
    public CurveEntry {
      bands = List.copyOf(bands);
    }
  }

  /**
   * A band of a curve.
   *
   * @param label its label
   * @param from the least total points in it
   * @param to where the next band starts (not included), unless it is the last band
   * @param amount the money at {@code from} points
   * @param perPoint the money each further point adds
   * @param reference where its figures come from, when given
   * @param sentence the band in words
   * @param panel whether the council's panel decides the budget in this band (spec v1.1 §1): its
   *     figures are a starting point only
   */
  public record BandEntry(
      String label,
      BigDecimal from,
      Optional<BigDecimal> to,
      BigDecimal amount,
      BigDecimal perPoint,
      Optional<String> reference,
      String sentence,
      boolean panel) {

    /**
     * {@return the money the band gives at {@code points}: {@code amount + (points − from) ×
     * perPoint}}
     *
     * @param points total points within the band
     */
    public BigDecimal moneyAt(BigDecimal points) {
      return amount.add(points.subtract(from).multiply(perPoint));
    }
  }

  /**
   * A cost factor.
   *
   * @param locality the locality, {@code *} for every locality not listed
   * @param factor the multiplier of the money
   */
  public record CostFactorEntry(String locality, BigDecimal factor) {}

  /**
   * A reference the table cites.
   *
   * @param rule which rule cites it ("Table", "Domain D1", "Supplement waking-nights"…)
   * @param text the reference as the table gives it
   */
  public record Reference(String rule, String text) {}
}
