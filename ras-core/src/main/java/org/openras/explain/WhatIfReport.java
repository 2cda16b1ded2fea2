package org.openras.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.assessment.Answer;
import org.openras.engine.Budget;
import org.openras.engine.Result;
import org.openras.report.Doc;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.table.Unit;

/**
 * A {@link WhatIf} written for people: plain text, Markdown or a self-contained HTML page, each
 * with the same content — the assessed indicative budget, then one line per what-if with the
 * question, the answer as assessed, the answer in the what-if, the points, band and budget that
 * would result and the change, largest first.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WhatIfReport {
  private WhatIfReport() {}

  /**
   * {@return the report as plain text, with aligned columns}
   *
   * @param w the what-ifs of one assessment
   */
  public static String text(WhatIf w) {
    return doc(w).text();
  }

  /**
   * {@return the report as Markdown, with a pipe table}
   *
   * @param w the what-ifs of one assessment
   */
  public static String markdown(WhatIf w) {
    return doc(w).markdown();
  }

  /**
   * {@return the report as one self-contained HTML page, in the pages' one skeleton and style}
   *
   * @param w the what-ifs of one assessment
   */
  public static String html(WhatIf w) {
    return doc(w).html();
  }

  /**
   * {@return the report as a document, to be written in any format or added to}
   *
   * @param w the what-ifs of one assessment
   */
  public static Doc doc(WhatIf w) {
    RasTable t = w.table();
    Result r = w.result();
    Budget b = w.indicativeBudget();
    String cur = b.currency();
    Optional<Unit> unit = t.allocation().unit();
    Period p = w.period();
    Doc d = new Doc("What if an answer were coded differently: " + r.assessmentId());
    d.headline(
        "As assessed, the indicative budget is",
        Figures.amount(cur, unit, p == Period.WEEK ? b.weekly() : b.annual())
            + " "
            + Figures.per(p),
        Figures.amount(cur, unit, p == Period.WEEK ? b.annual() : b.weekly())
            + " "
            + Figures.per(p == Period.WEEK ? Period.YEAR : Period.WEEK)
            + "; "
            + Figures.points(r.totalPoints())
            + ", band "
            + r.band()
            + "."
            + b.cost()
                .map(
                    c ->
                        " It costs about "
                            + Figures.moneyToPenny(
                                c.currency(), p == Period.WEEK ? c.weekly() : c.annual())
                            + " "
                            + Figures.per(p)
                            + ".")
                .orElse("")
            + (r.has(org.openras.engine.Flag.PANEL_DECISION_REQUIRED)
                ? " The council's Resource Allocation Panel decides the budget in band "
                    + r.band()
                    + "; the figure is a starting point only."
                : ""));
    d.para(
        "Each row asks one question: what if this answer had been coded differently? It changes"
            + " that one answer and shows the indicative budget that would result, from a fresh"
            + " calculation. Moderation is left out: these are the RAS's indicative figures."
            + " Rows are sorted by the size of the change, largest first. If you think an answer"
            + " was coded wrongly, the row for the answer you think is right shows what it would"
            + " change.");
    Doc.Table rows =
        Doc.Table.of(
                "If one answer were coded differently",
                "Question",
                "As assessed",
                "What if",
                "Points",
                "Band",
                "A week",
                "A year",
                "Change " + Figures.per(p))
            .numeric(3, 5, 6, 7);
    for (WhatIfRow row : w.rows()) {
      rows.row(
          question(t, row.question()),
          row.from().isEmpty() ? "not answered" : answer(t, row.from().get()),
          whatIf(t, row),
          Figures.number(row.totalPoints()),
          row.band(),
          Figures.amount(cur, unit, row.budget().weekly()),
          Figures.amount(cur, unit, row.budget().annual()),
          (row.change().signum() > 0 ? "+" : "") + Figures.amount(cur, unit, row.change()));
    }
    d.table(rows);
    d.para(
        "Table "
            + t.name()
            + ", "
            + t.id()
            + " version "
            + t.version()
            + " (fingerprint "
            + t.fingerprint()
            + ").");
    return d;
  }

  /** A question in words: its code and text. */
  static String question(RasTable t, String code) {
    return t.question(code).map(q -> code + " " + q.text()).orElse(code);
  }

  /** An answer in words: each descriptor's code and words. */
  static String answer(RasTable t, Answer a) {
    if (a.descriptors().isEmpty()) {
      return "none of these";
    }
    List<String> out = new ArrayList<>();
    for (String code : a.descriptors()) {
      out.add(descriptor(t, code));
    }
    return String.join("; ", out);
  }

  private static String descriptor(RasTable t, String code) {
    return t.descriptor(code).map(x -> code + " (" + x.text() + ")").orElse(code);
  }

  private static String whatIf(RasTable t, WhatIfRow row) {
    String code = descriptor(t, row.descriptor());
    return switch (row.kind()) {
      case REPLACE -> code;
      case ADD -> "add " + code;
      case REMOVE -> "remove " + code;
      case ANSWER -> "answer " + code;
      case UNANSWER -> "leave unanswered";
    };
  }
}
