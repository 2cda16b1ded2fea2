package org.openras.explain;

import static org.openras.explain.WhatIfFormat.change;
import static org.openras.explain.WhatIfFormat.money;
import static org.openras.explain.WhatIfFormat.num;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.openras.engine.Budget;
import org.openras.engine.Result;
import org.openras.table.Descriptor;
import org.openras.table.Period;
import org.openras.table.RasTable;

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
   * {@return the report as one self-contained HTML page, with a semantic table}
   *
   * @param w the what-ifs of one assessment
   */
  public static String html(WhatIf w) {
    return doc(w).html();
  }

  private static ReportDoc doc(WhatIf w) {
    RasTable t = w.table();
    Result r = w.result();
    Budget b = w.indicativeBudget();
    String cur = b.currency();
    Period p = w.period();
    ReportDoc d = new ReportDoc("What if an answer were coded differently: " + r.assessmentId());
    d.para("Table " + t.id() + " version " + t.version() + " (" + t.fingerprint() + ").");
    d.para(
        "As assessed: "
            + num(r.totalPoints())
            + " points, band "
            + r.band()
            + ", indicative budget "
            + money(cur, b.weekly())
            + " a week ("
            + money(cur, b.annual())
            + " a year).");
    d.para(
        "Each row changes one answer and shows the indicative budget that would result, from"
            + " a fresh calculation. Moderation is left out: these are the RAS's indicative figures."
            + " Rows are sorted by the size of the change, largest first.");
    List<List<String>> rows = new ArrayList<>();
    for (WhatIfRow row : w.rows()) {
      rows.add(
          List.of(
              row.question(),
              row.from().isEmpty() ? "not answered" : Comparison.describe(row.from().get()),
              whatIf(t, row),
              num(row.totalPoints()),
              row.band(),
              money(cur, row.budget().weekly()),
              money(cur, row.budget().annual()),
              change(cur, row.change())));
    }
    d.table(
        List.of(
            "Question",
            "As assessed",
            "What if",
            "Points>",
            "Band",
            "A week>",
            "A year>",
            "Change " + WhatIfFormat.per(p) + ">"),
        rows);
    return d;
  }

  private static String whatIf(RasTable t, WhatIfRow row) {
    String text = t.descriptor(row.descriptor()).map(Descriptor::text).orElse("");
    String code = row.descriptor() + " (" + text + ")";
    return switch (row.kind()) {
      case REPLACE -> code;
      case ADD -> "add " + code;
      case REMOVE -> "remove " + code;
      case ANSWER -> "answer " + code;
      case UNANSWER -> "leave unanswered";
    };
  }
}
