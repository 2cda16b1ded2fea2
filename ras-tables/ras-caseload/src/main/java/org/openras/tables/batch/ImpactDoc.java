package org.openras.tables.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openras.engine.TableRef;
import org.openras.explain.Figures;
import org.openras.report.Doc;

/**
 * What an {@link ImpactReport} says, in order, as the one document model of the reports: the cost
 * change first, then the people, the distribution of changes (with a chart that has a scale), the
 * client groups (with a chart of the cost before and after) and bands, and the largest changes.
 * Money with its currency and thousands separators, by {@link Figures}.
 */
final class ImpactDoc {
  private final ImpactReport r;
  private final String cur;

  private ImpactDoc(ImpactReport r) {
    this.r = r;
    this.cur = r.currency();
  }

  static Doc of(ImpactReport r) {
    return new ImpactDoc(r).doc();
  }

  private Doc doc() {
    Doc d = new Doc("Impact of " + ref(r.before()) + " → " + ref(r.after()));
    d.headline(
        "The weekly cost of the caseload changes by",
        Figures.change(cur, r.weeklyAfter().subtract(r.weeklyBefore())) + " a week",
        "From "
            + money(r.weeklyBefore())
            + " to "
            + money(r.weeklyAfter())
            + " a week ("
            + money(r.annualBefore())
            + " to "
            + money(r.annualAfter())
            + " a year), for the "
            + r.computed()
            + " people computed under both tables.");
    d.para(
        "Tables: before "
            + r.before().fingerprint().value()
            + ", after "
            + r.after().fingerprint().value()
            + ". Figures are indicative budgets a week (moderation left out).");

    d.heading(2, "Summary");
    Doc.Table summary =
        Doc.Table.of("The caseload in figures", "Figure", "Value")
            .numeric(1)
            .rowHeaders()
            .row("Rows in", count(r.rowsIn()))
            .row("Computed under both tables", count(r.computed()))
            .row("In error", count(r.inError()))
            .row("Higher budget after", count(r.winners()))
            .row("Lower budget after", count(r.losers()))
            .row("Unchanged", count(r.unchanged()))
            .row("Weekly cost before", money(r.weeklyBefore()))
            .row("Weekly cost after", money(r.weeklyAfter()))
            .row("Annual cost before", money(r.annualBefore()))
            .row("Annual cost after", money(r.annualAfter()));
    if (r.councilWeeklyBefore().isPresent()) {
      // spec v1.1 §4: beside the budgets, what the council pays (after other funding)
      summary
          .row("Council's weekly cost before", money(r.councilWeeklyBefore().get()))
          .row("Council's weekly cost after", money(r.councilWeeklyAfter().orElseThrow()));
    }
    d.table(summary);

    d.heading(2, "How budgets change");
    if (r.percentiles().isEmpty()) {
      d.para("No one was computed under both tables.");
    } else {
      Doc.Table p =
          Doc.Table.of("Weekly change by percentile (nearest rank)", "Percentile", "Change a week")
              .numeric(1)
              .rowHeaders();
      for (ImpactReport.Percentile x : r.percentiles()) {
        p.row(x.name(), Figures.change(cur, x.change()));
      }
      d.table(p);
      Doc.Table bins =
          Doc.Table.of("People by weekly change", "Change a week, from", "To", "People")
              .numeric(0, 1, 2);
      List<Doc.Bar> bars = new ArrayList<>();
      for (ImpactReport.Bin b : r.histogram()) {
        String range = Figures.change(cur, b.from()) + " to " + Figures.change(cur, b.to());
        bins.row(Figures.change(cur, b.from()), Figures.change(cur, b.to()), count(b.people()));
        bars.add(new Doc.Bar(range, BigDecimal.valueOf(b.people()), count(b.people())));
      }
      d.barChart(
          "Number of people by weekly change",
          "How many people's budget changes by how much a week, from the greatest loss at the"
              + " top to the greatest gain at the bottom.",
          "people",
          Optional.empty(),
          bars);
      d.table(bins);
    }

    d.heading(2, "By client group");
    d.table(groups("Client group", "The impact on each client group", r.byClientGroup()));
    if (!r.byClientGroup().isEmpty()) {
      List<Doc.Bar> cost = new ArrayList<>();
      for (GroupImpact g : r.byClientGroup()) {
        cost.add(new Doc.Bar(g.group() + ", before", g.weeklyBefore(), money(g.weeklyBefore())));
        cost.add(new Doc.Bar(g.group() + ", after", g.weeklyAfter(), money(g.weeklyAfter())));
      }
      d.barChart(
          "Weekly cost by client group, before and after",
          "The weekly cost of each client group before and after, one bar each.",
          "cost a week",
          Optional.of(cur),
          cost);
    }

    d.heading(2, "By band under the table before");
    d.table(groups("Band", "The impact on the people of each band", r.byBand()));

    d.heading(2, "Largest changes");
    d.para(
        count(r.overThreshold())
            + (r.overThreshold() == 1 ? " person" : " people")
            + " changed by at least "
            + money(r.threshold())
            + " a week, either way.");
    if (!r.largest().isEmpty()) {
      Doc.Table t =
          Doc.Table.of(
                  "The largest changes (at most 50)",
                  "Row",
                  "Id",
                  "Client group",
                  "Band before",
                  "Band after",
                  "A week before",
                  "A week after",
                  "Change")
              .numeric(0, 5, 6, 7);
      for (PersonChange p : r.largest()) {
        t.row(
            String.valueOf(p.row()),
            p.id(),
            p.clientGroup(),
            p.bandBefore(),
            p.bandAfter(),
            money(p.weeklyBefore()),
            money(p.weeklyAfter()),
            Figures.change(cur, p.change()));
      }
      d.table(t);
    }
    d.para("Every person's change: " + r.changes() + ".");
    r.errors().ifPresent(e -> d.para("The rows in error: " + e + "."));
    return d;
  }

  private Doc.Table groups(String title, String caption, List<GroupImpact> groups) {
    Doc.Table t =
        Doc.Table.of(
                caption,
                title,
                "People",
                "Gain",
                "Lose",
                "Same",
                "A week before",
                "A week after",
                "Change")
            .numeric(1, 2, 3, 4, 5, 6, 7)
            .rowHeaders();
    for (GroupImpact g : groups) {
      t.row(
          g.group(),
          count(g.people()),
          count(g.winners()),
          count(g.losers()),
          count(g.unchanged()),
          money(g.weeklyBefore()),
          money(g.weeklyAfter()),
          Figures.change(cur, g.change()));
    }
    return t;
  }

  private String money(BigDecimal v) {
    return Figures.money(cur, v);
  }

  private static String count(long n) {
    return String.format(java.util.Locale.UK, "%,d", n);
  }

  static String ref(TableRef t) {
    return t.id() + " " + t.version();
  }
}
