package org.openras.generate;

import static org.openras.generate.Draws.between;
import static org.openras.generate.Draws.dec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openras.generate.TableSettings.Questionnaire;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;

/**
 * Draws a table's questionnaire: its domains with their weights and caps, their questions ({@code
 * ONE} or {@code ANY}, required or optional, capped or not) and the descriptors of each question
 * with their points. Returns what the rest of the table is keyed to and bounded by.
 */
final class QuestionnaireDraw {
  private final Questionnaire s;
  private final SplittableRandom r;

  QuestionnaireDraw(Questionnaire settings, SplittableRandom r) {
    this.s = settings;
    this.r = r;
  }

  /**
   * The questions drawn, for the rules keyed to them, and the most total points they give.
   *
   * @param one the {@code ONE} questions, which adjustments are keyed to
   * @param all every question, which supplements are keyed to
   * @param domainCodes the domains' codes in order
   * @param maxTotal the most total points an assessment can score
   */
  record Drawn(
      List<Question> one, List<Question> all, List<String> domainCodes, BigDecimal maxTotal) {}

  /** A question drawn, and the most points it can give. */
  private record Asked(Question question, BigDecimal max) {}

  /** Draws the domains with their questions and descriptors, weights and caps. */
  Drawn draw(RasTable.Builder t) {
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
        Asked asked = question(q, halfPoints);
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

  /** Draws question {@code q}: its kind, whether it is required, its descriptors and its cap. */
  private Asked question(int q, boolean halfPoints) {
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
}
