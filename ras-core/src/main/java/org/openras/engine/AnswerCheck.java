package org.openras.engine;

import static org.openras.ErrorCode.ASSESSMENT_ARRAY_FOR_ONE;
import static org.openras.ErrorCode.ASSESSMENT_FOREIGN_DESCRIPTOR;
import static org.openras.ErrorCode.ASSESSMENT_NO_COST_FACTOR;
import static org.openras.ErrorCode.ASSESSMENT_NO_CURVE;
import static org.openras.ErrorCode.ASSESSMENT_REPEATED_DESCRIPTOR;
import static org.openras.ErrorCode.ASSESSMENT_REQUIRED_UNANSWERED;
import static org.openras.ErrorCode.ASSESSMENT_UNKNOWN_DESCRIPTOR;
import static org.openras.ErrorCode.ASSESSMENT_UNKNOWN_QUESTION;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;

/**
 * The rules of spec §4 that need the table: every problem at once, or none. The engine's two
 * kernels check these rules as they go ({@link ExactCalculation#compute}, {@link Encoding#make})
 * and stop at the first broken one; {@link #check} then goes through the assessment again to
 * describe every problem. {@link #valid} states the same rules as one pass that allocates nothing:
 * the reference the tests hold both kernels' checks to.
 */
final class AnswerCheck {
  private AnswerCheck() {}

  /**
   * Whether the assessment breaks none of the rules {@link #check} reports, found with the plan's
   * numbered look-ups and without allocating.
   */
  static boolean valid(Plan plan, Assessment a) {
    // by index over the table's questions, so that not even an iterator is made
    Map<String, Answer> answers = a.answers();
    int answered = 0;
    for (int q = 0; q < plan.questions.size(); q++) {
      Answer answer = answers.get(plan.questions.get(q).code());
      if (answer == null) {
        if (plan.questionRequired[q]) {
          return false;
        }
        continue;
      }
      answered++;
      if (!plan.questionAny[q] && answer.multiple()) {
        return false;
      }
      List<String> ds = answer.descriptors();
      for (int i = 0; i < ds.size(); i++) {
        String d = ds.get(i);
        Integer di = plan.descriptorIndex.get(d);
        if (di == null || plan.descriptorQuestion[di] != q) {
          return false;
        }
        for (int j = 0; j < i; j++) {
          if (ds.get(j).equals(d)) {
            return false;
          }
        }
      }
    }
    return answered == answers.size() // else an answer names no question of the table
        && plan.curveNumber(a.clientGroup().orElse(null)) >= 0
        && plan.costFactorNumber(a.locality().orElse(null)) >= 0;
  }

  /**
   * Throws with every problem when the assessment breaks a rule.
   *
   * @throws InvalidAssessmentException listing every problem found
   */
  static void check(Plan plan, Assessment a) {
    if (valid(plan, a)) {
      return;
    }
    RasTable t = plan.table;
    List<Problem> problems = new ArrayList<>();
    String table = "table " + t.id() + " version " + t.version();
    for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
      String code = e.getKey();
      Answer answer = e.getValue();
      String at = "/answers/" + escape(code);
      Optional<Question> q = t.question(code);
      if (q.isEmpty()) {
        problems.add(
            Problem.at(
                ASSESSMENT_UNKNOWN_QUESTION, at, "question '" + code + "' is not in " + table));
        continue;
      }
      Question question = q.get();
      if (question.select() == Select.ONE && answer.multiple()) {
        problems.add(
            Problem.at(
                ASSESSMENT_ARRAY_FOR_ONE,
                at,
                "question "
                    + code
                    + " takes one descriptor, but the answer is a list "
                    + answer.descriptors()));
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < answer.descriptors().size(); i++) {
        String d = answer.descriptors().get(i);
        String dat = answer.multiple() ? at + "/" + i : at;
        Optional<Question> owner = t.questionOf(d);
        if (owner.isEmpty()) {
          problems.add(
              Problem.at(
                  ASSESSMENT_UNKNOWN_DESCRIPTOR,
                  dat,
                  "descriptor '"
                      + d
                      + "' given for question "
                      + code
                      + " is not in "
                      + table
                      + " (question "
                      + code
                      + " has "
                      + codesOf(question)
                      + ")"));
        } else if (!owner.get().code().equals(question.code())) {
          problems.add(
              Problem.at(
                  ASSESSMENT_FOREIGN_DESCRIPTOR,
                  dat,
                  "descriptor "
                      + d
                      + " given for question "
                      + code
                      + " belongs to question "
                      + owner.get().code()
                      + " (question "
                      + code
                      + " has "
                      + codesOf(question)
                      + ")"));
        } else if (!seen.add(d)) {
          problems.add(
              Problem.at(
                  ASSESSMENT_REPEATED_DESCRIPTOR,
                  dat,
                  "descriptor " + d + " is chosen twice for question " + code));
        }
      }
    }
    for (Question question : t.questions()) {
      if (question.required() && !a.answers().containsKey(question.code())) {
        problems.add(
            Problem.at(
                ASSESSMENT_REQUIRED_UNANSWERED,
                "/answers",
                "required question "
                    + question.code()
                    + " (\""
                    + question.text()
                    + "\") is not answered"));
      }
    }
    if (plan.curve(a.clientGroup().orElse(null)) == null) {
      problems.add(
          Problem.at(
              ASSESSMENT_NO_CURVE,
              "/context/clientGroup",
              table
                  + " has no curve for client group "
                  + a.clientGroup().map(g -> "'" + g + "'").orElse("(none given)")
                  + " and no '*' curve"));
    }
    if (plan.costFactor(a.locality().orElse(null)) == null) {
      problems.add(
          Problem.at(
              ASSESSMENT_NO_COST_FACTOR,
              "/context/locality",
              table
                  + " has no cost factor for locality "
                  + a.locality().map(g -> "'" + g + "'").orElse("(none given)")
                  + " and no '*' factor"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidAssessmentException(a.source().orElse(null), problems);
    }
  }

  private static String codesOf(Question q) {
    return String.join(", ", q.descriptors().stream().map(x -> x.code()).toList());
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
