package org.openras.explain;

import static org.openras.explain.Figures.number;
import static org.openras.explain.Figures.percent;
import static org.openras.explain.Figures.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.DomainScore;
import org.openras.explain.Statement.AdjustmentPart;
import org.openras.explain.Statement.Choice;
import org.openras.explain.Statement.DomainPart;
import org.openras.explain.Statement.QuestionPart;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * The points part of a statement: each domain with its questions, the answers chosen and their
 * points, its cap, weight and adjustments, and the total of every domain, each in sentences.
 */
final class DomainParts {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final StatementSource src;

  DomainParts(StatementSource src) {
    this.src = src;
  }

  /**
   * {@return a domain's part: its questions, then its points in sentences from the answers to what
   * the domain gives, through its cap, weight and adjustments}
   */
  DomainPart domain(Domain d, DomainScore score) {
    List<QuestionPart> questions = new ArrayList<>();
    for (Question q : d.questions()) {
      questions.add(question(q));
    }
    List<String> sentences = new ArrayList<>();
    sentences.add(questionsSentence(questions, score.raw()));
    d.maxPoints().ifPresent(max -> sentences.add(capSentence(max, score.raw())));
    sentences.add(weightSentence(d.weight(), score));
    List<AdjustmentPart> adjustments = new ArrayList<>();
    for (TraceStep s : src.steps()) {
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
    for (TraceStep s : src.steps()) {
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

  /** {@return the total points, and the sum of the domains' points when there are several} */
  String totalSentence() {
    StringBuilder sum = new StringBuilder();
    for (DomainScore d : src.result().domains()) {
      sum.append(sum.length() == 0 ? "" : " + ").append(number(d.adjusted()));
    }
    return "Adding up the points of every area gives "
        + points(src.result().totalPoints())
        + (src.result().domains().size() > 1 ? " (" + sum + ")." : ".");
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
