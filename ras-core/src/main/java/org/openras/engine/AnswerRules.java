package org.openras.engine;

import static org.openras.ErrorCode.ASSESSMENT_ARRAY_FOR_ONE;
import static org.openras.ErrorCode.ASSESSMENT_FOREIGN_DESCRIPTOR;
import static org.openras.ErrorCode.ASSESSMENT_NO_COST_FACTOR;
import static org.openras.ErrorCode.ASSESSMENT_NO_CURVE;
import static org.openras.ErrorCode.ASSESSMENT_OTHER_FUNDING_SOURCE;
import static org.openras.ErrorCode.ASSESSMENT_REPEATED_DESCRIPTOR;
import static org.openras.ErrorCode.ASSESSMENT_REQUIRED_UNANSWERED;
import static org.openras.ErrorCode.ASSESSMENT_UNKNOWN_DESCRIPTOR;
import static org.openras.ErrorCode.ASSESSMENT_UNKNOWN_QUESTION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.OtherFunding;
import org.openras.table.FundingSource;
import org.openras.table.Question;
import org.openras.table.RasTable;

/**
 * The rules of spec §4 that need the table, in one place: {@link #encode} walks an assessment's
 * answers once, resolving each to descriptor numbers (the {@link Encoding} both calculations use)
 * and describing each broken rule where it finds it; then the required questions, the curve and the
 * cost factor. Every problem is reported at once, in that order, or none.
 */
final class AnswerRules {
  private static final int[] NO_INTS = {};

  private AnswerRules() {}

  /**
   * The encoding of {@code a} for {@code plan}, made and kept in the assessment.
   *
   * @throws InvalidAssessmentException listing every problem, when the assessment breaks a rule
   */
  static Encoding encode(Plan plan, Assessment a) {
    // by index over the answers (the map keeps this list), so that no iterator is made
    List<Map.Entry<String, Answer>> answers = a.answers().entrySet().asList();
    int n = answers.size();
    int extra = 0;
    for (int i = 0; i < n; i++) {
      int size = answers.get(i).getValue().descriptors().size();
      extra += size == 1 ? 0 : 1 + size;
    }
    int[] chosen = new int[plan.questions.size()];
    Arrays.fill(chosen, Encoding.UNANSWERED);
    int[] more = extra == 0 ? NO_INTS : new int[extra];
    int next = 0;
    int required = 0;
    List<Problem> problems = null; // made at the first problem
    for (int i = 0; i < n; i++) {
      Map.Entry<String, Answer> e = answers.get(i);
      String code = e.getKey();
      Answer answer = e.getValue();
      List<String> ds = answer.descriptors();
      // the question is usually the first descriptor's: then no look-up by the answer's code is
      // needed, only that code's check
      int first = ds.isEmpty() ? -1 : number(plan, ds.get(0));
      int q = first >= 0 ? plan.descriptorQuestion[first] : -1;
      // whether the first descriptor is one of the answered question's own
      boolean own = q >= 0 && plan.questions.get(q).code().equals(code);
      if (!own) {
        Integer qi = plan.questionIndex.get(code);
        if (qi == null) {
          problems =
              add(
                  problems,
                  Problem.at(
                      ASSESSMENT_UNKNOWN_QUESTION,
                      at(code),
                      "question '" + code + "' is not in " + tableName(plan)));
          continue;
        }
        q = qi;
      }
      if (plan.questionRequired[q]) {
        required++;
      }
      if (!plan.questionAny[q] && answer.multiple()) {
        problems =
            add(
                problems,
                Problem.at(
                    ASSESSMENT_ARRAY_FOR_ONE,
                    at(code),
                    "question "
                        + code
                        + " takes one descriptor, but the answer is a list "
                        + answer.descriptors()));
        continue;
      }
      if (ds.size() == 1) {
        // the usual answer: one descriptor, which is the question's (nothing more to check: one
        // descriptor cannot be chosen twice); else it breaks a rule
        if (own) {
          chosen[q] = first;
        } else {
          // not the question's: a descriptor the table lacks, or another question's
          problems = add(problems, wrongDescriptor(plan, code, answer, 0, q, first, more, 0, 0));
        }
        continue;
      }
      chosen[q] = -2 - next;
      int from = next + 1;
      more[next] = 0;
      next = from;
      for (int k = 0; k < ds.size(); k++) {
        int x = k == 0 ? first : number(plan, ds.get(k));
        Problem wrong = wrongDescriptor(plan, code, answer, k, q, x, more, from, next);
        if (wrong == null) {
          more[next++] = x;
          more[from - 1]++;
        } else {
          problems = add(problems, wrong);
        }
      }
    }
    if (required != plan.requiredCount) {
      for (Question question : plan.table.questions()) {
        if (question.required() && !a.answers().containsKey(question.code())) {
          problems =
              add(
                  problems,
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
    }
    int curve = plan.curveNumber(a.clientGroup().orElse(null));
    if (curve < 0) {
      problems =
          add(
              problems,
              Problem.at(
                  ASSESSMENT_NO_CURVE,
                  "/context/clientGroup",
                  tableName(plan)
                      + " has no curve for client group "
                      + a.clientGroup().map(g -> "'" + g + "'").orElse("(none given)")
                      + " and no '*' curve"));
    }
    int factor = plan.costFactorNumber(a.locality().orElse(null));
    if (factor < 0) {
      problems =
          add(
              problems,
              Problem.at(
                  ASSESSMENT_NO_COST_FACTOR,
                  "/context/locality",
                  tableName(plan)
                      + " has no cost factor for locality "
                      + a.locality().map(g -> "'" + g + "'").orElse("(none given)")
                      + " and no '*' factor"));
    }
    if (!a.otherFunding().isEmpty()) {
      problems = otherFunding(plan, a, problems);
    }
    if (problems != null) {
      throw new InvalidAssessmentException(a.source().orElse(null), problems);
    }
    Encoding enc =
        new Encoding(plan, chosen, more, curve, factor, a.moderations(), a.otherFunding());
    enc.keepIn(a);
    return enc;
  }

  /**
   * Spec v1.1 §4: every other-funding source is one the table lists, and each is listed once.
   * Returns {@code problems} with any found added.
   */
  private static List<Problem> otherFunding(Plan plan, Assessment a, List<Problem> problems) {
    List<OtherFunding> all = a.otherFunding();
    for (int i = 0; i < all.size(); i++) {
      String source = all.get(i).source();
      if (source == null) {
        continue; // reported when the assessment was built
      }
      String at = "/otherFunding/" + i + "/source";
      if (plan.table.fundingSource(source).isEmpty()) {
        List<String> ids = new ArrayList<>();
        for (FundingSource s : plan.table.otherFunding()) {
          ids.add(s.id());
        }
        problems =
            add(
                problems,
                Problem.at(
                    ASSESSMENT_OTHER_FUNDING_SOURCE,
                    at,
                    "other funding source '"
                        + source
                        + "' is not listed by "
                        + tableName(plan)
                        + (ids.isEmpty()
                            ? ", which lists no other funding"
                            : " (it lists " + String.join(", ", ids) + ")")));
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (source.equals(all.get(j).source())) {
          problems =
              add(
                  problems,
                  Problem.at(
                      ASSESSMENT_OTHER_FUNDING_SOURCE,
                      at,
                      "other funding source '"
                          + source
                          + "' is listed twice (also at /otherFunding/"
                          + j
                          + ")"));
          break;
        }
      }
    }
    return problems;
  }

  /**
   * The problem with the {@code k}th descriptor of the answer to question {@code q} (answered as
   * {@code code}), whose number is {@code x} (-1: the table has none with its code), given those
   * already chosen in {@code more[from, to)}; null when there is none.
   */
  private static Problem wrongDescriptor(
      Plan plan, String code, Answer answer, int k, int q, int x, int[] more, int from, int to) {
    String d = answer.descriptors().get(k);
    if (x < 0) {
      return Problem.at(
          ASSESSMENT_UNKNOWN_DESCRIPTOR,
          at(code, answer, k),
          "descriptor '"
              + d
              + "' given for question "
              + code
              + " is not in "
              + tableName(plan)
              + " (question "
              + code
              + " has "
              + codesOf(plan.questions.get(q))
              + ")");
    }
    if (plan.descriptorQuestion[x] != q) {
      return Problem.at(
          ASSESSMENT_FOREIGN_DESCRIPTOR,
          at(code, answer, k),
          "descriptor "
              + d
              + " given for question "
              + code
              + " belongs to question "
              + plan.questions.get(plan.descriptorQuestion[x]).code()
              + " (question "
              + code
              + " has "
              + codesOf(plan.questions.get(q))
              + ")");
    }
    if (contains(more, from, to, x)) {
      return Problem.at(
          ASSESSMENT_REPEATED_DESCRIPTOR,
          at(code, answer, k),
          "descriptor " + d + " is chosen twice for question " + code);
    }
    return null;
  }

  /** The descriptor's number, or -1 when the table has no descriptor with this code. */
  private static int number(Plan plan, String code) {
    Integer x = plan.descriptorIndex.get(code);
    return x == null ? -1 : x;
  }

  private static boolean contains(int[] a, int from, int to, int x) {
    for (int j = from; j < to; j++) {
      if (a[j] == x) {
        return true;
      }
    }
    return false;
  }

  private static List<Problem> add(List<Problem> problems, Problem p) {
    List<Problem> list = problems == null ? new ArrayList<>() : problems;
    list.add(p);
    return list;
  }

  private static String tableName(Plan plan) {
    RasTable t = plan.table;
    return "table " + t.id() + " version " + t.version();
  }

  /** The JSON pointer of the answer to question {@code code}. */
  private static String at(String code) {
    return "/answers/" + code.replace("~", "~0").replace("/", "~1");
  }

  /** The JSON pointer of the answer's {@code k}th descriptor (the answer itself if not a list). */
  private static String at(String code, Answer answer, int k) {
    return answer.multiple() ? at(code) + "/" + k : at(code);
  }

  private static String codesOf(Question q) {
    return String.join(", ", q.descriptors().stream().map(x -> x.code()).toList());
  }
}
