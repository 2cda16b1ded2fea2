package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.openras.InvalidAssessmentException;
import org.openras.RasException;
import org.openras.TableSelectionException;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.assessment.OtherFunding;
import org.openras.engine.Budget;
import org.openras.engine.DomainScore;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.ComparisonChange.Kind;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Unit;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * Two calculations side by side — a review against the previous assessment, or one assessment under
 * two table versions — with what changed, step by step, and how much of the money difference each
 * change accounts for.
 *
 * <p><b>What changed.</b> {@link #changes()} lists the changes of the inputs (table version, client
 * group, locality, each answer, the moderations); {@link #figures()} lists every figure of the
 * calculation that differs (domain points at each stage, total points, curve, band, supplements,
 * cost factor, budgets, flags).
 *
 * <p><b>Attribution rule.</b> The money difference is split by applying the changes one at a time,
 * in a fixed order, and recomputing after each: first the table version, then the client group,
 * then the locality, then each answer in the questionnaire order of the new table (then answers to
 * questions only the old table has, in its order), and last the moderations. A step's part is the
 * budget after it minus the budget before it. The parts therefore add up exactly to the whole
 * difference (the sum telescopes), for the indicative budget and for the budget after moderation
 * alike, weekly and annual. When a change alone leaves inputs that the engine cannot compute (an
 * answer to a question the new table no longer has, a required question the new table adds), it is
 * applied together with the next change or changes, as one step, until the inputs can be computed
 * again. A step's part depends on the order: an answer that moves the total across a band boundary,
 * or past a cap, can be worth more or less depending on the answers applied before it; the fixed
 * order makes the split reproducible.
 *
 * <p>The date of an assessment only chooses the table version. So that an assessment can be
 * computed under a version that is not in force on its date (one assessment under last year's and
 * this year's table), each calculation of a comparison uses the assessment's date when the version
 * is in force on it, and otherwise the version's first day; the table id is that of the version
 * compared.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Comparison {
  private final RasTable beforeTable;
  private final RasTable afterTable;
  private final Result before;
  private final Result after;
  private final List<ComparisonChange> changes;
  private final List<ComparisonStep> steps;
  private final List<ComparisonFigure> figures;

  private Comparison(
      RasTable beforeTable,
      RasTable afterTable,
      Result before,
      Result after,
      List<ComparisonStep> steps,
      List<ComparisonFigure> figures) {
    this.beforeTable = beforeTable;
    this.afterTable = afterTable;
    this.before = before;
    this.after = after;
    this.steps = List.copyOf(steps);
    List<ComparisonChange> all = new ArrayList<>();
    steps.forEach(s -> all.addAll(s.changes()));
    this.changes = List.copyOf(all);
    this.figures = List.copyOf(figures);
  }

  /**
   * A review: {@code after} against {@code before}, each computed with {@code engine} and the table
   * version in force on its own date.
   *
   * @throws TableSelectionException when no single table version fits one of the assessments
   * @throws InvalidAssessmentException when one of the assessments does not fit its table
   * @param engine the engine holding the tables of both assessments
   * @param before the earlier assessment, such as the last review
   * @param after the later assessment
   * @return the comparison, step by step from {@code before} to {@code after}
   */
  public static Comparison of(RasEngine engine, Assessment before, Assessment after) {
    requireNonNull(engine, "engine");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    RasTable tb = engine.tableFor(before);
    RasTable ta = engine.tableFor(after);
    return build(new Runner(), tb, before, ta, after);
  }

  /**
   * One assessment under two tables (usually two versions of one table), each computed as if on a
   * date it is in force.
   *
   * @throws InvalidAssessmentException when the assessment does not fit one of the tables
   * @param before the table the change is measured from, such as this year's version
   * @param after the table the change is measured to
   * @param assessment the person's answers, computed under each table
   * @return the comparison, step by step from {@code before} to {@code after}
   */
  public static Comparison of(RasTable before, RasTable after, Assessment assessment) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    requireNonNull(assessment, "assessment");
    return build(new Runner(), before, assessment, after, assessment);
  }

  /** {@return the table used before} */
  public RasTable beforeTable() {
    return beforeTable;
  }

  /** {@return the table used after} */
  public RasTable afterTable() {
    return afterTable;
  }

  /** {@return the calculation before, with its trace} */
  public Result before() {
    return before;
  }

  /** {@return the calculation after, with its trace} */
  public Result after() {
    return after;
  }

  /**
   * {@return every change of the inputs, in the order they are applied; empty when nothing changed}
   */
  public List<ComparisonChange> changes() {
    return changes;
  }

  /**
   * {@return the attribution: one step per change (or per group of changes), in the order applied}
   */
  public List<ComparisonStep> steps() {
    return steps;
  }

  /** {@return every figure of the calculation that differs, in the order of spec §3} */
  public List<ComparisonFigure> figures() {
    return figures;
  }

  /**
   * {@return the change of what the council pays (spec v1.1 §4), weekly or annual: the sum of the
   * steps' parts} What the council pays is the council budget when the assessment lists other
   * funding, otherwise the budget.
   *
   * @param period {@code WEEK} or {@code YEAR}
   */
  public BigDecimal councilChange(Period period) {
    return figure(period, council(after)).subtract(figure(period, council(before)));
  }

  /** {@return whether either side lists funding from elsewhere (spec v1.1 §4)} */
  public boolean hasOtherFunding() {
    return before.councilBudget().isPresent() || after.councilBudget().isPresent();
  }

  /** {@return the period in which the comparison is best read: the after table's own period} */
  public Period period() {
    return afterTable.period();
  }

  /**
   * {@return the change of the indicative budget, weekly or annual: the sum of the steps' parts}
   *
   * @param period {@code WEEK} or {@code YEAR}
   */
  public BigDecimal indicativeChange(Period period) {
    return figure(period, after.indicativeBudget())
        .subtract(figure(period, before.indicativeBudget()));
  }

  /**
   * {@return the change of the budget (final when moderated, otherwise indicative), weekly or
   * annual: the sum of the steps' parts}
   *
   * @param period {@code WEEK} or {@code YEAR}
   */
  public BigDecimal budgetChange(Period period) {
    return figure(period, budget(after)).subtract(figure(period, budget(before)));
  }

  // ------------------------------------------------------------------ implementation

  static BigDecimal figure(Period period, Budget b) {
    return period == Period.WEEK ? b.weekly() : b.annual();
  }

  static Budget budget(Result r) {
    return r.finalBudget().orElse(r.indicativeBudget());
  }

  /** What the council pays: the council budget, or the budget when there is no other funding. */
  static Budget council(Result r) {
    return r.councilBudget().orElse(budget(r));
  }

  /** Computes (table, assessment) pairs, as if on a date the table is in force. */
  private static final class Runner {
    final Map<RasTable, RasEngine> engines = new HashMap<>();

    Result run(RasTable table, Assessment a) {
      return engines.computeIfAbsent(table, RasEngine::of).calculate(a.forTable(table));
    }
  }

  private record State(RasTable table, Assessment assessment) {}

  private record Pending(ComparisonChange change, UnaryOperator<State> apply) {}

  private static Comparison build(
      Runner runner, RasTable tb, Assessment b, RasTable ta, Assessment a) {
    Result rb = runner.run(tb, b);
    Result ra = runner.run(ta, a);

    List<Pending> pending = new ArrayList<>();
    if (!tb.equals(ta)) {
      pending.add(
          new Pending(
              new ComparisonChange(
                  Kind.TABLE, "", Optional.of(describe(tb)), Optional.of(describe(ta))),
              s -> new State(ta, s.assessment())));
    }
    if (!b.clientGroup().equals(a.clientGroup())) {
      pending.add(
          new Pending(
              new ComparisonChange(Kind.CLIENT_GROUP, "", b.clientGroup(), a.clientGroup()),
              s ->
                  new State(
                      s.table(),
                      s.assessment().toBuilder()
                          .clientGroup(a.clientGroup().orElse(null))
                          .build())));
    }
    if (!b.locality().equals(a.locality())) {
      pending.add(
          new Pending(
              new ComparisonChange(Kind.LOCALITY, "", b.locality(), a.locality()),
              s ->
                  new State(
                      s.table(),
                      s.assessment().toBuilder().locality(a.locality().orElse(null)).build())));
    }
    for (String q : questionOrder(tb, b, ta, a)) {
      Optional<Answer> from = b.answer(q);
      Optional<Answer> to = a.answer(q);
      if (sameAnswer(from, to)) {
        continue;
      }
      pending.add(
          new Pending(
              new ComparisonChange(
                  Kind.ANSWER, q, from.map(Comparison::describe), to.map(Comparison::describe)),
              s -> {
                Assessment.Builder x = s.assessment().toBuilder();
                if (to.isPresent()) {
                  x.answer(q, to.get());
                } else {
                  x.unanswer(q);
                }
                return new State(s.table(), x.build());
              }));
    }
    if (!b.moderations().equals(a.moderations())) {
      pending.add(
          new Pending(
              new ComparisonChange(
                  Kind.MODERATIONS,
                  "",
                  describe(
                      b.moderations(), rb.indicativeBudget().currency(), tb.allocation().unit()),
                  describe(
                      a.moderations(), ra.indicativeBudget().currency(), ta.allocation().unit())),
              s -> {
                Assessment.Builder x = s.assessment().toBuilder().clearModerations();
                a.moderations().forEach(x::moderation);
                return new State(s.table(), x.build());
              }));
    }
    if (!b.otherFunding().equals(a.otherFunding())) {
      pending.add(
          new Pending(
              new ComparisonChange(
                  Kind.OTHER_FUNDING,
                  "",
                  describeFunding(b.otherFunding(), tb, rb.indicativeBudget().currency()),
                  describeFunding(a.otherFunding(), ta, ra.indicativeBudget().currency())),
              s -> {
                Assessment.Builder x = s.assessment().toBuilder().clearOtherFunding();
                a.otherFunding().forEach(f -> x.otherFunding(f.source(), f.amount()));
                return new State(s.table(), x.build());
              }));
    }

    List<ComparisonStep> steps = new ArrayList<>();
    State state = new State(tb, b);
    Result current = rb;
    List<ComparisonChange> group = new ArrayList<>();
    for (Pending p : pending) {
      state = p.apply().apply(state);
      group.add(p.change());
      Result next;
      try {
        next = runner.run(state.table(), state.assessment());
      } catch (RasException e) {
        continue; // not computable on its own: goes with the next change
      }
      steps.add(
          new ComparisonStep(
              group,
              current.indicativeBudget(),
              next.indicativeBudget(),
              budget(current),
              budget(next),
              council(current),
              council(next)));
      current = next;
      group = new ArrayList<>();
    }
    if (!group.isEmpty()) {
      throw new IllegalStateException(
          "the comparison's last state cannot be computed, though the after side can: " + group);
    }
    return new Comparison(tb, ta, rb, ra, steps, figures(rb, tb, ra, ta));
  }

  private static List<String> questionOrder(RasTable tb, Assessment b, RasTable ta, Assessment a) {
    Set<String> order = new LinkedHashSet<>();
    ta.questions().forEach(q -> order.add(q.code()));
    tb.questions().forEach(q -> order.add(q.code()));
    order.addAll(b.answers().keySet());
    order.addAll(a.answers().keySet());
    return List.copyOf(order);
  }

  private static boolean sameAnswer(Optional<Answer> x, Optional<Answer> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty();
    }
    return x.get().descriptors().size() == y.get().descriptors().size()
        && new HashSet<>(x.get().descriptors()).equals(new HashSet<>(y.get().descriptors()))
        && x.get().multiple() == y.get().multiple();
  }

  static String describe(RasTable t) {
    return t.id() + " " + t.version() + " (" + t.fingerprint().value().substring(0, 19) + "…)";
  }

  static String describe(Answer a) {
    return a.descriptors().isEmpty() ? "none of these" : String.join(", ", a.descriptors());
  }

  /**
   * Moderations in words, their figures as the rest of the comparison shows them: {@code +£40.00
   * (review panel, 2026-06-10: …)}, {@code −5%}, {@code = £350.00} (a quantity of the table's unit
   * for a table that counts one); empty when there are none.
   */
  static Optional<String> describe(List<Moderation> ms, String currency, Optional<Unit> unit) {
    return joined(
        ms,
        m ->
            (m.amount().isPresent()
                    ? Figures.change(currency, unit, m.amount().get())
                    : m.percent().isPresent()
                        ? (m.percent().get().signum() > 0 ? "+" : "")
                            + Figures.percent(m.percent().get())
                        : "= " + Figures.amount(currency, unit, m.set().orElseThrow()))
                + " ("
                + m.by()
                + ", "
                + m.date()
                + ": "
                + m.reason()
                + ")");
  }

  /**
   * Other funding in words, as a comparison describes a change: each source by the name its table
   * gives it, and its amount as the table counts it, in the table's period ({@code NHS continuing
   * healthcare or joint funding: £60.00 a week; Independent Living Fund: £20.00 a week}); empty
   * when there is none.
   */
  static Optional<String> describeFunding(List<OtherFunding> all, RasTable t, String currency) {
    return joined(
        all,
        f ->
            t.fundingSource(f.source()).map(FundingSource::name).orElse(f.source())
                + ": "
                + Figures.amount(currency, t.allocation().unit(), f.amount())
                + " "
                + Figures.per(t.period()));
  }

  /** Other funding in codes: {@code nhs 60; ilf 20}; empty when there is none. */
  static Optional<String> describeFunding(List<OtherFunding> all) {
    return joined(all, f -> f.source() + " " + f.amount().toPlainString());
  }

  /** {@return each item in words, joined by "; "; empty when there are none} */
  private static <T> Optional<String> joined(List<T> items, Function<T, String> words) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (T item : items) {
      out.add(words.apply(item));
    }
    return Optional.of(String.join("; ", out));
  }

  /** Shortest plain form: {@code 15}, {@code 17.1}. */
  static String num(BigDecimal v) {
    return org.openras.internal.text.PlainNumber.text(v);
  }

  private static List<ComparisonFigure> figures(Result rb, RasTable tb, Result ra, RasTable ta) {
    List<ComparisonFigure> out = new ArrayList<>();
    Set<String> domains = new LinkedHashSet<>();
    ta.domains().stream().map(Domain::code).forEach(domains::add);
    tb.domains().stream().map(Domain::code).forEach(domains::add);
    for (String d : domains) {
      Optional<DomainScore> x = rb.domain(d);
      Optional<DomainScore> y = ra.domain(d);
      number(
          out,
          ComparisonFigure.Kind.DOMAIN_RAW,
          d,
          x.map(DomainScore::raw),
          y.map(DomainScore::raw));
      number(
          out,
          ComparisonFigure.Kind.DOMAIN_CAPPED,
          d,
          x.map(DomainScore::capped),
          y.map(DomainScore::capped));
      number(
          out,
          ComparisonFigure.Kind.DOMAIN_WEIGHTED,
          d,
          x.map(DomainScore::weighted),
          y.map(DomainScore::weighted));
      number(
          out,
          ComparisonFigure.Kind.DOMAIN_PERCENT,
          d,
          x.map(DomainScore::percent),
          y.map(DomainScore::percent));
      number(
          out,
          ComparisonFigure.Kind.DOMAIN_ADJUSTED,
          d,
          x.map(DomainScore::adjusted),
          y.map(DomainScore::adjusted));
    }
    number(
        out,
        ComparisonFigure.Kind.TOTAL_POINTS,
        "",
        Optional.of(rb.totalPoints()),
        Optional.of(ra.totalPoints()));
    text(out, ComparisonFigure.Kind.CURVE, "", Optional.of(rb.curve()), Optional.of(ra.curve()));
    text(out, ComparisonFigure.Kind.BAND, "", Optional.of(rb.band()), Optional.of(ra.band()));
    text(out, ComparisonFigure.Kind.BAND_RULE, "", bandRule(rb), bandRule(ra));
    number(out, ComparisonFigure.Kind.CURVE_AMOUNT, "", curveAmount(rb), curveAmount(ra));
    Map<String, BigDecimal> sb = supplements(rb);
    Map<String, BigDecimal> sa = supplements(ra);
    Set<String> ids = new LinkedHashSet<>(sa.keySet());
    ids.addAll(sb.keySet());
    for (String id : ids) {
      text(
          out,
          ComparisonFigure.Kind.SUPPLEMENT,
          id,
          Optional.ofNullable(sb.get(id)).map(BigDecimal::toPlainString),
          Optional.ofNullable(sa.get(id)).map(BigDecimal::toPlainString));
    }
    text(out, ComparisonFigure.Kind.COST_FACTOR, "", costFactor(rb), costFactor(ra));
    text(
        out,
        ComparisonFigure.Kind.INDICATIVE_WEEKLY,
        "",
        Optional.of(rb.indicativeBudget().weekly().toPlainString()),
        Optional.of(ra.indicativeBudget().weekly().toPlainString()));
    text(
        out,
        ComparisonFigure.Kind.INDICATIVE_ANNUAL,
        "",
        Optional.of(rb.indicativeBudget().annual().toPlainString()),
        Optional.of(ra.indicativeBudget().annual().toPlainString()));
    text(
        out,
        ComparisonFigure.Kind.FINAL_WEEKLY,
        "",
        rb.finalBudget().map(x -> x.weekly().toPlainString()),
        ra.finalBudget().map(x -> x.weekly().toPlainString()));
    text(
        out,
        ComparisonFigure.Kind.FINAL_ANNUAL,
        "",
        rb.finalBudget().map(x -> x.annual().toPlainString()),
        ra.finalBudget().map(x -> x.annual().toPlainString()));
    text(
        out,
        ComparisonFigure.Kind.OTHER_FUNDING,
        "",
        describeFunding(rb.otherFunding()),
        describeFunding(ra.otherFunding()));
    text(
        out,
        ComparisonFigure.Kind.COUNCIL_WEEKLY,
        "",
        rb.councilBudget().map(x -> x.weekly().toPlainString()),
        ra.councilBudget().map(x -> x.weekly().toPlainString()));
    text(
        out,
        ComparisonFigure.Kind.COUNCIL_ANNUAL,
        "",
        rb.councilBudget().map(x -> x.annual().toPlainString()),
        ra.councilBudget().map(x -> x.annual().toPlainString()));
    text(out, ComparisonFigure.Kind.FLAGS, "", flags(rb), flags(ra));
    return out;
  }

  private static Optional<String> flags(Result r) {
    return r.flags().isEmpty()
        ? Optional.empty()
        : Optional.of(r.flags().stream().map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** The money each supplement added, by id, from the trace. */
  private static Map<String, BigDecimal> supplements(Result r) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (TraceStep s : r.trace().steps(StepKind.SUPPLEMENT)) {
      out.merge(s.subject(), s.number("amount"), BigDecimal::add);
    }
    return out;
  }

  /** The band's rule from the trace: {@code 82 + (points − 20) × 5.25}. */
  private static Optional<String> bandRule(Result r) {
    for (TraceStep s : r.trace().steps(StepKind.BAND)) {
      return Optional.of(
          num(s.number("amount"))
              + " + (points − "
              + num(s.number("from"))
              + ") × "
              + num(s.number("perPoint")));
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> curveAmount(Result r) {
    for (TraceStep s : r.trace().steps(StepKind.BAND)) {
      return s.value();
    }
    return Optional.empty();
  }

  private static Optional<String> costFactor(Result r) {
    for (TraceStep s : r.trace().steps(StepKind.COST_FACTOR)) {
      return Optional.of(s.subject() + " × " + num(s.number("factor")));
    }
    return Optional.empty();
  }

  private static void number(
      List<ComparisonFigure> out,
      ComparisonFigure.Kind kind,
      String subject,
      Optional<BigDecimal> x,
      Optional<BigDecimal> y) {
    boolean same =
        x.isPresent() == y.isPresent() && (x.isEmpty() || x.get().compareTo(y.get()) == 0);
    if (!same) {
      out.add(new ComparisonFigure(kind, subject, x.map(Comparison::num), y.map(Comparison::num)));
    }
  }

  private static void text(
      List<ComparisonFigure> out,
      ComparisonFigure.Kind kind,
      String subject,
      Optional<String> x,
      Optional<String> y) {
    if (!Objects.equals(x, y)) {
      out.add(new ComparisonFigure(kind, subject, x, y));
    }
  }
}
