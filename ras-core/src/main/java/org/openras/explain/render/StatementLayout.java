package org.openras.explain.render;

import static org.openras.explain.Figures.number;
import static org.openras.explain.Figures.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.openras.engine.Budget;
import org.openras.explain.Figures;
import org.openras.explain.Statement;
import org.openras.explain.Statement.Choice;
import org.openras.explain.Statement.DomainPart;
import org.openras.explain.Statement.ModerationLine;
import org.openras.explain.Statement.ModerationPart;
import org.openras.explain.Statement.MoneyStep;
import org.openras.explain.Statement.QuestionPart;
import org.openras.table.Period;

/** What the statement for the person says, in which order: the same in every format. */
final class StatementLayout {
  private final Statement s;
  private final String currency;

  private StatementLayout(Statement s) {
    this.s = s;
    this.currency = s.header().currency();
  }

  static Doc of(Statement s) {
    return new StatementLayout(s).doc();
  }

  private Doc doc() {
    Doc d = new Doc("How your indicative budget was worked out");
    d.heading(1, d.title);
    for (String p : s.introduction()) {
      d.para(p);
    }
    about(d);
    summary(d);
    answers(d);
    money(d);
    s.moderation().ifPresent(m -> moderation(d, m));
    steps(d);
    d.heading(2, "Please note");
    for (String n : s.notes()) {
      d.note(n);
    }
    return d;
  }

  private void about(Doc d) {
    Statement.Header h = s.header();
    d.heading(2, "About this statement");
    Doc.Table t = Doc.Table.of("Which assessment and which table", "Item", "Detail");
    t.row("Assessment", h.assessmentId());
    t.row("Table", h.tableName());
    t.row("Table id and version", h.tableId() + ", version " + h.version());
    t.row(
        "In force",
        "from "
            + h.effectiveFrom()
            + h.effectiveTo().map(e -> " until " + e + " (not including that day)").orElse(""));
    t.row("Fingerprint", h.fingerprint().value());
    t.row("Money", h.currency() + ", " + (h.period() == Period.WEEK ? "a week" : "a year"));
    h.reference().ifPresent(r -> t.row("Source of the table", r));
    d.add(t);
  }

  private void summary(Doc d) {
    d.heading(2, "Summary");
    Doc.Table t = Doc.Table.of("The figures in short", "Figure", "Amount").numeric(1);
    t.row("Total points", number(s.totalPoints()));
    t.row("Band (the range of points the total falls in)", s.money().band());
    t.strongRow("Indicative budget", both(s.money().indicative()));
    s.moderation()
        .ifPresent(
            m -> {
              t.row(
                  "Changes after the RAS figure (moderation)",
                  Figures.signedMoney(currency, m.total()) + per());
              t.strongRow("Final budget", both(m.finalBudget()));
              m.panel().ifPresent(p -> t.row("Panel approval needed", p.required() ? "Yes" : "No"));
            });
    d.add(t);
  }

  private void answers(Doc d) {
    d.heading(2, "Your answers and points");
    for (DomainPart dp : s.domains()) {
      d.heading(3, dp.code() + " " + dp.name());
      dp.reference().ifPresent(d::source);
      Doc.Table t =
          Doc.Table.of(
                  "Answers in " + dp.code(), "Question", "Answer", "What the answer says", "Points")
              .numeric(3);
      for (QuestionPart q : dp.questions()) {
        String question = q.code() + " " + q.text();
        if (!q.answered()) {
          t.row(question, "—", "Not answered", "0");
        } else if (q.choices().isEmpty()) {
          t.row(question, "—", "None of these", "0");
        }
        for (int i = 0; i < q.choices().size(); i++) {
          Choice c = q.choices().get(i);
          t.row(i == 0 ? question : "", c.code(), c.text(), number(c.points()));
        }
      }
      d.add(t);
      for (QuestionPart q : dp.questions()) {
        if (!q.answered() || q.choices().size() != 1 || q.maxPoints().isPresent()) {
          d.para(q.code() + ": " + q.sentence());
        }
        q.reference().ifPresent(r -> d.source(q.code() + ": " + r));
      }
      for (String sentence : dp.sentences()) {
        d.para(sentence);
        for (Statement.AdjustmentPart a : dp.adjustments()) {
          if (a.sentence().equals(sentence) && a.reference().isPresent()) {
            d.source(a.reference().get());
          }
        }
      }
    }
    d.heading(3, "Points by area");
    Doc.Table t =
        Doc.Table.of(
                "Points by area",
                "Area",
                "From answers",
                "Cap",
                "After cap",
                "Weight",
                "After weight",
                "Adjustment",
                "Points counted")
            .numeric(1, 2, 3, 4, 5, 6, 7);
    List<Doc.Bar> bars = new ArrayList<>();
    for (DomainPart dp : s.domains()) {
      t.row(
          dp.code() + " " + dp.name(),
          number(dp.raw()),
          dp.maxPoints().map(Figures::number).orElse("none"),
          number(dp.capped()),
          number(dp.weight()),
          number(dp.weighted()),
          percent(dp.percent()),
          number(dp.adjusted()));
      bars.add(new Doc.Bar(dp.code() + " " + dp.name(), dp.adjusted(), number(dp.adjusted())));
    }
    t.strongRow("Total", "", "", "", "", "", "", number(s.totalPoints()));
    d.add(t);
    d.add(
        new Doc.BarChart(
            "Points by area",
            "Points each area of life adds to the total of " + number(s.totalPoints()) + ".",
            bars));
    d.para(s.totalSentence());
  }

  private void money(Doc d) {
    d.heading(2, "How the points became money");
    for (MoneyStep m : s.money().steps()) {
      d.para(m.sentence());
      m.reference().ifPresent(d::source);
    }
    for (String sentence : s.money().sentences()) {
      d.para(sentence);
    }
  }

  private void moderation(Doc d, ModerationPart m) {
    d.heading(2, "Changes after the RAS figure (moderation)");
    d.para(m.sentences().get(0));
    Doc.Table t =
        Doc.Table.of(
                "Changes made after the RAS figure",
                "Change",
                "Made by",
                "Date",
                "Reason",
                "Amount")
            .numeric(4);
    for (ModerationLine l : m.changes()) {
      t.row(
          String.valueOf(l.number()),
          l.by(),
          l.date(),
          l.reason(),
          l.percent().map(p -> percent(p) + " = ").orElse("")
              + Figures.signedMoney(currency, l.change()));
    }
    d.add(t);
    for (ModerationLine l : m.changes()) {
      d.para(l.sentence());
    }
    for (String sentence : m.sentences().subList(1, m.sentences().size())) {
      d.para(sentence);
    }
    m.panel()
        .ifPresent(
            p -> {
              d.para(p.sentence());
              p.reference().ifPresent(d::source);
            });
  }

  private void steps(Doc d) {
    d.heading(2, "The money step by step");
    Doc.Table t =
        Doc.Table.of(
                "From the curve's amount to the "
                    + (s.moderation().isPresent() ? "final" : "indicative")
                    + " budget"
                    + per(),
                "Step",
                "Change",
                "Money")
            .numeric(1, 2);
    List<Doc.Step> bars = new ArrayList<>();
    for (MoneyStep m : s.money().steps()) {
      if (m.type() == Statement.StepType.CURVE) {
        t.row(m.label(), "", money(m.after()));
        bars.add(new Doc.Step(m.label(), BigDecimal.ZERO, m.after(), true, money(m.after())));
      } else {
        t.row(m.label(), Figures.signedMoney(currency, m.change()), money(m.after()));
        bars.add(
            new Doc.Step(
                m.label(),
                m.before(),
                m.after(),
                false,
                Figures.signedMoney(currency, m.change())));
      }
    }
    BigDecimal indicative = primary(s.money().indicative());
    t.strongRow("Indicative budget", "", money(indicative));
    bars.add(
        new Doc.Step("Indicative budget", BigDecimal.ZERO, indicative, true, money(indicative)));
    s.moderation()
        .ifPresent(
            m -> {
              BigDecimal running = indicative;
              for (ModerationLine l : m.changes()) {
                BigDecimal after = running.add(l.change());
                String label = "Change " + l.number() + " (" + l.by() + ")";
                t.row(label, Figures.signedMoney(currency, l.change()), money(after));
                bars.add(
                    new Doc.Step(
                        label, running, after, false, Figures.signedMoney(currency, l.change())));
                running = after;
              }
              BigDecimal fin = primary(m.finalBudget());
              if (fin.compareTo(running) != 0) {
                t.row("Rounding", Figures.signedMoney(currency, fin.subtract(running)), money(fin));
                bars.add(
                    new Doc.Step(
                        "Rounding",
                        running,
                        fin,
                        false,
                        Figures.signedMoney(currency, fin.subtract(running))));
              }
              t.strongRow("Final budget", "", money(fin));
              bars.add(new Doc.Step("Final budget", BigDecimal.ZERO, fin, true, money(fin)));
            });
    d.add(t);
    d.add(
        new Doc.Waterfall(
            "The money step by step",
            "How the money"
                + per()
                + " is built up from the curve's amount to the "
                + (s.moderation().isPresent() ? "final" : "indicative")
                + " budget.",
            bars));
  }

  private BigDecimal primary(Budget b) {
    return s.header().period() == Period.WEEK ? b.weekly() : b.annual();
  }

  private String both(Budget b) {
    return s.header().period() == Period.WEEK
        ? money(b.weekly()) + " a week (" + money(b.annual()) + " a year)"
        : money(b.annual()) + " a year (" + money(b.weekly()) + " a week)";
  }

  private String per() {
    return s.header().period() == Period.WEEK ? " a week" : " a year";
  }

  private String money(BigDecimal v) {
    return Figures.money(currency, v);
  }
}
