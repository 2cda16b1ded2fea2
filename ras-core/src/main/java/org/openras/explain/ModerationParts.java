package org.openras.explain;

import static org.openras.explain.Figures.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openras.engine.Budget;
import org.openras.engine.Flag;
import org.openras.explain.Statement.ModerationLine;
import org.openras.explain.Statement.ModerationPart;
import org.openras.explain.Statement.PanelCheck;
import org.openras.trace.StepKind;
import org.openras.trace.TraceStep;

/**
 * The moderation part of a statement, when the assessment was moderated: each change (by a sum, a
 * percent, or a figure set), the final budget worked out, and the panel check when the table has a
 * tolerance.
 */
final class ModerationParts {
  private final StatementSource src;

  ModerationParts(StatementSource src) {
    this.src = src;
  }

  /**
   * The moderation part, when the assessment was moderated: each change, the final budget worked
   * out, and the panel check when the table has a tolerance.
   */
  Optional<ModerationPart> part() {
    if (src.result().finalBudget().isEmpty()) {
      return Optional.empty();
    }
    List<ModerationLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (TraceStep s : src.steps()) {
      if (s.kind() != StepKind.MODERATION && s.kind() != StepKind.MODERATION_SET) {
        continue;
      }
      ModerationLine line =
          s.kind() == StepKind.MODERATION_SET ? moderationSetLine(s) : moderationLine(s);
      lines.add(line);
      total = total.add(line.change());
    }
    Budget fin = src.result().finalBudget().get();
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
                        + src.money(s.number("indicative"))
                        + " = "
                        + src.signed(change))
            .orElse(src.signed(change));
    return line(s, how + src.per(), amount, pct, Optional.empty());
  }

  /**
   * One moderation that sets the figure (spec v1.1 §2): "the panel set your budget at £520.00 a
   * week", with the figure it replaced and the change that makes.
   */
  private ModerationLine moderationSetLine(TraceStep s) {
    BigDecimal set = s.number("set");
    String by = s.text("by");
    String who = by.toLowerCase(Locale.ROOT).contains("panel") ? "the panel" : by;
    String what =
        who
            + " set your budget at "
            + src.money(set)
            + src.per()
            + " (it was "
            + src.money(s.number("before"))
            + ", so this is "
            + src.signed(s.value().orElseThrow())
            + ")";
    return line(s, what, Optional.empty(), Optional.empty(), Optional.of(set));
  }

  /**
   * A change's line: "Change 1, made by … on …: {@code what}. Reason given: …", with the change's
   * figures; the sentence always ends with a full stop.
   */
  private static ModerationLine line(
      TraceStep s,
      String what,
      Optional<BigDecimal> amount,
      Optional<BigDecimal> percent,
      Optional<BigDecimal> set) {
    String sentence =
        "Change "
            + s.subject()
            + ", made by "
            + s.text("by")
            + " on "
            + s.text("date")
            + ": "
            + what
            + ". Reason given: "
            + s.text("reason");
    if (!sentence.endsWith(".")) {
      sentence += ".";
    }
    return new ModerationLine(
        Integer.parseInt(s.subject()),
        amount,
        percent,
        set,
        s.value().orElseThrow(),
        s.text("reason"),
        s.text("by"),
        s.text("date"),
        sentence);
  }

  /** The final budget: the RAS figure plus the changes, rounded when the sum needs it. */
  private String finalSentence(BigDecimal total, Budget fin) {
    TraceStep fstep = src.only(StepKind.FINAL);
    BigDecimal unrounded = fstep.number("roundedFrom");
    return "Final budget after moderation: "
        + src.money(fstep.number("indicative"))
        + " "
        + src.signed(total)
        + " = "
        + (unrounded.compareTo(fstep.value().orElseThrow()) != 0
            ? src.money(unrounded)
                + ", rounded "
                + src.roundingWords(fstep)
                + (unrounded.signum() < 0 ? " and never below 0" : "")
                + ", gives "
            : "")
        + src.both(fin)
        + ".";
  }

  /** Whether the change needs a panel's approval, when the table sets a tolerance. */
  private Optional<PanelCheck> panelCheck() {
    List<TraceStep> checks = src.steps(StepKind.PANEL_CHECK);
    if (checks.isEmpty()) {
      return Optional.empty();
    }
    TraceStep p = checks.get(0);
    boolean required = Flag.PANEL_APPROVAL_REQUIRED.name().equals(p.text("result"));
    String sentence =
        "The council allows moderation to change the budget by up to "
            + percent(p.number("tolerancePercent"))
            + " ("
            + src.money(p.number("limit"))
            + ") without a panel. This change is "
            + src.money(p.number("difference"))
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
}
