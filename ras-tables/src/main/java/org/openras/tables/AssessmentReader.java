package org.openras.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;

/**
 * Maps a {@code ras-assessment/1} tree onto {@link Assessment#builder()}: what only JSON can get
 * wrong is reported here, the rules of spec §4 that need no table by the core, all in one {@link
 * InvalidAssessmentException}. The rules that need the table are checked when the engine computes,
 * at the same pointers, located through the assessment's source.
 */
final class AssessmentReader {
  static final List<String> ASSESSMENT =
      List.of("format", "id", "date", "table", "context", "answers", "moderations", "otherFunding");
  static final List<String> CONTEXT = List.of("clientGroup", "locality");
  static final List<String> MODERATION =
      List.of("amount", "percent", "set", "reason", "by", "date");
  static final List<String> OTHER_FUNDING = List.of("source", "amount");

  private final Mapping map = new Mapping();

  private AssessmentReader() {}

  /**
   * The assessment in {@code parsed}.
   *
   * @throws InvalidAssessmentException with every problem of reading and of the rules
   */
  static Assessment read(TreeReader.Parsed parsed, String sourceName) {
    JsonSource source = new JsonSource(sourceName, parsed.locations());
    if (parsed.root().isEmpty()) {
      throw new InvalidAssessmentException(source, parsed.problems());
    }
    return new AssessmentReader().assessment(parsed.root().get(), parsed.problems(), source);
  }

  private Assessment assessment(Node root, List<Problem> treeProblems, JsonSource source) {
    List<Problem> bad =
        map.document(root, treeProblems, source, Assessment.FORMAT, "an assessment");
    if (!bad.isEmpty()) {
      throw new InvalidAssessmentException(source, bad);
    }
    Map<String, Node> a = root.members();
    map.object(root, "the assessment", ASSESSMENT);

    Assessment.Builder b =
        Assessment.builder()
            .source(source)
            .id(map.string(a, "id"))
            .date(map.date(a, "date"))
            .table(map.string(a, "table"));
    if (Mapping.has(a, "context")) {
      Map<String, Node> c = map.object(a.get("context"), "the context", CONTEXT);
      if (c != null) {
        b.clientGroup(map.string(c, "clientGroup")).locality(map.string(c, "locality"));
      }
    }
    if (Mapping.has(a, "answers")) {
      Node answers = a.get("answers");
      if (map.is(answers, Node.Type.OBJECT, "answers must be an object")) {
        for (Map.Entry<String, Node> e : answers.members().entrySet()) {
          Node v = e.getValue();
          if (v.type == Node.Type.STRING) {
            b.answer(e.getKey(), Answer.one(v.text()));
          } else if (v.type == Node.Type.ARRAY) {
            b.answer(
                e.getKey(),
                Answer.any(map.strings(v.elements(), "a descriptor code in an answer")));
          } else {
            map.is(
                v,
                Node.Type.STRING,
                "the answer to "
                    + Node.abbreviate(e.getKey())
                    + " must be a descriptor code or an array of them");
          }
        }
      }
    }
    for (Node n : map.array(a, "moderations")) {
      Map<String, Node> m = map.object(n, "a moderation", MODERATION);
      if (m == null) {
        b.moderation(new Moderation(Optional.empty(), Optional.empty(), null, null, null));
      } else {
        b.moderation(
            new Moderation(
                change(m, "amount"),
                change(m, "percent"),
                change(m, "set"),
                map.string(m, "reason"),
                map.string(m, "by"),
                map.date(m, "date")));
      }
    }
    for (Node n : map.array(a, "otherFunding")) {
      Map<String, Node> f = map.object(n, "other funding", OTHER_FUNDING);
      if (f == null) {
        b.otherFunding(null, BigDecimal.ONE); // already reported; stands in its place
      } else {
        BigDecimal amount = map.number(f, "amount");
        b.otherFunding(
            map.string(f, "source"),
            amount == null && Mapping.has(f, "amount") ? BigDecimal.ONE : amount);
      }
    }

    List<Problem> rules = List.of();
    Assessment assessment = null;
    try {
      assessment = b.build();
    } catch (InvalidAssessmentException e) {
      rules = e.problems();
    }
    if (!map.problems().isEmpty() || assessment == null) {
      throw new InvalidAssessmentException(source, Mapping.merge(map.problems(), rules, source));
    }
    return assessment;
  }

  /**
   * A moderation's amount or percent: present whenever the field is, so that the core's "exactly
   * one of amount and percent" rule is not misled by a value already reported as wrong (which
   * stands as 0 here; the assessment is refused anyway).
   */
  private Optional<BigDecimal> change(Map<String, Node> m, String field) {
    if (!Mapping.has(m, field)) {
      return Optional.empty();
    }
    BigDecimal v = map.number(m, field);
    return Optional.of(v == null ? BigDecimal.ZERO : v);
  }
}
