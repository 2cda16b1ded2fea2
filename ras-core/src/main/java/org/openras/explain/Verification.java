package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.InvalidAssessmentException;
import org.openras.TableSelectionException;
import org.openras.assessment.Assessment;
import org.openras.assessment.OtherFunding;
import org.openras.engine.Budget;
import org.openras.engine.DomainScore;
import org.openras.engine.Flag;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.trace.TraceStep;

/**
 * Checks a result file against a fresh calculation: an auditor's proof that a figure came from this
 * assessment and this table, computed as spec §3 says — or the first place where it did not.
 *
 * <p>The assessment is recomputed with the engine (the table version in force on its date), then
 * compared with the claim, in this order, stopping at the first difference:
 *
 * <ol>
 *   <li>the assessment id;
 *   <li>the table: fingerprint first (it covers every code, text, number and rule of the table, its
 *       id and version included), then id and version;
 *   <li>the period and curve, when the file gives them;
 *   <li>every trace step in order (when the file has a trace): its kind, subject, reference, each
 *       input by name and in order, its value and its sentence; then a step missing or left over;
 *   <li>every domain's figures, the total points, the band, the indicative budget, the final budget
 *       (present or not, and its figures), the funding from elsewhere and the council budget (spec
 *       v1.1 §4; a budget in a unit with its unit and cost, §5), the flags.
 * </ol>
 *
 * <p>So the first difference is the first step of the calculation that went otherwise: an answer
 * changed in the assessment shows at that question's step; a figure edited in the file shows at
 * that figure; another table shows at the fingerprint. Numbers are compared as values ({@code
 * 17.10} equals {@code 17.1}); words exactly.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Verification {
  private final ClaimedResult claimed;
  private final Result recomputed;
  private final Optional<VerificationDifference> difference;
  private final int compared;

  private Verification(
      ClaimedResult claimed,
      Result recomputed,
      Optional<VerificationDifference> difference,
      int compared) {
    this.claimed = claimed;
    this.recomputed = recomputed;
    this.difference = difference;
    this.compared = compared;
  }

  /**
   * Recomputes {@code assessment} with {@code engine} and compares the result with {@code claimed}.
   *
   * @throws TableSelectionException when no single table version fits the assessment
   * @throws InvalidAssessmentException when the answers do not fit the table
   * @param engine the engine holding the table the result claims to come from
   * @param assessment the assessment the result claims to be of
   * @param claimed the figures read from the result file
   * @return the outcome: verified, or the first difference
   */
  public static Verification of(RasEngine engine, Assessment assessment, ClaimedResult claimed) {
    requireNonNull(engine, "engine");
    requireNonNull(assessment, "assessment");
    requireNonNull(claimed, "claimed");
    Result r = engine.calculate(assessment);
    Checker c = new Checker(claimed);
    c.compare(r);
    return new Verification(claimed, r, Optional.ofNullable(c.first), c.compared);
  }

  /** {@return whether every value of the file equals the fresh calculation's} */
  public boolean verified() {
    return difference.isEmpty();
  }

  /** {@return the first difference, when the file is not verified} */
  public Optional<VerificationDifference> difference() {
    return difference;
  }

  /** {@return the result as the engine computes it now} */
  public Result recomputed() {
    return recomputed;
  }

  /** {@return what the file says} */
  public ClaimedResult claimed() {
    return claimed;
  }

  /** {@return how many values were compared (up to and including the first difference)} */
  public int compared() {
    return compared;
  }

  /** {@return whether the file had a trace to compare, step by step} */
  public boolean traceCompared() {
    return !claimed.trace().isEmpty();
  }

  /** Compares in order and keeps the first difference. */
  private static final class Checker {
    final ClaimedResult claimed;
    VerificationDifference first;
    int compared;

    Checker(ClaimedResult claimed) {
      this.claimed = claimed;
    }

    void compare(Result r) {
      text("/assessmentId", "assessment id", r.assessmentId(), claimed.assessmentId());
      text(
          "/table/fingerprint",
          "table fingerprint",
          r.table().fingerprint().value(),
          claimed.fingerprint().value());
      text("/table/id", "table id", r.table().id(), claimed.tableId());
      text("/table/version", "table version", r.table().version(), claimed.tableVersion());
      if (claimed.period().isPresent()) {
        text("/period", "period", r.period().name(), claimed.period().get().name());
      }
      if (claimed.curve().isPresent()) {
        text("/curve", "curve", r.curve(), claimed.curve().get());
      }
      if (!claimed.trace().isEmpty()) {
        trace(r.trace().steps(), claimed.trace());
      }
      int n = Math.max(r.domains().size(), claimed.domains().size());
      for (int i = 0; i < n; i++) {
        String at = "/domains/" + i;
        if (i >= r.domains().size() || i >= claimed.domains().size()) {
          text(
              at,
              "domain " + (i + 1),
              i < r.domains().size() ? r.domains().get(i).code() : "(no domain)",
              i < claimed.domains().size() ? claimed.domains().get(i).code() : "(no domain)");
          break;
        }
        DomainScore x = r.domains().get(i);
        DomainScore y = claimed.domains().get(i);
        String d = "domain " + x.code();
        text(at + "/code", "domain " + (i + 1) + " code", x.code(), y.code());
        number(at + "/raw", d + ": raw points", x.raw(), y.raw());
        number(at + "/capped", d + ": capped points", x.capped(), y.capped());
        number(at + "/weighted", d + ": weighted points", x.weighted(), y.weighted());
        number(at + "/percent", d + ": adjustment percent", x.percent(), y.percent());
        number(at + "/adjusted", d + ": adjusted points", x.adjusted(), y.adjusted());
      }
      number("/totalPoints", "total points", r.totalPoints(), claimed.totalPoints());
      text("/band", "band", r.band(), claimed.band());
      budget(
          "/indicativeBudget",
          "indicative budget",
          r.indicativeBudget(),
          claimed.indicativeBudget());
      text(
          "/finalBudget",
          "final budget present",
          r.finalBudget().isPresent() ? "a final budget" : "no final budget",
          claimed.finalBudget().isPresent() ? "a final budget" : "no final budget");
      if (r.finalBudget().isPresent() && claimed.finalBudget().isPresent()) {
        budget("/finalBudget", "final budget", r.finalBudget().get(), claimed.finalBudget().get());
      }
      if (!r.otherFunding().isEmpty()
          || !claimed.otherFunding().isEmpty()
          || r.councilBudget().isPresent()
          || claimed.councilBudget().isPresent()) {
        // spec v1.1 §4, compared only when a side has it, so a v1 result counts as before
        otherFunding(r.otherFunding(), claimed.otherFunding());
        text(
            "/councilBudget",
            "council budget present",
            r.councilBudget().isPresent() ? "a council budget" : "no council budget",
            claimed.councilBudget().isPresent() ? "a council budget" : "no council budget");
        if (r.councilBudget().isPresent() && claimed.councilBudget().isPresent()) {
          budget(
              "/councilBudget",
              "council budget",
              r.councilBudget().get(),
              claimed.councilBudget().get());
        }
      }
      text("/flags", "flags", flags(List.copyOf(r.flags())), flags(claimed.flags()));
    }

    private void trace(List<TraceStep> steps, List<ClaimedResult.Step> claim) {
      int n = Math.max(steps.size(), claim.size());
      for (int i = 0; i < n; i++) {
        String at = "/trace/" + i;
        if (i >= steps.size() || i >= claim.size()) {
          text(
              at,
              "trace step " + (i + 1),
              i < steps.size() ? name(steps.get(i)) : "no step (the trace ends)",
              i < claim.size() ? name(claim.get(i)) : "no step (the trace ends)");
          return;
        }
        TraceStep x = steps.get(i);
        ClaimedResult.Step y = claim.get(i);
        String what = "trace step " + (i + 1) + " (" + name(x) + ")";
        text(at + "/step", what + ": rule", x.kind().name(), y.kind().name());
        text(at + "/subject", what + ": subject", x.subject(), y.subject());
        text(
            at + "/reference",
            what + ": reference",
            x.reference().orElse("(none)"),
            y.reference().orElse("(none)"));
        text(
            at + "/inputs",
            what + ": inputs",
            String.join(", ", x.inputs().keySet()),
            String.join(", ", y.inputs().keySet()));
        if (first != null) {
          return;
        }
        for (Map.Entry<String, Object> e : x.inputs().entrySet()) {
          Object found = y.inputs().get(e.getKey());
          String where = at + "/inputs/" + e.getKey().replace("~", "~0").replace("/", "~1");
          String w = what + ": input " + e.getKey();
          if (e.getValue() instanceof BigDecimal d && found instanceof BigDecimal f) {
            number(where, w, d, f);
          } else if ((e.getValue() instanceof BigDecimal) != (found instanceof BigDecimal)) {
            text(where, w, typed(e.getValue()), typed(found));
          } else {
            text(where, w, show(e.getValue()), show(found));
          }
        }
        if (x.value().isPresent() && y.value().isPresent()) {
          number(at + "/value", what + ": value", x.value().get(), y.value().get());
        } else {
          text(
              at + "/value",
              what + ": value",
              x.value().map(Verification::num).orElse("(none)"),
              y.value().map(Verification::num).orElse("(none)"));
        }
        text(at + "/explanation", what + ": explanation", x.explanation(), y.explanation());
      }
    }

    /** The funding from elsewhere (spec v1.1 §4): how many, then each source and amount. */
    private void otherFunding(List<OtherFunding> x, List<OtherFunding> y) {
      text(
          "/otherFunding",
          "other funding: sources",
          x.isEmpty() ? "(none)" : sources(x),
          y.isEmpty() ? "(none)" : sources(y));
      for (int i = 0; i < x.size() && i < y.size(); i++) {
        number(
            "/otherFunding/" + i + "/amount",
            "other funding from " + x.get(i).source(),
            x.get(i).amount(),
            y.get(i).amount());
      }
    }

    private static String sources(List<OtherFunding> all) {
      List<String> out = new ArrayList<>();
      all.forEach(f -> out.add(f.source()));
      return String.join(", ", out);
    }

    /**
     * A budget: its currency, or its unit and its cost (spec v1.1 §5); then its figures. A v1
     * budget, in money, is checked exactly as before.
     */
    private void budget(String at, String what, Budget x, Budget y) {
      if (x.unit().isPresent() || y.unit().isPresent()) {
        text(at + "/unit", what + ": unit", x.unit().orElse("(money)"), y.unit().orElse("(money)"));
      } else {
        text(at + "/currency", what + ": currency", x.currency(), y.currency());
      }
      number(at + "/weekly", what + " a week", x.weekly(), y.weekly());
      number(at + "/annual", what + " a year", x.annual(), y.annual());
      if (x.cost().isPresent() || y.cost().isPresent()) {
        text(
            at + "/cost",
            what + ": cost present",
            x.cost().isPresent() ? "a cost" : "no cost",
            y.cost().isPresent() ? "a cost" : "no cost");
        if (x.cost().isPresent() && y.cost().isPresent()) {
          budget(at + "/cost", what + ": cost", x.cost().get(), y.cost().get());
        }
      }
    }

    private void number(String pointer, String what, BigDecimal expected, BigDecimal found) {
      if (first != null) {
        return;
      }
      compared++;
      if (expected.compareTo(found) != 0) {
        first = difference(pointer, what, num(expected), num(found));
      }
    }

    private void text(String pointer, String what, String expected, String found) {
      if (first != null) {
        return;
      }
      compared++;
      if (!Objects.equals(expected, found)) {
        first = difference(pointer, what, quote(expected), quote(found));
      }
    }

    private VerificationDifference difference(
        String pointer, String what, String expected, String found) {
      return new VerificationDifference(
          pointer, claimed.source().flatMap(s -> s.locate(pointer)), what, expected, found);
    }
  }

  private static String name(TraceStep s) {
    return s.kind().name() + (s.subject().isEmpty() ? "" : " " + s.subject());
  }

  private static String name(ClaimedResult.Step s) {
    return s.kind().name() + (s.subject().isEmpty() ? "" : " " + s.subject());
  }

  private static String flags(List<Flag> flags) {
    List<String> out = new ArrayList<>();
    flags.forEach(f -> out.add(f.name()));
    return out.isEmpty() ? "(none)" : String.join(", ", out);
  }

  private static String show(Object v) {
    if (v == null) {
      return "(none)";
    }
    return v instanceof BigDecimal d ? num(d) : v.toString();
  }

  private static String typed(Object v) {
    return v instanceof BigDecimal d ? "the number " + num(d) : "the text \"" + v + "\"";
  }

  private static String quote(String s) {
    return s.length() > 200 ? s.substring(0, 197) + "…" : s;
  }

  static String num(BigDecimal v) {
    return Comparison.num(v);
  }
}
