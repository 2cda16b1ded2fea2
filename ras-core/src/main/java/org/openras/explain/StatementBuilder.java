package org.openras.explain;

import static org.openras.explain.Figures.number;
import static org.openras.explain.Figures.percent;
import static org.openras.explain.Figures.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openras.engine.Budget;
import org.openras.engine.DomainScore;
import org.openras.engine.Flag;
import org.openras.engine.Result;
import org.openras.explain.Statement.AdjustmentPart;
import org.openras.explain.Statement.Choice;
import org.openras.explain.Statement.DomainPart;
import org.openras.explain.Statement.ModerationLine;
import org.openras.explain.Statement.ModerationPart;
import org.openras.explain.Statement.Money;
import org.openras.explain.Statement.MoneyStep;
import org.openras.explain.Statement.PanelCheck;
import org.openras.explain.Statement.QuestionPart;
import org.openras.explain.Statement.StepType;
import org.openras.table.Domain;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Unit;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * Builds a {@link Statement} from the table, the result's domain figures and the trace steps (the
 * answers are known only from the trace). The sentences are written here, for a family: short, one
 * idea each, every term explained where it is first used.
 */
final class StatementBuilder {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RasTable table;
  private final Result result;
  private final List<TraceStep> steps;
  private final String currency;

  /** The unit the table's figures count (spec v1.1 §5), empty for money. */
  private final Optional<Unit> unit;

  private StatementBuilder(RasTable table, Result result) {
    this.table = table;
    this.result = result;
    this.steps = result.trace().steps();
    this.currency = table.currency();
    this.unit = table.allocation().unit();
  }

  static Statement build(RasTable table, Result result) {
    if (table == null || result == null) {
      throw new NullPointerException(table == null ? "table" : "result");
    }
    if (result.trace().isEmpty()) {
      throw new IllegalArgumentException(
          "the result of "
              + result.assessmentId()
              + " was computed without tracing; a statement"
              + " needs the trace (calculate with Tracing.ON)");
    }
    if (!result.table().fingerprint().equals(table.fingerprint())) {
      throw new IllegalArgumentException(
          "the result of "
              + result.assessmentId()
              + " was computed with table "
              + result.table().id()
              + " "
              + result.table().version()
              + " ("
              + result.table().fingerprint()
              + "), not with "
              + table.id()
              + " "
              + table.version()
              + " ("
              + table.fingerprint()
              + ")");
    }
    return new StatementBuilder(table, result).statement();
  }

  private Statement statement() {
    Statement.Header header =
        new Statement.Header(
            result.assessmentId(),
            table.name(),
            table.id(),
            table.version(),
            table.fingerprint(),
            table.effectiveFrom(),
            table.effectiveTo(),
            currency,
            table.period(),
            table.reference(),
            table.review(),
            unit);
    List<DomainPart> domains = new ArrayList<>();
    for (Domain d : table.domains()) {
      domains.add(domain(d, result.domain(d.code()).orElseThrow()));
    }
    return new Statement(
        header,
        introduction(),
        domains,
        result.totalPoints(),
        totalSentence(),
        money(),
        moderation(),
        result.flags(),
        notes(),
        panelDecision(),
        funding());
  }

  // ------------------------------------------------------------------ introduction

  private List<String> introduction() {
    List<String> intro = new ArrayList<>();
    intro.addAll(
        List.of(
            "This statement shows how the indicative budget for assessment "
                + result.assessmentId()
                + " was worked out, step by step, from the answers given.",
            "An indicative budget is an early estimate of the money for your support. The council"
                + " works it out with a Resource Allocation System (RAS): a questionnaire whose"
                + " answers score points, and a rule that turns points into money. It is a starting"
                + " point for planning your support, not a final decision.",
            "The questionnaire is split into areas of life, called domains. Each answer scores"
                + " points. The points of each area are added up, then all areas are added"
                + " together, and the total is turned into money.",
            "The figures come from the table \""
                + table.name()
                + "\", version "
                + table.version()
                + ". Its fingerprint, "
                + table.fingerprint().value()
                + ", proves exactly which"
                + " table was used: any change to the table would change it."));
    unit.ifPresent(
        u ->
            intro.add(
                "This council counts your support in "
                    + u.plural()
                    + ", not in money: every figure below is a number of "
                    + u.plural()
                    + per()
                    + u.price()
                        .map(
                            p ->
                                ", and one "
                                    + u.singular()
                                    + " costs "
                                    + money(currency, p)
                                    + ", so the budget is also shown in money.")
                        .orElse(".")));
    return intro;
  }

  // ------------------------------------------------------------------ domains

  private DomainPart domain(Domain d, DomainScore score) {
    List<QuestionPart> questions = new ArrayList<>();
    for (Question q : d.questions()) {
      questions.add(question(q));
    }
    List<String> sentences = new ArrayList<>();
    sentences.add(questionsSentence(questions, score.raw()));
    d.maxPoints().ifPresent(max -> sentences.add(capSentence(max, score.raw())));
    sentences.add(weightSentence(d.weight(), score));
    List<AdjustmentPart> adjustments = new ArrayList<>();
    for (TraceStep s : steps) {
      if (s.kind() == StepKind.ADJUSTMENT && s.subject().equals(d.code())) {
        AdjustmentPart a = adjustment(s, d);
        adjustments.add(a);
        sentences.add(a.sentence());
      }
    }
    sentences.add(resultSentence(score));
    return new DomainPart(
        d.code(),
        d.name(),
        d.reference(),
        questions,
        score.raw(),
        d.maxPoints(),
        score.capped(),
        d.weight(),
        score.weighted(),
        adjustments,
        score.percent(),
        score.adjusted(),
        sentences);
  }

  /** The domain's questions and their points added up. */
  private static String questionsSentence(List<QuestionPart> questions, BigDecimal raw) {
    StringBuilder codes = new StringBuilder();
    StringBuilder sum = new StringBuilder();
    for (int i = 0; i < questions.size(); i++) {
      codes
          .append(i == 0 ? "" : i == questions.size() - 1 ? " and " : ", ")
          .append(questions.get(i).code());
      sum.append(i == 0 ? "" : " + ").append(number(questions.get(i).points()));
    }
    return questions.size() == 1
        ? "Question " + codes + " gives " + points(raw) + "."
        : "Questions " + codes + " together give " + points(raw) + " (" + sum + ").";
  }

  /** The domain's cap, and whether it cut the points. */
  private static String capSentence(BigDecimal max, BigDecimal raw) {
    if (raw.compareTo(max) > 0) {
      return "This area counts at most "
          + points(max)
          + " (its cap), so only "
          + number(max)
          + " of the "
          + points(raw)
          + " count.";
    }
    boolean one = raw.compareTo(BigDecimal.ONE) == 0;
    return "This area counts at most "
        + points(max)
        + " (its cap); "
        + (one ? "its " : "all its ")
        + points(raw)
        + (one ? " counts." : " count.");
  }

  private static String weightSentence(BigDecimal weight, DomainScore score) {
    if (weight.compareTo(BigDecimal.ONE) == 0) {
      return "Its weight is 1, so these points count as they are.";
    }
    if (weight.signum() == 0) {
      return "Its weight is 0, so its points do not count towards the total. (Its answers may"
          + " still change the points of other areas.)";
    }
    return "Its weight is "
        + number(weight)
        + ": the council counts this area "
        + number(weight)
        + " times, so "
        + points(score.capped())
        + " become "
        + points(score.weighted())
        + " ("
        + number(score.capped())
        + " × "
        + number(weight)
        + ").";
  }

  private AdjustmentPart adjustment(TraceStep s, Domain d) {
    BigDecimal p = s.number("percent");
    String question = s.text("question");
    String descriptor = s.text("descriptor");
    String words = s.text("descriptorText");
    String effect = Figures.adjustmentEffect(p);
    String name = s.label().orElse(s.text("adjustment"));
    String sentence =
        "Because "
            + lowerFirst(words)
            + " (answer "
            + descriptor
            + " to question "
            + question
            + "), the points for \""
            + d.name()
            + "\" are "
            + effect
            + ". This rule is called \""
            + name
            + "\".";
    return new AdjustmentPart(
        s.text("adjustment"), name, question, descriptor, words, p, s.reference(), sentence);
  }

  private static String resultSentence(DomainScore score) {
    BigDecimal p = score.percent();
    if (p.signum() == 0) {
      return "So this area gives " + points(score.adjusted()) + ".";
    }
    String change =
        number(score.weighted())
            + " points "
            + (p.signum() < 0 ? "less " : "plus ")
            + percent(p.abs());
    if (score.adjusted().signum() == 0
        && score.weighted().signum() > 0
        && p.compareTo(HUNDRED.negate()) < 0) {
      return "So this area gives 0 points: " + change + " would be below 0.";
    }
    return "So this area gives " + points(score.adjusted()) + " (" + change + ").";
  }

  private QuestionPart question(Question q) {
    List<Choice> choices = new ArrayList<>();
    boolean answered = true;
    BigDecimal capped = null;
    for (TraceStep s : steps) {
      if (!q.code().equals(s.subject())) {
        continue;
      }
      if (s.kind() == StepKind.DESCRIPTOR) {
        choices.add(new Choice(s.text("descriptor"), s.text("descriptorText"), s.number("points")));
      } else if (s.kind() == StepKind.UNANSWERED) {
        answered = false;
      } else if (s.kind() == StepKind.QUESTION) {
        capped = s.value().orElseThrow();
      }
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Choice c : choices) {
      sum = sum.add(c.points());
    }
    BigDecimal pts = capped != null ? capped : sum;
    String sentence =
        !answered
            ? "Not answered. This question is optional, so it gives 0 points."
            : choices.isEmpty()
                ? "None of these was chosen, so this question gives 0 points."
                : answerSentence(q, choices, sum, pts);
    return new QuestionPart(
        q.code(), q.text(), q.reference(), answered, choices, q.maxPoints(), pts, sentence);
  }

  /** The answers chosen, their points added up, and the question's cap when it cut them. */
  private static String answerSentence(
      Question q, List<Choice> choices, BigDecimal sum, BigDecimal pts) {
    StringBuilder b = new StringBuilder();
    if (choices.size() == 1) {
      Choice c = choices.get(0);
      b.append("Answer ")
          .append(c.code())
          .append(", \"")
          .append(c.text())
          .append("\": ")
          .append(points(c.points()));
    } else {
      b.append("Answers ");
      StringBuilder sumText = new StringBuilder();
      for (int i = 0; i < choices.size(); i++) {
        Choice c = choices.get(i);
        b.append(i == 0 ? "" : i == choices.size() - 1 ? " and " : ", ")
            .append(c.code())
            .append(" (")
            .append(points(c.points()))
            .append(')');
        sumText.append(i == 0 ? "" : " + ").append(number(c.points()));
      }
      b.append(" add up to ").append(sumText).append(" = ").append(points(sum));
    }
    if (pts.compareTo(sum) != 0) {
      b.append(". This question counts at most ")
          .append(points(q.maxPoints().orElse(pts)))
          .append(", so it gives ")
          .append(points(pts));
    }
    return b.append('.').toString();
  }

  private String totalSentence() {
    StringBuilder sum = new StringBuilder();
    for (DomainScore d : result.domains()) {
      sum.append(sum.length() == 0 ? "" : " + ").append(number(d.adjusted()));
    }
    return "Adding up the points of every area gives "
        + points(result.totalPoints())
        + (result.domains().size() > 1 ? " (" + sum + ")." : ".");
  }

  // ------------------------------------------------------------------ money

  /**
   * The money part, one step of §3 after another: the curve and its band, then each supplement, the
   * cost factor, the floor and ceiling and the rounding in the order of the trace, each step
   * starting from the money the one before ended with.
   */
  private Money money() {
    TraceStep curve = only(StepKind.CURVE);
    TraceStep band = only(StepKind.BAND);
    List<MoneyStep> moneySteps = new ArrayList<>();
    moneySteps.add(curveStep(curve, band));
    BigDecimal running = moneySteps.get(0).after();
    for (TraceStep s : steps) {
      MoneyStep step =
          switch (s.kind()) {
            case SUPPLEMENT -> supplement(s);
            case COST_FACTOR -> costFactor(s);
            case LIMITS -> limits(s);
            case ROUNDING -> rounding(s, running);
            default -> null;
          };
      if (step != null) {
        moneySteps.add(step);
        running = step.after();
      }
    }
    Budget b = result.indicativeBudget();
    return new Money(
        curve.subject(),
        Optional.ofNullable(curve.text("clientGroup")),
        band.subject(),
        band.number("from"),
        nextFrom(band),
        band.number("amount"),
        band.number("perPoint"),
        moneySteps,
        b,
        budgetSentences(b));
  }

  /**
   * The indicative budget in words, and what it costs when the table counts a unit with a price.
   */
  private List<String> budgetSentences(Budget b) {
    List<String> out = new ArrayList<>();
    out.add(budgetSentence(b));
    for (TraceStep s : steps(StepKind.UNIT_COST)) {
      if ("indicative".equals(s.subject())) {
        out.add(costSentence(s, "your indicative budget"));
      }
    }
    return out;
  }

  /** What a budget counted in a unit costs at the unit's price (spec v1.1 §5). */
  private String costSentence(TraceStep s, String what) {
    Unit u = unit.orElseThrow();
    BigDecimal q = s.number("quantity");
    BigDecimal oq = s.number("otherQuantity");
    boolean week = table.period() == Period.WEEK;
    return "At "
        + money(currency, s.number("price"))
        + " for each "
        + u.singular()
        + ", "
        + what
        + " of "
        + amount(q)
        + per()
        + " costs about "
        + money(currency, s.value().orElseThrow())
        + per()
        + " ("
        + amount(oq)
        + (week ? " a year" : " a week")
        + " cost about "
        + money(currency, s.number("otherCost"))
        + ").";
  }

  /** The first money step: the curve chosen, and what its band pays for the total points. */
  private MoneyStep curveStep(TraceStep curve, TraceStep band) {
    return new MoneyStep(
        StepType.CURVE,
        "Band " + band.subject() + " of the curve",
        BigDecimal.ZERO,
        band.value().orElseThrow(),
        joined(curve.reference(), band.reference()),
        curveSentence(curve) + " " + bandSentence(band));
  }

  /** Which curve is used, and why: the client group's own, or the general one. */
  private static String curveSentence(TraceStep curve) {
    String asked = curve.text("clientGroup");
    if (asked == null) {
      return "No client group was given, so the council's general money scale (called"
          + " a curve) is used.";
    }
    if (asked.equals(curve.subject())) {
      return "The council's money scale (called a curve) for the client group \""
          + asked
          + "\" is used.";
    }
    return "The client group \""
        + asked
        + "\" has no money scale (called a curve)"
        + " of its own, so the council's general one is used.";
  }

  /** Where the next band starts, unless the band is the highest. */
  private static Optional<BigDecimal> nextFrom(TraceStep band) {
    return band.inputs().containsKey("nextFrom")
        ? Optional.of(band.number("nextFrom"))
        : Optional.empty();
  }

  /** The band the total falls in, its range, and the money it gives, worked out. */
  private String bandSentence(TraceStep band) {
    BigDecimal total = band.number("total");
    BigDecimal from = band.number("from");
    BigDecimal amount = band.number("amount");
    BigDecimal perPoint = band.number("perPoint");
    String range =
        nextFrom(band)
            .map(n -> "from " + number(from) + " points up to (but not including) " + number(n))
            .orElse("from " + number(from) + " points upwards");
    return "The curve is split into bands. A band is a range of total points with its own money"
        + " rule. "
        + points(total)
        + " fall in band "
        + band.subject()
        + ", which covers "
        + range
        + ". "
        + (perPoint.signum() == 0
            ? "Band " + band.subject() + " gives a fixed " + money(amount) + per() + "."
            : "Band "
                + band.subject()
                + " gives "
                + money(amount)
                + " at "
                + points(from)
                + " and "
                + money(perPoint)
                + " for each point above that: "
                + money(amount)
                + " + ("
                + number(total)
                + " − "
                + number(from)
                + ") × "
                + money(perPoint)
                + " = "
                + money(band.value().orElseThrow())
                + per()
                + ".");
  }

  /** A supplement: the fixed sum added for an answer. */
  private MoneyStep supplement(TraceStep s) {
    String name = s.label().orElse(s.subject());
    String sentence =
        "A supplement is a fixed sum added for a particular answer. \""
            + name
            + "\": because of answer "
            + s.text("descriptor")
            + " to question "
            + s.text("question")
            + ", "
            + money(s.number("amount"))
            + per()
            + " is added: "
            + money(s.number("before"))
            + " + "
            + money(s.number("amount"))
            + " = "
            + money(s.value().orElseThrow())
            + ".";
    return new MoneyStep(
        StepType.SUPPLEMENT,
        name,
        s.number("before"),
        s.value().orElseThrow(),
        s.reference(),
        sentence);
  }

  /** The cost factor of the person's area, or the general one, and what it makes of the money. */
  private MoneyStep costFactor(TraceStep s) {
    String locality = s.text("locality");
    BigDecimal factor = s.number("factor");
    String who =
        locality != null && locality.equals(s.subject())
            ? "Your locality, \"" + locality + "\", has a cost factor of " + number(factor)
            : (locality == null
                    ? "No locality was given"
                    : "The locality \"" + locality + "\" has no cost factor of its own")
                + ", so the general cost factor of "
                + number(factor)
                + " is used";
    String sentence =
        "A cost factor allows for how much support costs where you live. "
            + who
            + ": "
            + money(s.number("before"))
            + " × "
            + number(factor)
            + " = "
            + money(s.value().orElseThrow())
            + ".";
    return new MoneyStep(
        StepType.COST_FACTOR,
        "Cost factor " + number(factor),
        s.number("before"),
        s.value().orElseThrow(),
        s.reference(),
        sentence);
  }

  /** The rounding of the money, from what the step before ended with. */
  private MoneyStep rounding(TraceStep s, BigDecimal before) {
    String sentence =
        unit.map(u -> "The number of " + u.plural() + " is rounded ")
                .orElse("The money is rounded ")
            + roundingWords(s)
            + ": "
            + money(s.number("amount"))
            + " becomes "
            + money(s.value().orElseThrow())
            + per()
            + ".";
    return new MoneyStep(
        StepType.ROUNDING, "Rounding", before, s.value().orElseThrow(), s.reference(), sentence);
  }

  /** The indicative budget in both periods, and how the other period's figure is found. */
  private String budgetSentence(Budget b) {
    return "Your indicative budget is "
        + both(b)
        + ". The "
        + otherPeriodWord()
        + " figure is "
        + (table.period() == Period.WEEK
            ? money(b.weekly()) + " × " + number(table.weeksPerYear()) + " weeks"
            : money(b.annual()) + " ÷ " + number(table.weeksPerYear()) + " weeks")
        + ", rounded the same way.";
  }

  private MoneyStep limits(TraceStep s) {
    boolean floor = s.inputs().containsKey("floor");
    boolean ceiling = s.inputs().containsKey("ceiling");
    StringBuilder b = new StringBuilder("The council sets ");
    if (floor) {
      b.append("a least budget (the floor) of ").append(money(s.number("floor")));
    }
    if (floor && ceiling) {
      b.append(" and ");
    }
    if (ceiling) {
      b.append("a greatest budget (the ceiling) of ").append(money(s.number("ceiling")));
    }
    curveLimitsWords().ifPresent(b::append);
    String applied = s.text("applied");
    BigDecimal before = s.number("amount");
    BigDecimal after = s.value().orElseThrow();
    String label;
    if (Flag.FLOOR_APPLIED.name().equals(applied)) {
      b.append(". ")
          .append(money(before))
          .append(" is below the floor, so it is raised to ")
          .append(money(after))
          .append('.');
      label = "Raised to the floor";
    } else if (Flag.CEILING_APPLIED.name().equals(applied)) {
      b.append(". ")
          .append(money(before))
          .append(" is above the ceiling, so it is lowered to ")
          .append(money(after))
          .append('.');
      label = "Lowered to the ceiling";
    } else {
      b.append(". ")
          .append(money(before))
          .append(floor && ceiling ? " is between them" : " is within it")
          .append(", so it does not change.");
      label = floor && ceiling ? "Floor and ceiling" : floor ? "Floor" : "Ceiling";
    }
    return new MoneyStep(StepType.LIMITS, label, before, after, s.reference(), b.toString());
  }

  /**
   * The curve's own limits in words (spec v1.1 §3), when the curve has its own floor or ceiling: "
   * for the client group "older-people" (its own, in place of the general ceiling of £950.00)".
   */
  private Optional<String> curveLimitsWords() {
    List<TraceStep> own = steps(StepKind.CURVE_LIMITS);
    if (own.isEmpty()) {
      return Optional.empty();
    }
    TraceStep c = own.get(0);
    List<String> general = new ArrayList<>();
    if (c.inputs().get("floor") != null) {
      general.add(
          c.inputs().get("tableFloor") == null
              ? "no general floor"
              : "the general floor of " + money(c.number("tableFloor")));
    }
    if (c.inputs().get("ceiling") != null) {
      general.add(
          c.inputs().get("tableCeiling") == null
              ? "no general ceiling"
              : "the general ceiling of " + money(c.number("tableCeiling")));
    }
    return Optional.of(
        " for the client group \""
            + c.subject()
            + "\" (its own, in place of "
            + String.join(" and ", general)
            + ")");
  }

  // ------------------------------------------------------------------ v1.1: panel, funding

  /**
   * The panel decision (spec v1.1 §1), when the total fell in a band the council's panel decides:
   * "Above 60 points the council's Resource Allocation Panel decides your budget; £412.00 a week is
   * a starting point only."
   */
  private Optional<Statement.PanelDecision> panelDecision() {
    List<TraceStep> panel = steps(StepKind.PANEL_BAND);
    if (panel.isEmpty()) {
      return Optional.empty();
    }
    TraceStep p = panel.get(0);
    BigDecimal start = primary(result.indicativeBudget());
    String sentence =
        "Above "
            + points(p.number("from"))
            + " the council's Resource Allocation Panel decides your budget; "
            + money(start)
            + per()
            + " is a starting point only. Band "
            + p.subject()
            + " of the curve is decided by the panel, so the figure worked out here is where the"
            + " panel starts, not your budget.";
    return Optional.of(
        new Statement.PanelDecision(p.subject(), p.number("from"), start, p.reference(), sentence));
  }

  /**
   * Who pays (spec v1.1 §4), when the assessment lists other funding: each other source, then the
   * council for the rest. Other funding does not change the budget, only who pays it.
   */
  private Optional<Statement.FundingPart> funding() {
    if (result.councilBudget().isEmpty()) {
      return Optional.empty();
    }
    List<Statement.FundingLine> lines = new ArrayList<>();
    for (TraceStep s : steps(StepKind.OTHER_FUNDING)) {
      lines.add(
          new Statement.FundingLine(
              s.subject(), s.label().orElse(s.subject()), s.number("amount"), s.reference()));
    }
    TraceStep c = only(StepKind.COUNCIL_BUDGET);
    Budget council = result.councilBudget().get();
    boolean covers = result.has(Flag.OTHER_FUNDING_COVERS_BUDGET);
    BigDecimal budget = c.number("budget");
    BigDecimal other = c.number("other");
    String of = c.text("of");
    List<String> sentences = new ArrayList<>();
    sentences.add(
        "Your "
            + ("final".equals(of) ? "final" : "indicative")
            + " budget of "
            + money(budget)
            + per()
            + " is what your support needs. Some of it is paid by others, not by the council:"
            + " this does not change your budget, only who pays it.");
    StringBuilder pays = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Statement.FundingLine l = lines.get(i);
      pays.append(i == 0 ? "" : i == lines.size() - 1 ? " and " : ", ")
          .append(l.name())
          .append(" pays ")
          .append(money(l.amount()))
          .append(per());
    }
    pays.append(" of this");
    if (lines.size() > 1) {
      pays.append(", ").append(money(other)).append(per()).append(" together");
    }
    BigDecimal councilPrimary = primary(council);
    if (covers) {
      pays.append("; that is all of your budget, so the council pays ")
          .append(money(councilPrimary))
          .append('.');
    } else {
      pays.append("; the council pays ")
          .append(money(councilPrimary))
          .append(per())
          .append(costWords(council))
          .append(" (")
          .append(money(budget))
          .append(" − ")
          .append(money(other))
          .append(")")
          .append(", which is ")
          .append(money(otherPeriod(council)))
          .append(table.period() == Period.WEEK ? " a year." : " a week.");
    }
    sentences.add(pays.toString());
    return Optional.of(new Statement.FundingPart(lines, other, of, council, covers, sentences));
  }

  /** " (about £211.50 a week)" for a budget counted in a unit with a price; else nothing. */
  private String costWords(Budget b) {
    return b.cost().map(c -> " (about " + money(currency, primary(c)) + per() + ")").orElse("");
  }

  private BigDecimal primary(Budget b) {
    return table.period() == Period.WEEK ? b.weekly() : b.annual();
  }

  private BigDecimal otherPeriod(Budget b) {
    return table.period() == Period.WEEK ? b.annual() : b.weekly();
  }

  // ------------------------------------------------------------------ moderation

  /**
   * The moderation part, when the assessment was moderated: each change, the final budget worked
   * out, and the panel check when the table has a tolerance.
   */
  private Optional<ModerationPart> moderation() {
    if (result.finalBudget().isEmpty()) {
      return Optional.empty();
    }
    List<ModerationLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (TraceStep s : steps) {
      if (s.kind() != StepKind.MODERATION && s.kind() != StepKind.MODERATION_SET) {
        continue;
      }
      ModerationLine line =
          s.kind() == StepKind.MODERATION_SET ? moderationSetLine(s) : moderationLine(s);
      lines.add(line);
      total = total.add(line.change());
    }
    Budget fin = result.finalBudget().get();
    List<String> sentences =
        List.of(
            "Moderation means that a worker or a panel changed the RAS figure after it was worked"
                + " out, and said why. It is shown here apart from the RAS figure, which stays as"
                + " it was.",
            finalSentence(total, fin));
    return Optional.of(new ModerationPart(lines, total, fin, panelCheck(), sentences));
  }

  /** One change made by moderation: who made it, when, by how much, and why. */
  private ModerationLine moderationLine(TraceStep s) {
    BigDecimal change = s.value().orElseThrow();
    Optional<BigDecimal> amount =
        s.inputs().containsKey("amount") ? Optional.of(s.number("amount")) : Optional.empty();
    Optional<BigDecimal> pct =
        s.inputs().containsKey("percent") ? Optional.of(s.number("percent")) : Optional.empty();
    String how =
        pct.map(
                p ->
                    (p.signum() < 0 ? "" : "+")
                        + percent(p)
                        + " of "
                        + money(s.number("indicative"))
                        + " = "
                        + signed(change))
            .orElse(signed(change));
    String sentence =
        "Change "
            + s.subject()
            + ", made by "
            + s.text("by")
            + " on "
            + s.text("date")
            + ": "
            + how
            + per()
            + ". Reason given: "
            + s.text("reason");
    if (!sentence.endsWith(".")) {
      sentence += ".";
    }
    return new ModerationLine(
        Integer.parseInt(s.subject()),
        amount,
        pct,
        Optional.empty(),
        change,
        s.text("reason"),
        s.text("by"),
        s.text("date"),
        sentence);
  }

  /**
   * One moderation that sets the figure (spec v1.1 §2): "the panel set your budget at £520.00 a
   * week", with the figure it replaced and the change that makes.
   */
  private ModerationLine moderationSetLine(TraceStep s) {
    BigDecimal change = s.value().orElseThrow();
    BigDecimal set = s.number("set");
    String by = s.text("by");
    String who = by.toLowerCase(java.util.Locale.ROOT).contains("panel") ? "the panel" : by;
    String sentence =
        "Change "
            + s.subject()
            + ", made by "
            + by
            + " on "
            + s.text("date")
            + ": "
            + who
            + " set your budget at "
            + money(set)
            + per()
            + " (it was "
            + money(s.number("before"))
            + ", so this is "
            + signed(change)
            + "). Reason given: "
            + s.text("reason");
    if (!sentence.endsWith(".")) {
      sentence += ".";
    }
    return new ModerationLine(
        Integer.parseInt(s.subject()),
        Optional.empty(),
        Optional.empty(),
        Optional.of(set),
        change,
        s.text("reason"),
        by,
        s.text("date"),
        sentence);
  }

  /** The final budget: the RAS figure plus the changes, rounded when the sum needs it. */
  private String finalSentence(BigDecimal total, Budget fin) {
    TraceStep fstep = only(StepKind.FINAL);
    BigDecimal unrounded = fstep.number("roundedFrom");
    return "Final budget after moderation: "
        + money(fstep.number("indicative"))
        + " "
        + signed(total)
        + " = "
        + (unrounded.compareTo(fstep.value().orElseThrow()) != 0
            ? money(unrounded)
                + ", rounded "
                + roundingWords(fstep)
                + (unrounded.signum() < 0 ? " and never below 0" : "")
                + ", gives "
            : "")
        + both(fin)
        + ".";
  }

  /** Whether the change needs a panel's approval, when the table sets a tolerance. */
  private Optional<PanelCheck> panelCheck() {
    List<TraceStep> checks = steps(StepKind.PANEL_CHECK);
    if (checks.isEmpty()) {
      return Optional.empty();
    }
    TraceStep p = checks.get(0);
    boolean required = Flag.PANEL_APPROVAL_REQUIRED.name().equals(p.text("result"));
    String sentence =
        "The council allows moderation to change the budget by up to "
            + percent(p.number("tolerancePercent"))
            + " ("
            + money(p.number("limit"))
            + ") without a panel. This change is "
            + money(p.number("difference"))
            + (required
                ? ", which is more, so a panel must approve the final budget."
                : ", which is within that, so no panel approval is needed.");
    return Optional.of(
        new PanelCheck(
            p.number("tolerancePercent"),
            p.number("difference"),
            p.number("limit"),
            required,
            p.reference(),
            sentence));
  }

  // ------------------------------------------------------------------ notes

  private List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (result.has(Flag.FLOOR_APPLIED)) {
      notes.add("The council's least budget (the floor) raised the figure (FLOOR_APPLIED).");
    }
    if (result.has(Flag.CEILING_APPLIED)) {
      notes.add(
          "The council's greatest budget (the ceiling) lowered the figure" + " (CEILING_APPLIED).");
    }
    if (result.has(Flag.PANEL_DECISION_REQUIRED)) {
      notes.add(
          "The council's panel decides the budget for this many points; the indicative budget is a"
              + " starting point only (PANEL_DECISION_REQUIRED).");
    }
    if (result.has(Flag.PANEL_APPROVAL_REQUIRED)) {
      notes.add("The final budget needs a panel's approval (PANEL_APPROVAL_REQUIRED).");
    }
    if (result.has(Flag.OTHER_FUNDING_COVERS_BUDGET)) {
      notes.add(
          "Other sources pay all of the budget, so the council pays nothing towards it"
              + " (OTHER_FUNDING_COVERS_BUDGET).");
    }
    notes.add(
        "The indicative budget is a starting point for planning your support, not a final"
            + " decision. If an answer looks wrong, ask for it to be checked: a different answer can"
            + " change the points and the money.");
    return notes;
  }

  // ------------------------------------------------------------------ helpers

  private List<TraceStep> steps(StepKind kind) {
    return result.trace().steps(kind);
  }

  private TraceStep only(StepKind kind) {
    List<TraceStep> found = steps(kind);
    if (found.size() != 1) {
      throw new IllegalArgumentException(
          "the trace of "
              + result.assessmentId()
              + " has "
              + found.size()
              + " "
              + kind
              + " steps, not 1");
    }
    return found.get(0);
  }

  /** A figure of the allocation: money, or a quantity of the table's unit (spec v1.1 §5). */
  private String money(BigDecimal v) {
    return Figures.amount(currency, unit, v);
  }

  private String amount(BigDecimal v) {
    return money(v);
  }

  /** Money in the currency, also for a table that counts a unit (its price and costs). */
  private static String money(String currency, BigDecimal v) {
    return Figures.money(currency, v);
  }

  private String signed(BigDecimal v) {
    return Figures.signedAmount(currency, unit, v);
  }

  private String per() {
    return table.period() == Period.WEEK ? " a week" : " a year";
  }

  private String otherPeriodWord() {
    return table.period() == Period.WEEK ? "yearly" : "weekly";
  }

  private String both(Budget b) {
    return table.period() == Period.WEEK
        ? money(b.weekly()) + " a week (" + money(b.annual()) + " a year)"
        : money(b.annual()) + " a year (" + money(b.weekly()) + " a week)";
  }

  private String roundingWords(TraceStep s) {
    return Figures.rounding(money(s.number("increment")), s.text("mode"));
  }

  /** Both references, curve first, when both are given; else the one given. */
  private static Optional<String> joined(Optional<String> curve, Optional<String> band) {
    if (curve.isPresent() && band.isPresent() && !curve.get().equals(band.get())) {
      return Optional.of(curve.get() + "; " + band.get());
    }
    return curve.isPresent() ? curve : band;
  }

  /**
   * The text with its first letter in lower case, to follow "Because": "A family carer helps"
   * becomes "a family carer helps"; "I need…" and an acronym are kept as they are.
   */
  static String lowerFirst(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int space = text.indexOf(' ');
    String first = space < 0 ? text : text.substring(0, space);
    if (first.equals("I") || first.startsWith("I'") || first.startsWith("I’")) {
      return text;
    }
    if (first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
