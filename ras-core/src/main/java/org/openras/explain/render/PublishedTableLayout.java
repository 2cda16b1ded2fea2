package org.openras.explain.render;

import static org.openras.explain.Figures.number;
import static org.openras.explain.Figures.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openras.explain.Figures;
import org.openras.explain.PublishedTable;
import org.openras.explain.PublishedTable.AdjustmentEntry;
import org.openras.explain.PublishedTable.BandEntry;
import org.openras.explain.PublishedTable.CostFactorEntry;
import org.openras.explain.PublishedTable.CurveEntry;
import org.openras.explain.PublishedTable.DescriptorEntry;
import org.openras.explain.PublishedTable.DomainEntry;
import org.openras.explain.PublishedTable.Keyed;
import org.openras.explain.PublishedTable.QuestionEntry;
import org.openras.explain.PublishedTable.Reference;
import org.openras.explain.PublishedTable.SupplementEntry;
import org.openras.report.Doc;
import org.openras.table.FundingSource;
import org.openras.table.Period;

/** What the published table says, in which order: the same in every format. */
final class PublishedTableLayout {
  /** The mark of a question's highest-scoring answer, in every format. */
  static final String HIGHEST = "highest";

  private final PublishedTable p;
  private final String currency;
  private final String per;

  private PublishedTableLayout(PublishedTable p) {
    this.p = p;
    this.currency = p.header().currency();
    this.per = p.header().period() == Period.WEEK ? " a week" : " a year";
  }

  static Doc of(PublishedTable p) {
    return new PublishedTableLayout(p).doc();
  }

  private Doc doc() {
    PublishedTable.Header h = p.header();
    Doc d = new Doc(h.name() + ", version " + h.version());
    for (String s : p.introduction()) {
      d.para(s);
    }
    Doc.Table about = Doc.Table.of("This table", "Item", "Detail");
    about.row("Name", h.name());
    about.row("Id and version", h.id() + ", version " + h.version());
    about.row(
        "In force",
        "from "
            + h.effectiveFrom()
            + h.effectiveTo().map(e -> " until " + e + " (not including that day)").orElse(""));
    about.row("Fingerprint", h.fingerprint().value());
    about.row(
        "Money",
        h.currency()
            + ", "
            + (h.period() == Period.WEEK ? "weekly" : "yearly")
            + "; "
            + number(h.weeksPerYear())
            + " weeks a year");
    h.reference().ifPresent(r -> about.row("Source", r));
    d.table(about);

    d.heading(2, "Questions, answers and points");
    d.para("In each question, the answer marked \"" + HIGHEST + "\" scores the most points.");
    for (DomainEntry de : p.domains()) {
      d.heading(3, de.code() + " " + de.name());
      d.para(de.sentence());
      de.reference().ifPresent(d::source);
      for (QuestionEntry q : de.questions()) {
        Doc.Table t =
            Doc.Table.of(
                    q.code() + " " + q.text(), "Answer", "What the answer says", "Points", "Note")
                .numeric(2);
        for (DescriptorEntry x : q.descriptors()) {
          if (x.highest()) {
            t.strongRow(x.code(), x.text(), number(x.points()), HIGHEST);
          } else {
            t.row(x.code(), x.text(), number(x.points()), "");
          }
        }
        d.table(t);
        d.para(q.sentence());
        q.reference().ifPresent(d::source);
      }
    }

    d.heading(2, "Adjustments");
    if (p.adjustments().isEmpty()) {
      d.para("The table has no adjustments.");
    }
    for (AdjustmentEntry a : p.adjustments()) {
      d.heading(3, a.name());
      d.para(a.sentences().get(0));
      Doc.Table t =
          Doc.Table.of(
                  "\"" + a.name() + "\" by answer to " + a.question(),
                  "Answer",
                  "What the answer says",
                  "Change to the points")
              .numeric(2);
      for (Keyed k : a.percents()) {
        t.row(k.descriptor(), k.text(), percent(k.value()));
      }
      d.table(t);
      for (String s : a.sentences().subList(1, a.sentences().size())) {
        d.para(s);
      }
      a.reference().ifPresent(d::source);
    }

    d.heading(2, "Supplements");
    if (p.supplements().isEmpty()) {
      d.para("The table has no supplements.");
    }
    for (SupplementEntry s : p.supplements()) {
      d.heading(3, s.name());
      Doc.Table t =
          Doc.Table.of(
                  "\"" + s.name() + "\" by answer to " + s.question(),
                  "Answer",
                  "What the answer says",
                  "Added" + per)
              .numeric(2);
      for (Keyed k : s.amounts()) {
        t.row(k.descriptor(), k.text(), money(k.value()));
      }
      d.table(t);
      for (String sentence : s.sentences()) {
        d.para(sentence);
      }
      s.reference().ifPresent(d::source);
    }

    d.heading(2, "From points to money");
    for (CurveEntry c : p.curves()) {
      d.heading(3, "Curve for client group \"" + c.clientGroup() + "\"");
      d.para(c.sentence());
      c.reference().ifPresent(d::source);
      boolean panel = c.bands().stream().anyMatch(BandEntry::panel);
      String what = p.unit().map(u -> upperFirst(u.plural())).orElse("Money");
      Doc.Table t =
          panel
              ? Doc.Table.of(
                      "Bands of the curve \"" + c.clientGroup() + "\"",
                      "Band",
                      "From points",
                      "Up to (not included)",
                      what + " at the start (" + per.strip() + ")",
                      "Each further point",
                      "Decided by the panel")
                  .numeric(1, 2, 3, 4)
              : Doc.Table.of(
                      "Bands of the curve \"" + c.clientGroup() + "\"",
                      "Band",
                      "From points",
                      "Up to (not included)",
                      what + " at the start (" + per.strip() + ")",
                      "Each further point")
                  .numeric(1, 2, 3, 4);
      List<Doc.Segment> segments = new ArrayList<>();
      for (BandEntry b : c.bands()) {
        List<String> cells =
            new ArrayList<>(
                List.of(
                    b.label(),
                    number(b.from()),
                    b.to().map(Figures::number).orElse("—"),
                    money(b.amount()),
                    money(b.perPoint())));
        if (panel) {
          cells.add(b.panel() ? "Yes: a starting point only" : "No");
        }
        t.row(cells.toArray(String[]::new));
        BigDecimal end = b.to().orElse(c.chartMaxPoints()).min(c.chartMaxPoints());
        if (b.from().compareTo(c.chartMaxPoints()) < 0) {
          segments.add(new Doc.Segment(b.label(), b.from(), b.amount(), end, b.moneyAt(end)));
        }
      }
      d.table(t);
      for (BandEntry b : c.bands()) {
        d.para(b.sentence());
        b.reference().ifPresent(d::source);
      }
      if (p.unit().isPresent()) {
        // the chart's scale is money; a table counted in a unit has its figures in the table above
        continue;
      }
      d.curveChart(
          "Budget against points, client group \"" + c.clientGroup() + "\"",
          "The money"
              + per
              + " the curve \""
              + c.clientGroup()
              + "\" gives for each"
              + " total of points, from 0 to "
              + number(c.chartMaxPoints())
              + " points, before"
              + " supplements, cost factor, floor, ceiling and rounding.",
          "Total points",
          "Money" + per,
          c.chartMaxPoints(),
          segments,
          currency);
    }
    d.heading(3, "Cost factors");
    Doc.Table f =
        Doc.Table.of("Cost factors by locality", "Locality (where the person lives)", "Factor")
            .numeric(1);
    for (CostFactorEntry c : p.costFactors()) {
      f.row(c.locality().equals("*") ? "* (any other locality)" : c.locality(), number(c.factor()));
    }
    d.table(f);
    d.heading(3, "Floor, ceiling, rounding and moderation");
    Doc.Table lim = Doc.Table.of("Limits and rounding", "Rule", "Figure").numeric(1);
    lim.row("Floor (least budget)", p.floor().map(this::money).orElse("none"));
    lim.row("Ceiling (greatest budget)", p.ceiling().map(this::money).orElse("none"));
    for (CurveEntry c : p.curves()) {
      c.floor().ifPresent(v -> lim.row("Floor of the curve \"" + c.clientGroup() + "\"", money(v)));
      c.ceiling()
          .ifPresent(v -> lim.row("Ceiling of the curve \"" + c.clientGroup() + "\"", money(v)));
    }
    p.unit()
        .ifPresent(
            u -> {
              lim.row("Counted in", u.plural());
              u.price()
                  .ifPresent(
                      pr -> lim.row("Price of one " + u.singular(), Figures.money(currency, pr)));
            });
    lim.row("Rounding", p.rounding());
    lim.row(
        "Moderation without a panel, at most",
        p.tolerancePercent().map(Figures::percent).orElse("no limit"));
    d.table(lim);
    for (String s : p.moneySentences()) {
      d.para(s);
    }

    if (!p.otherFunding().isEmpty()) {
      d.heading(3, "Funding from elsewhere");
      Doc.Table of = Doc.Table.of("Other sources of funding the council deducts", "Source", "Name");
      for (FundingSource src : p.otherFunding()) {
        of.row(src.id(), src.name());
      }
      d.table(of);
    }
    d.heading(2, "How to ask for a review");
    d.para(
        "If you think an answer in your assessment does not describe your needs, you can ask the"
            + " council to review it: say which question, which answer you think is right, and"
            + " why, and bring what shows your needs. This table shows how many points each answer"
            + " is worth; the what-if list of your statement shows what a different answer would"
            + " change.");
    h.review().ifPresent(r -> StatementLayout.review(d, r));
    d.heading(2, "Sources");
    if (p.references().isEmpty()) {
      d.para("The table cites no sources.");
    } else {
      List<String> items = new ArrayList<>();
      for (Reference r : p.references()) {
        items.add(r.rule() + ": " + r.text());
      }
      d.bullets(items);
    }
    return d;
  }

  /** A figure of the allocation: money, or a quantity of the table's unit (spec v1.1 §5). */
  private String money(BigDecimal v) {
    return Figures.amount(currency, p.unit(), v);
  }

  private static String upperFirst(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
