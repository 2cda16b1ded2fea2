package org.openras.tables.batch;

import java.math.BigDecimal;
import org.openras.tables.SafeText;

/** The plain-text form of an {@link ImpactReport}. */
final class ImpactText {
  private ImpactText() {}

  static String of(ImpactReport r) {
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder();
    s.append("Impact of ").append(ref(r.before())).append(" -> ").append(ref(r.after())).append(nl);
    s.append("Rows in: ")
        .append(r.rowsIn())
        .append(" = computed: ")
        .append(r.computed())
        .append(" + in error: ")
        .append(r.inError())
        .append(nl);
    s.append("Winners: ")
        .append(r.winners())
        .append(", losers: ")
        .append(r.losers())
        .append(", unchanged: ")
        .append(r.unchanged())
        .append(nl);
    s.append("Weekly cost: ")
        .append(r.weeklyBefore().toPlainString())
        .append(" -> ")
        .append(r.weeklyAfter().toPlainString())
        .append(" (")
        .append(signed(r.weeklyAfter().subtract(r.weeklyBefore())))
        .append(')')
        .append(nl);
    s.append("Annual cost: ")
        .append(r.annualBefore().toPlainString())
        .append(" -> ")
        .append(r.annualAfter().toPlainString())
        .append(" (")
        .append(signed(r.annualAfter().subtract(r.annualBefore())))
        .append(')')
        .append(nl);
    if (!r.percentiles().isEmpty()) {
      s.append("Weekly change by percentile:");
      for (ImpactReport.Percentile p : r.percentiles()) {
        s.append(' ').append(p.name()).append(' ').append(signed(p.change()));
      }
      s.append(nl);
    }
    s.append(groups("client group", r.byClientGroup(), nl));
    s.append(groups("band before", r.byBand(), nl));
    s.append("Changed by at least ")
        .append(r.threshold().toPlainString())
        .append(" a week: ")
        .append(r.overThreshold())
        .append(nl);
    for (PersonChange p : r.largest()) {
      s.append(
          String.format(
              "  row %d %s: %s -> %s (%s)%n",
              p.row(),
              SafeText.value(p.id()),
              p.weeklyBefore().toPlainString(),
              p.weeklyAfter().toPlainString(),
              signed(p.change())));
    }
    s.append("Every person's change: ").append(r.changes()).append(nl);
    r.errors().ifPresent(e -> s.append("Rows in error: ").append(e).append(nl));
    return s.toString();
  }

  private static String groups(String title, java.util.List<GroupImpact> groups, String nl) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            "%-28s %8s %8s %8s %8s %16s %16s%n",
            title, "people", "gain", "lose", "same", "weekly before", "weekly after"));
    for (GroupImpact g : groups) {
      s.append(
          String.format(
              "%-28s %8d %8d %8d %8d %16s %16s%n",
              SafeText.value(g.group()),
              g.people(),
              g.winners(),
              g.losers(),
              g.unchanged(),
              g.weeklyBefore().toPlainString(),
              g.weeklyAfter().toPlainString()));
    }
    return s.toString();
  }

  static String ref(org.openras.engine.TableRef t) {
    return t.id() + " " + t.version();
  }

  static String signed(BigDecimal v) {
    return (v.signum() > 0 ? "+" : "") + v.toPlainString();
  }
}
