package org.openras.tables;

import static org.openras.ErrorCode.JSON_BAD_VALUE;
import static org.openras.ErrorCode.RESULT_FINGERPRINT;
import static org.openras.ErrorCode.RESULT_REQUIRED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.InvalidResultException;
import org.openras.Problem;
import org.openras.assessment.OtherFunding;
import org.openras.engine.Budget;
import org.openras.engine.DomainScore;
import org.openras.engine.Flag;
import org.openras.engine.Result;
import org.openras.explain.ClaimedResult;
import org.openras.table.Fingerprint;
import org.openras.table.Period;
import org.openras.trace.StepKind;

/**
 * Maps a {@code ras-result/1} tree onto a {@link ClaimedResult}, as strictly as the other readers:
 * the exact format tag, no unknown field at any level, every value of its JSON type, every field
 * the writer always writes present ({@code period} and {@code curve}, which spec §5 leaves out of
 * its example, and {@code finalBudget} and a step's {@code reference} and {@code value}, are
 * optional). All problems come together in one {@link InvalidResultException}.
 */
final class ResultReader {
  static final List<String> RESULT =
      List.of(
          "format",
          "assessmentId",
          "table",
          "period",
          "curve",
          "domains",
          "totalPoints",
          "band",
          "indicativeBudget",
          "finalBudget",
          "otherFunding",
          "councilBudget",
          "flags",
          "trace");
  static final List<String> TABLE = List.of("id", "version", "fingerprint");
  static final List<String> DOMAIN =
      List.of("code", "raw", "capped", "weighted", "percent", "adjusted");
  static final List<String> BUDGET = List.of("currency", "unit", "weekly", "annual", "cost");
  static final List<String> COST = List.of("currency", "weekly", "annual");
  static final List<String> OTHER_FUNDING = List.of("source", "amount");
  static final List<String> STEP =
      List.of("step", "subject", "reference", "inputs", "value", "explanation");

  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private final Mapping map = new Mapping();

  private ResultReader() {}

  /**
   * The result in {@code parsed}.
   *
   * @throws InvalidResultException with every problem found
   */
  static ClaimedResult read(TreeReader.Parsed parsed, String sourceName) {
    JsonSource source = new JsonSource(sourceName, parsed.locations());
    if (parsed.root().isEmpty()) {
      throw new InvalidResultException(source, parsed.problems());
    }
    return new ResultReader().result(parsed.root().get(), parsed.problems(), source);
  }

  private ClaimedResult result(Node root, List<Problem> treeProblems, JsonSource source) {
    List<Problem> bad = map.document(root, treeProblems, source, Result.FORMAT, "a result");
    if (!bad.isEmpty()) {
      throw new InvalidResultException(source, bad);
    }
    Map<String, Node> r = root.members();
    map.object(root, "the result", RESULT);

    String assessmentId = required(r, root, "assessmentId", map.string(r, "assessmentId"), "");
    String tableId = "";
    String version = "";
    Fingerprint fingerprint = null;
    Node tableNode = requiredNode(r, root, "table");
    if (tableNode != null) {
      Map<String, Node> t = map.object(tableNode, "the result's table", TABLE);
      if (t != null) {
        tableId = required(t, tableNode, "id", map.string(t, "id"), "");
        version = required(t, tableNode, "version", map.string(t, "version"), "");
        String fp = required(t, tableNode, "fingerprint", map.string(t, "fingerprint"), null);
        if (fp != null) {
          try {
            fingerprint = new Fingerprint(fp);
          } catch (IllegalArgumentException e) {
            map.add(
                RESULT_FINGERPRINT,
                t.get("fingerprint"),
                "the fingerprint \""
                    + Node.abbreviate(fp)
                    + "\" is not sha256: and 64 lower-case hex digits");
          }
        }
      }
    }
    Period period = map.choice(r, "period", Period.class, List.of(Period.values()));
    String curve = map.string(r, "curve");

    List<DomainScore> domains = new ArrayList<>();
    if (requiredNode(r, root, "domains") != null) {
      for (Node n : map.array(r, "domains")) {
        Map<String, Node> d = map.object(n, "a domain of the result", DOMAIN);
        if (d != null) {
          domains.add(
              new DomainScore(
                  required(d, n, "code", map.string(d, "code"), ""),
                  required(d, n, "raw", map.number(d, "raw"), ZERO),
                  required(d, n, "capped", map.number(d, "capped"), ZERO),
                  required(d, n, "weighted", map.number(d, "weighted"), ZERO),
                  required(d, n, "percent", map.number(d, "percent"), ZERO),
                  required(d, n, "adjusted", map.number(d, "adjusted"), ZERO)));
        }
      }
    }
    BigDecimal total = required(r, root, "totalPoints", map.number(r, "totalPoints"), ZERO);
    String band = required(r, root, "band", map.string(r, "band"), "");
    Node ib = requiredNode(r, root, "indicativeBudget");
    Budget indicative = ib == null ? null : budget(ib, "the indicative budget");
    Budget fin =
        r.containsKey("finalBudget") ? budget(r.get("finalBudget"), "the final budget") : null;
    // spec v1.1 §4: read and checked like every field; verification compares them
    List<OtherFunding> otherFunding = new ArrayList<>();
    for (Node n : map.array(r, "otherFunding")) {
      Map<String, Node> f = map.object(n, "other funding of the result", OTHER_FUNDING);
      if (f != null) {
        String src = required(f, n, "source", map.string(f, "source"), "");
        BigDecimal amount = required(f, n, "amount", map.number(f, "amount"), ZERO);
        if (src != null && amount != null) {
          otherFunding.add(new OtherFunding(src, amount));
        }
      }
    }
    Budget council =
        r.containsKey("councilBudget")
            ? budget(r.get("councilBudget"), "the council budget")
            : null;

    List<Flag> flags = new ArrayList<>();
    if (requiredNode(r, root, "flags") != null) {
      for (Node n : map.array(r, "flags")) {
        if (map.is(n, Node.Type.STRING, "a flag must be a string")) {
          Flag f = flag(n.text());
          if (f == null) {
            map.add(
                JSON_BAD_VALUE,
                n,
                "the flag \""
                    + Node.abbreviate(n.text())
                    + "\" is not one of "
                    + names(Flag.values()));
          } else {
            flags.add(f);
          }
        }
      }
    }

    List<ClaimedResult.Step> steps = new ArrayList<>();
    if (requiredNode(r, root, "trace") != null) {
      for (Node n : map.array(r, "trace")) {
        ClaimedResult.Step s = step(n);
        if (s != null) {
          steps.add(s);
        }
      }
    }

    if (!map.problems().isEmpty()) {
      throw new InvalidResultException(source, Mapping.merge(map.problems(), List.of(), source));
    }
    return new ClaimedResult(
        assessmentId,
        tableId,
        version,
        fingerprint,
        Optional.ofNullable(period),
        Optional.ofNullable(curve),
        domains,
        total,
        band,
        indicative,
        Optional.ofNullable(fin),
        otherFunding,
        Optional.ofNullable(council),
        flags,
        steps,
        Optional.of(source));
  }

  /**
   * A budget: in money, with its currency; or in a unit (spec v1.1 §5), with the unit's plural and,
   * when the unit has a price, its cost in money.
   */
  private Budget budget(Node n, String what) {
    Map<String, Node> b = map.object(n, what, BUDGET);
    if (b == null) {
      return null;
    }
    if (!b.containsKey("unit")) {
      if (b.containsKey("cost")) {
        map.add(JSON_BAD_VALUE, b.get("cost"), "a budget in money has no \"cost\"");
      }
      return new Budget(
          required(b, n, "currency", map.string(b, "currency"), ""),
          required(b, n, "weekly", map.number(b, "weekly"), ZERO),
          required(b, n, "annual", map.number(b, "annual"), ZERO));
    }
    if (b.containsKey("currency")) {
      map.add(
          JSON_BAD_VALUE,
          b.get("currency"),
          "a budget in a unit names its unit, not a currency (its cost has the currency)");
    }
    String unit = map.string(b, "unit");
    Budget cost = null;
    if (b.containsKey("cost")) {
      Node c = b.get("cost");
      Map<String, Node> m = map.object(c, "the cost of " + what, COST);
      if (m != null) {
        cost =
            new Budget(
                required(m, c, "currency", map.string(m, "currency"), ""),
                required(m, c, "weekly", map.number(m, "weekly"), ZERO),
                required(m, c, "annual", map.number(m, "annual"), ZERO));
      }
    }
    return new Budget(
        cost == null ? "" : cost.currency(),
        required(b, n, "weekly", map.number(b, "weekly"), ZERO),
        required(b, n, "annual", map.number(b, "annual"), ZERO),
        Optional.ofNullable(unit),
        Optional.ofNullable(cost));
  }

  private ClaimedResult.Step step(Node n) {
    Map<String, Node> s = map.object(n, "a trace step", STEP);
    if (s == null) {
      return null;
    }
    StepKind kind = null;
    Node kindNode = requiredNode(s, n, "step");
    if (kindNode != null) {
      kind = map.choice(s, "step", StepKind.class, List.of(StepKind.values()));
    }
    String subject = required(s, n, "subject", map.string(s, "subject"), "");
    String reference = map.string(s, "reference");
    Map<String, Object> inputs = new LinkedHashMap<>();
    Node in = requiredNode(s, n, "inputs");
    if (in != null && map.is(in, Node.Type.OBJECT, "inputs must be an object")) {
      for (Map.Entry<String, Node> e : in.members().entrySet()) {
        Node v = e.getValue();
        if (v.type == Node.Type.NUMBER) {
          inputs.put(e.getKey(), v.decimal());
        } else if (map.is(
            v,
            Node.Type.STRING,
            "the input \"" + Node.abbreviate(e.getKey()) + "\" must be a number or a string")) {
          inputs.put(e.getKey(), v.text());
        }
      }
    }
    BigDecimal value = map.number(s, "value");
    String explanation = required(s, n, "explanation", map.string(s, "explanation"), "");
    if (kind == null) {
      return null;
    }
    return new ClaimedResult.Step(
        kind,
        subject,
        Optional.ofNullable(reference),
        inputs,
        Optional.ofNullable(value),
        explanation);
  }

  /** The node at {@code field}, or {@code null} when absent (reported as missing). */
  private Node requiredNode(Map<String, Node> object, Node at, String field) {
    Node n = object.get(field);
    if (n == null) {
      missing(at, field);
    }
    return n;
  }

  /**
   * {@code value} when present; when the field is absent, reports it missing and returns {@code
   * instead} (the result is refused anyway). A present field of the wrong type is reported by
   * {@link Mapping}, not again here.
   */
  private <T> T required(Map<String, Node> object, Node at, String field, T value, T instead) {
    if (!object.containsKey(field)) {
      missing(at, field);
      return instead;
    }
    return value == null ? instead : value;
  }

  private void missing(Node at, String field) {
    map.problems()
        .add(
            new Problem(
                RESULT_REQUIRED,
                Node.child(at.pointer, field),
                Optional.of(at.location),
                "\"" + field + "\" is missing"));
  }

  private static Flag flag(String name) {
    for (Flag f : Flag.values()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static String names(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(v.name());
    }
    return String.join(", ", out);
  }
}
