package org.openras.explain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openras.engine.Budget;
import org.openras.engine.Flag;
import org.openras.engine.Result;
import org.openras.table.Fingerprint;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Review;
import org.openras.table.Unit;

/**
 * The statement for the person: how their indicative budget was worked out, in short plain
 * sentences a family can read, with every figure behind them — as the Court of Appeal put it in
 * <i>Savva v RBKC</i> (2010), how the sum was calculated, not a bare figure.
 *
 * <p>It follows the calculation (spec §3) in the order a person asks about it: the answers question
 * by question and area by area ({@link #domains()}), the total points, how points became money
 * ({@link #money()}), and any moderation, kept apart from the RAS figure ({@link #moderation()}).
 * Each part carries its exact figures (never rounded but where the spec rounds) and its sentences,
 * and cites the {@code reference} of every rule the table gives one for. Renderers ({@link
 * org.openras.explain.render.Renderer}) turn it into text, Markdown or HTML; the JSON form mirrors
 * the record components.
 *
 * <p>Immutable and thread-safe; every list keeps the order of the calculation.
 *
 * @param header which assessment and which table version (with its fingerprint)
 * @param introduction what the statement is and what an indicative budget is, in sentences
 * @param domains every area of the questionnaire, in table order, with its questions
 * @param totalPoints the total points, exact
 * @param totalSentence how the total was added up
 * @param money how the total points became the indicative budget
 * @param moderation the changes made after the RAS figure, when there were any
 * @param flags what must be noticed, in declaration order
 * @param notes one sentence for each flag, and the reminder that the budget is not a decision
 * @param panelDecision the band's panel decides the budget (spec v1.1 §1), when it does
 * @param funding what other sources pay and what the council pays (spec v1.1 §4), when the
 *     assessment lists other funding
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Statement(
    Header header,
    List<String> introduction,
    List<DomainPart> domains,
    BigDecimal totalPoints,
    String totalSentence,
    Money money,
    Optional<ModerationPart> moderation,
    Set<Flag> flags,
    List<String> notes,
    Optional<PanelDecision> panelDecision,
    Optional<FundingPart> funding) {

  /** The format tag of the statement's JSON form. */
  public static final String FORMAT = "ras-statement/1";

  /**
   * Creates a statement, keeping copies of its lists and flags.
   *
   * @param header which assessment and which table version (with its fingerprint)
   * @param introduction what the statement is and what an indicative budget is, in sentences
   * @param domains every area of the questionnaire, in table order, with its questions
   * @param totalPoints the total points, exact
   * @param totalSentence how the total was added up
   * @param money how the total points became the indicative budget
   * @param moderation the changes made after the RAS figure, when there were any
   * @param flags what must be noticed, in declaration order
   * @param notes one sentence for each flag, and the reminder that the budget is not a decision
   * @param panelDecision the band's panel decides the budget (spec v1.1 §1), when it does
   * @param funding what other sources pay and what the council pays (spec v1.1 §4), when the
   *     assessment lists other funding
   */
  public Statement {
    introduction = List.copyOf(introduction);
    domains = List.copyOf(domains);
    flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    notes = List.copyOf(notes);
  }

  /**
   * The statement of {@code result}, which the engine computed with {@code table}.
   *
   * @throws IllegalArgumentException when the result was computed without tracing (the answers are
   *     known only from the trace), or with another table (the fingerprints differ)
   * @param table the table version the result was computed with
   * @param result a result computed with tracing on
   * @return the statement for the person, in words and figures
   */
  public static Statement of(RasTable table, Result result) {
    return StatementBuilder.build(table, result);
  }

  /**
   * Which assessment the statement is about and which table produced it.
   *
   * @param assessmentId the assessment's id, as the calling system gave it
   * @param tableName the table's name
   * @param tableId the table's id
   * @param version the table version used
   * @param fingerprint the fingerprint that proves which table content was used
   * @param effectiveFrom the first day the version is in force
   * @param effectiveTo the first day it is no longer in force, when it has an end
   * @param currency the ISO 4217 code of the money
   * @param period whether the table's money is weekly or annual
   * @param reference where the table comes from, when given
   * @param review how to ask the council for a review of an answer, when the table says (spec v1.1
   *     §6)
   * @param unit the unit the table's figures count (spec v1.1 §5), when they are not money
   */
  public record Header(
      String assessmentId,
      String tableName,
      String tableId,
      String version,
      Fingerprint fingerprint,
      LocalDate effectiveFrom,
      Optional<LocalDate> effectiveTo,
      String currency,
      Period period,
      Optional<String> reference,
      Optional<Review> review,
      Optional<Unit> unit) {}

  /**
   * One area of life (domain): its questions with the answers chosen, then its cap, weight and
   * adjustments, each in words.
   *
   * @param code the domain's code
   * @param name the domain's name
   * @param reference where the domain's rules come from, when given
   * @param questions its questions, in questionnaire order
   * @param raw the sum of its questions' points
   * @param maxPoints the most points the domain counts, when it has a cap
   * @param capped the raw points after the cap
   * @param weight the multiplier of the capped points
   * @param weighted the capped points times the weight
   * @param adjustments the adjustments that changed the domain's points, in table order
   * @param percent the sum of the adjustments' percents
   * @param adjusted the points the domain adds to the total, never below 0
   * @param sentences the domain's figures in words: added up, cap, weight, adjustments, result
   */
  public record DomainPart(
      String code,
      String name,
      Optional<String> reference,
      List<QuestionPart> questions,
      BigDecimal raw,
      Optional<BigDecimal> maxPoints,
      BigDecimal capped,
      BigDecimal weight,
      BigDecimal weighted,
      List<AdjustmentPart> adjustments,
      BigDecimal percent,
      BigDecimal adjusted,
      List<String> sentences) {

    /**
     * Creates a domain part, keeping copies of its lists.
     *
     * @param code the domain's code
     * @param name the domain's name
     * @param reference where the domain's rules come from, when given
     * @param questions its questions, in questionnaire order
     * @param raw the sum of its questions' points
     * @param maxPoints the most points the domain counts, when it has a cap
     * @param capped the raw points after the cap
     * @param weight the multiplier of the capped points
     * @param weighted the capped points times the weight
     * @param adjustments the adjustments that changed the domain's points, in table order
     * @param percent the sum of the adjustments' percents
     * @param adjusted the points the domain adds to the total, never below 0
     * @param sentences the domain's figures in words: added up, cap, weight, adjustments, result
     */
    public DomainPart {
      questions = List.copyOf(questions);
      adjustments = List.copyOf(adjustments);
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * One question and the answer given to it.
   *
   * @param code the question's code
   * @param text the question as asked
   * @param reference where the question comes from, when given
   * @param answered whether it was answered (an optional question may be left out)
   * @param choices the descriptors chosen, with their words and points (several for a question that
   *     takes any number)
   * @param maxPoints the most points the question counts, when it has a cap
   * @param points the points the question gives
   * @param sentence the answer and its points in words
   */
  public record QuestionPart(
      String code,
      String text,
      Optional<String> reference,
      boolean answered,
      List<Choice> choices,
      Optional<BigDecimal> maxPoints,
      BigDecimal points,
      String sentence) {

    /**
     * Creates a question part, keeping a copy of the choices.
     *
     * @param code the question's code
     * @param text the question as asked
     * @param reference where the question comes from, when given
     * @param answered whether it was answered (an optional question may be left out)
     * @param choices the descriptors chosen, with their words and points (several for a question
     *     that takes any number)
     * @param maxPoints the most points the question counts, when it has a cap
     * @param points the points the question gives
     * @param sentence the answer and its points in words
     */
    public QuestionPart {
      choices = List.copyOf(choices);
    }
  }

  /**
   * A descriptor chosen as an answer.
   *
   * @param code the descriptor's code, for example {@code 1C}
   * @param text its words
   * @param points the points it scores
   */
  public record Choice(String code, String text, BigDecimal points) {}

  /**
   * An adjustment that changed a domain's points because of an answer (most often the support a
   * family carer gives).
   *
   * @param id the adjustment's id
   * @param name what it stands for (its id when the table gives no name)
   * @param question the question whose answer triggers it
   * @param descriptor the descriptor chosen for that question
   * @param descriptorText that descriptor's words
   * @param percent the percent it gives (negative reduces the points)
   * @param reference where the rule comes from, when given
   * @param sentence the adjustment in words
   */
  public record AdjustmentPart(
      String id,
      String name,
      String question,
      String descriptor,
      String descriptorText,
      BigDecimal percent,
      Optional<String> reference,
      String sentence) {}

  /**
   * How the total points became the indicative budget.
   *
   * @param curve the client group of the money scale used ({@code *} for the general one)
   * @param clientGroup the person's client group, when the assessment gave one
   * @param band the label of the band the total fell in
   * @param bandFrom the least points of that band
   * @param nextBandFrom where the next band starts, unless it is the highest band
   * @param bandAmount the money at the start of the band
   * @param perPoint the money each further point adds in the band
   * @param steps the money step by step, from the curve's amount to the rounded budget
   * @param indicative the indicative budget, a week and a year
   * @param sentences the budget in words, and what an indicative budget is
   */
  public record Money(
      String curve,
      Optional<String> clientGroup,
      String band,
      BigDecimal bandFrom,
      Optional<BigDecimal> nextBandFrom,
      BigDecimal bandAmount,
      BigDecimal perPoint,
      List<MoneyStep> steps,
      Budget indicative,
      List<String> sentences) {

    /**
     * Creates the money part, keeping copies of its lists.
     *
     * @param curve the client group of the money scale used ({@code *} for the general one)
     * @param clientGroup the person's client group, when the assessment gave one
     * @param band the label of the band the total fell in
     * @param bandFrom the least points of that band
     * @param nextBandFrom where the next band starts, unless it is the highest band
     * @param bandAmount the money at the start of the band
     * @param perPoint the money each further point adds in the band
     * @param steps the money step by step, from the curve's amount to the rounded budget
     * @param indicative the indicative budget, a week and a year
     * @param sentences the budget in words, and what an indicative budget is
     */
    public Money {
      steps = List.copyOf(steps);
      sentences = List.copyOf(sentences);
    }
  }

  /** What a money step does. */
  public enum StepType {
    /** The curve's band turns the total points into money. */
    CURVE,
    /** A supplement adds a fixed sum for an answer. */
    SUPPLEMENT,
    /** The local cost factor multiplies the money. */
    COST_FACTOR,
    /** The floor and ceiling hold the money between the least and greatest budget. */
    LIMITS,
    /** The money is rounded: the indicative budget. */
    ROUNDING
  }

  /**
   * One step from points to the indicative budget, in the table's period.
   *
   * @param type what the step does
   * @param label what the step is called for a person
   * @param before the money before the step (0 for the curve)
   * @param after the money after it, exact
   * @param reference where the rule comes from, when given
   * @param sentence the step in words, with its sum
   */
  public record MoneyStep(
      StepType type,
      String label,
      BigDecimal before,
      BigDecimal after,
      Optional<String> reference,
      String sentence) {

    /** {@return how much the step changed the money: {@code after − before}} */
    public BigDecimal change() {
      return after.subtract(before);
    }
  }

  /**
   * The changes a worker or a panel made after the RAS figure, shown apart from it.
   *
   * @param changes each moderation, in the order given
   * @param total the sum of the changes, exact
   * @param finalBudget the budget after moderation, a week and a year
   * @param panel whether the change needs a panel's approval, when the table has that rule
   * @param sentences what moderation is, and the final budget in words
   */
  public record ModerationPart(
      List<ModerationLine> changes,
      BigDecimal total,
      Budget finalBudget,
      Optional<PanelCheck> panel,
      List<String> sentences) {

    /**
     * Creates the moderation part, keeping copies of its lists.
     *
     * @param changes each moderation, in the order given
     * @param total the sum of the changes, exact
     * @param finalBudget the budget after moderation, a week and a year
     * @param panel whether the change needs a panel's approval, when the table has that rule
     * @param sentences what moderation is, and the final budget in words
     */
    public ModerationPart {
      changes = List.copyOf(changes);
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * One moderation: who changed the figure, when, by how much and why.
   *
   * @param number its number, from 1
   * @param amount the money it adds (negative takes away), when given as money
   * @param percent the percent of the indicative budget, when given as a percent
   * @param set the figure it sets the budget at (spec v1.1 §2), when it sets one
   * @param change the money it changes the budget by, exact, in the table's period
   * @param reason why the figure was changed
   * @param by who changed it (a role or a team)
   * @param date when, as an ISO date
   * @param sentence the change in words
   */
  public record ModerationLine(
      int number,
      Optional<BigDecimal> amount,
      Optional<BigDecimal> percent,
      Optional<BigDecimal> set,
      BigDecimal change,
      String reason,
      String by,
      String date,
      String sentence) {}

  /**
   * Whether moderation moved the budget by more than the table allows without a panel.
   *
   * @param tolerancePercent how far, in percent, the budget may move without a panel
   * @param difference how far it moved, in money
   * @param limit the tolerance in money
   * @param required whether a panel must approve the final budget
   * @param reference where the panel rule comes from (the table's reference), when given
   * @param sentence the check in words
   */
  public record PanelCheck(
      BigDecimal tolerancePercent,
      BigDecimal difference,
      BigDecimal limit,
      boolean required,
      Optional<String> reference,
      String sentence) {}

  /**
   * The band the total points fell in is decided by the council's panel (spec v1.1 §1): the
   * indicative budget is a starting point only.
   *
   * @param band the band's label
   * @param from the least points of the band: above this the panel decides
   * @param starting the indicative budget, the starting figure, in the table's period
   * @param reference where the panel rule comes from, when given
   * @param sentence the panel decision in words
   */
  public record PanelDecision(
      String band,
      BigDecimal from,
      BigDecimal starting,
      Optional<String> reference,
      String sentence) {}

  /**
   * What another source pays of the budget (spec v1.1 §4).
   *
   * @param source the source's id, as the table lists it
   * @param name the source's name, as the table gives it
   * @param amount what it pays, in the table's period
   * @param reference where the council's rule about the source comes from, when given
   */
  public record FundingLine(
      String source, String name, BigDecimal amount, Optional<String> reference) {}

  /**
   * Who pays the budget: each other source, and the council for the rest (spec v1.1 §4).
   *
   * @param lines each other source and what it pays, in the assessment's order
   * @param other what the other sources pay together, exact
   * @param of {@code final} when the budget paid is the final budget, else {@code indicative}
   * @param councilBudget what the council pays, a week and a year
   * @param covers whether the other sources pay the whole budget
   * @param sentences who pays what, in words
   */
  public record FundingPart(
      List<FundingLine> lines,
      BigDecimal other,
      String of,
      Budget councilBudget,
      boolean covers,
      List<String> sentences) {

    /**
     * Creates the funding part, keeping copies of its lists.
     *
     * @param lines each other source and what it pays, in the assessment's order
     * @param other what the other sources pay together, exact
     * @param of {@code final} when the budget paid is the final budget, else {@code indicative}
     * @param councilBudget what the council pays, a week and a year
     * @param covers whether the other sources pay the whole budget
     * @param sentences who pays what, in words
     */
    public FundingPart {
      lines = List.copyOf(lines);
      sentences = List.copyOf(sentences);
    }
  }
}
