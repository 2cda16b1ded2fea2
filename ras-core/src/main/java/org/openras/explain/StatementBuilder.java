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

  private StatementBuilder(RasTable table, Result result) {
    this.table = table;
    this.result = result;
    this.steps = result.trace().steps();
    this.currency = table.currency();
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
            table.reference());
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
        notes());
  }

  // ------------------------------------------------------------------ introduction

  private List<String> introduction() {
    return List.of(
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
            + " table was used: any change to the table would change it.");
  }

  // ------------------------------------------------------------------ domains

  private DomainPart domain(Domain d, DomainScore score) {
    List<QuestionPart> questions = new ArrayList<>();
    for (Question q : d.questions()) {
      questions.add(question(q));
    }
    List<String> sentences = new ArrayList<>();
    StringBuilder codes = new StringBuilder();
    StringBuilder sum = new StringBuilder();
    for (int i = 0; i < questions.size(); i++) {
      codes
          .append(i == 0 ? "" : i == questions.size() - 1 ? " and " : ", ")
          .append(questions.get(i).code());
      sum.append(i == 0 ? "" : " + ").append(number(questions.get(i).points()));
    }
    sentences.add(
        questions.size() == 1
            ? "Question " + codes + " gives " + points(score.raw()) + "."
            : "Questions " + codes + " together give " + points(score.raw()) + " (" + sum + ").");
    if (d.maxPoints().isPresent()) {
      BigDecimal max = d.maxPoints().get();
      sentences.add(
          score.raw().compareTo(max) > 0
              ? "This area counts at most "
                  + points(max)
                  + " (its cap), so only "
                  + number(max)
                  + " of the "
                  + points(score.raw())
                  + " count."
              : "This area counts at most "
                  + points(max)
                  + " (its cap); "
                  + (score.raw().compareTo(BigDecimal.ONE) == 0 ? "its " : "all its ")
                  + points(score.raw())
                  + (score.raw().compareTo(BigDecimal.ONE) == 0 ? " counts." : " count."));
    }
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
    String effect =
        p.signum() < 0
            ? "reduced by " + percent(p.negate())
            : p.signum() > 0 ? "increased by " + percent(p) : "not changed";
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
    String sentence;
    if (!answered) {
      sentence = "Not answered. This question is optional, so it gives 0 points.";
    } else if (choices.isEmpty()) {
      sentence = "None of these was chosen, so this question gives 0 points.";
    } else {
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
      sentence = b.append('.').toString();
    }
    return new QuestionPart(
        q.code(), q.text(), q.reference(), answered, choices, q.maxPoints(), pts, sentence);
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

  private Money money() {
    String per = per();
    List<MoneyStep> moneySteps = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    TraceStep curve = only(StepKind.CURVE);
    TraceStep band = only(StepKind.BAND);
    String asked = curve.text("clientGroup");
    String curveSentence;
    if (asked == null) {
      curveSentence =
          "No client group was given, so the council's general money scale (called"
              + " a curve) is used.";
    } else if (asked.equals(curve.subject())) {
      curveSentence =
          "The council's money scale (called a curve) for the client group \""
              + asked
              + "\" is used.";
    } else {
      curveSentence =
          "The client group \""
              + asked
              + "\" has no money scale (called a curve)"
              + " of its own, so the council's general one is used.";
    }
    BigDecimal total = band.number("total");
    BigDecimal from = band.number("from");
    BigDecimal amount = band.number("amount");
    BigDecimal perPoint = band.number("perPoint");
    BigDecimal curveMoney = band.value().orElseThrow();
    Optional<BigDecimal> next =
        band.inputs().containsKey("nextFrom")
            ? Optional.of(band.number("nextFrom"))
            : Optional.empty();
    String range =
        next.map(n -> "from " + number(from) + " points up to (but not including) " + number(n))
            .orElse("from " + number(from) + " points upwards");
    String bandSentence =
        "The curve is split into bands. A band is a range of total points with its own money"
            + " rule. "
            + points(total)
            + " fall in band "
            + band.subject()
            + ", which covers "
            + range
            + ". "
            + (perPoint.signum() == 0
                ? "Band " + band.subject() + " gives a fixed " + money(amount) + per + "."
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
                    + money(curveMoney)
                    + per
                    + ".");
    moneySteps.add(
        new MoneyStep(
            StepType.CURVE,
            "Band " + band.subject() + " of the curve",
            BigDecimal.ZERO,
            curveMoney,
            joined(curve.reference(), band.reference()),
            curveSentence + " " + bandSentence));
    BigDecimal running = curveMoney;
    for (TraceStep s : steps) {
      switch (s.kind()) {
        case SUPPLEMENT -> {
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
                  + per
                  + " is added: "
                  + money(s.number("before"))
                  + " + "
                  + money(s.number("amount"))
                  + " = "
                  + money(s.value().orElseThrow())
                  + ".";
          moneySteps.add(
              new MoneyStep(
                  StepType.SUPPLEMENT,
                  name,
                  s.number("before"),
                  s.value().orElseThrow(),
                  s.reference(),
                  sentence));
          running = s.value().orElseThrow();
        }
        case COST_FACTOR -> {
          String locality = s.text("locality");
          BigDecimal factor = s.number("factor");
          String who =
              locality != null && locality.equals(s.subject())
                  ? "Your area, \"" + locality + "\", has a cost factor of " + number(factor)
                  : (locality == null
                          ? "No area was given"
                          : "The area \"" + locality + "\" has no cost factor of its own")
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
          moneySteps.add(
              new MoneyStep(
                  StepType.COST_FACTOR,
                  "Cost factor " + number(factor),
                  s.number("before"),
                  s.value().orElseThrow(),
                  s.reference(),
                  sentence));
          running = s.value().orElseThrow();
        }
        case LIMITS -> {
          moneySteps.add(limits(s));
          running = s.value().orElseThrow();
        }
        case ROUNDING -> {
          String sentence =
              "The money is rounded "
                  + roundingWords(s)
                  + ": "
                  + money(s.number("amount"))
                  + " becomes "
                  + money(s.value().orElseThrow())
                  + per
                  + ".";
          moneySteps.add(
              new MoneyStep(
                  StepType.ROUNDING,
                  "Rounding",
                  running,
                  s.value().orElseThrow(),
                  s.reference(),
                  sentence));
          running = s.value().orElseThrow();
        }
        default -> {}
      }
    }
    Budget b = result.indicativeBudget();
    sentences.add(
        "Your indicative budget is "
            + both(b)
            + ". The "
            + otherPeriodWord()
            + " figure is "
            + (table.period() == Period.WEEK
                ? money(b.weekly()) + " × " + number(table.weeksPerYear()) + " weeks"
                : money(b.annual()) + " ÷ " + number(table.weeksPerYear()) + " weeks")
            + ", rounded the same way.");
    return new Money(
        curve.subject(),
        Optional.ofNullable(asked),
        band.subject(),
        from,
        next,
        amount,
        perPoint,
        moneySteps,
        b,
        sentences);
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

  // ------------------------------------------------------------------ moderation

  private Optional<ModerationPart> moderation() {
    if (result.finalBudget().isEmpty()) {
      return Optional.empty();
    }
    String per = per();
    List<ModerationLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (TraceStep s : steps(StepKind.MODERATION)) {
      BigDecimal change = s.value().orElseThrow();
      total = total.add(change);
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
              + per
              + ". Reason given: "
              + s.text("reason");
      if (!sentence.endsWith(".")) {
        sentence += ".";
      }
      lines.add(
          new ModerationLine(
              Integer.parseInt(s.subject()),
              amount,
              pct,
              change,
              s.text("reason"),
              s.text("by"),
              s.text("date"),
              sentence));
    }
    Budget fin = result.finalBudget().get();
    TraceStep fstep = only(StepKind.FINAL);
    BigDecimal indicative = fstep.number("indicative");
    BigDecimal unrounded = fstep.number("roundedFrom");
    BigDecimal finalPrimary = fstep.value().orElseThrow();
    List<String> sentences = new ArrayList<>();
    sentences.add(
        "Moderation means that a worker or a panel changed the RAS figure after it was worked"
            + " out, and said why. It is shown here apart from the RAS figure, which stays as it"
            + " was.");
    String finalSentence =
        "Final budget after moderation: "
            + money(indicative)
            + " "
            + signed(total)
            + " = "
            + (unrounded.compareTo(finalPrimary) != 0
                ? money(unrounded)
                    + ", rounded "
                    + roundingWords(fstep)
                    + (unrounded.signum() < 0 ? " and never below 0" : "")
                    + ", gives "
                : "")
            + both(fin)
            + ".";
    sentences.add(finalSentence);
    Optional<PanelCheck> panel = Optional.empty();
    List<TraceStep> checks = steps(StepKind.PANEL_CHECK);
    if (!checks.isEmpty()) {
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
      panel =
          Optional.of(
              new PanelCheck(
                  p.number("tolerancePercent"),
                  p.number("difference"),
                  p.number("limit"),
                  required,
                  p.reference(),
                  sentence));
    }
    return Optional.of(new ModerationPart(lines, total, fin, panel, sentences));
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
    if (result.has(Flag.PANEL_APPROVAL_REQUIRED)) {
      notes.add("The final budget needs a panel's approval (PANEL_APPROVAL_REQUIRED).");
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

  private String money(BigDecimal v) {
    return Figures.money(currency, v);
  }

  private String signed(BigDecimal v) {
    return Figures.signedMoney(currency, v);
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
    return Figures.rounding(currency, s.number("increment"), s.text("mode"));
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
