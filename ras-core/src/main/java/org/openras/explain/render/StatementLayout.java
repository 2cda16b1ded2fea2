package org.openras.explain.render;

import static org.openras.explain.Figures.number;
import static org.openras.explain.Figures.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openras.engine.Budget;
import org.openras.explain.Figures;
import org.openras.explain.Statement;
import org.openras.explain.Statement.Choice;
import org.openras.explain.Statement.DomainPart;
import org.openras.explain.Statement.ModerationLine;
import org.openras.explain.Statement.ModerationPart;
import org.openras.explain.Statement.MoneyStep;
import org.openras.explain.Statement.QuestionPart;
import org.openras.report.Doc;
import org.openras.table.Period;

/** What the statement for the person says, in which order: the same in every format. */
final class StatementLayout {
  private final Statement s;
  private final String currency;

  /** The references already cited: each rule's source is given once, where it is first used. */
  private final Set<String> cited = new HashSet<>();

  private StatementLayout(Statement s) {
    this.s = s;
    this.currency = s.header().currency();
  }

  static Doc of(Statement s) {
    return new StatementLayout(s).doc();
  }

  private Doc doc() {
    Doc d = new Doc("How your indicative budget was worked out");
    headline(d);
    summary(d);
    d.heading(2, "What this statement is");
    for (String p : s.introduction()) {
      d.para(words(p));
    }
    answers(d);
    money(d);
    s.moderation().ifPresent(m -> moderation(d, m));
    steps(d);
    challenge(d);
    about(d);
    d.heading(2, "Please note");
    for (String n : s.notes()) {
      d.note(words(n));
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
    d.table(t);
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
    d.table(t);
  }

  private void answers(Doc d) {
    d.heading(2, "Your answers and points");
    for (DomainPart dp : s.domains()) {
      d.heading(3, dp.code() + " " + dp.name());
      dp.reference().ifPresent(r -> cite(d, r));
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
      d.table(t);
      for (QuestionPart q : dp.questions()) {
        if (!q.answered() || q.choices().size() != 1 || q.maxPoints().isPresent()) {
          d.para(q.code() + ": " + words(q.sentence()));
        }
        q.reference().ifPresent(r -> cite(d, r));
      }
      for (String sentence : dp.sentences()) {
        d.para(words(sentence));
        for (Statement.AdjustmentPart a : dp.adjustments()) {
          if (a.sentence().equals(sentence) && a.reference().isPresent()) {
            cite(d, a.reference().get());
          }
        }
      }
    }
    d.heading(3, "Points by area of life");
    Doc.Table t =
        Doc.Table.of(
                "Points by area of life",
                "Area of life",
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
    d.table(t);
    d.barChart(
        "Points by area of life",
        "Points each area of life adds to the total of " + number(s.totalPoints()) + ".",
        "points",
        Optional.empty(),
        bars);
    d.para(words(s.totalSentence()));
  }

  private void money(Doc d) {
    d.heading(2, "How the points became money");
    for (MoneyStep m : s.money().steps()) {
      d.para(words(m.sentence()));
      m.reference().ifPresent(r -> cite(d, r));
    }
    for (String sentence : s.money().sentences()) {
      d.para(words(sentence));
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
    d.table(t);
    for (ModerationLine l : m.changes()) {
      d.para(words(l.sentence()));
    }
    for (String sentence : m.sentences().subList(1, m.sentences().size())) {
      d.para(words(sentence));
    }
    m.panel()
        .ifPresent(
            p -> {
              d.para(words(p.sentence()));
              p.reference().ifPresent(r -> cite(d, r));
            });
  }

  private void steps(Doc d) {
    d.heading(2, "The money step by step");
    d.para(
        "For anyone who wants to check the sums: every figure exactly as it was worked out,"
            + " before the money is rounded.");
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
    d.table(t);
    d.waterfall(
        "The money step by step",
        "How the money"
            + per()
            + " is built up from the curve's amount to the "
            + (s.moderation().isPresent() ? "final" : "indicative")
            + " budget.",
        bars);
  }

  /** The budget first: the figure a person came for, before how it was reached. */
  private void headline(Doc d) {
    Budget indicative = s.money().indicative();
    String other = s.header().period() == Period.WEEK ? " a year" : " a week";
    if (s.moderation().isPresent()) {
      ModerationPart m = s.moderation().get();
      Budget fin = m.finalBudget();
      boolean panel = m.panel().map(p -> p.required()).orElse(false);
      d.headline(
          "Your budget after moderation",
          moneyToPenny(primary(fin)) + per(),
          moneyToPenny(other(fin))
              + other
              + ". The RAS worked out "
              + moneyToPenny(primary(indicative))
              + per()
              + "; the changes after it are explained below."
              + (panel ? " A panel must approve this budget." : ""));
    } else {
      d.headline(
          "Your indicative budget",
          moneyToPenny(primary(indicative)) + per(),
          moneyToPenny(other(indicative)) + other + ".");
    }
  }

  /**
   * How to challenge a coding, in general words: what a person can do if they think an answer was
   * coded wrongly, the figures to point at and what to bring.
   */
  private void challenge(Doc d) {
    d.heading(2, "If you think an answer is wrong");
    d.para(
        "Every answer above was chosen by the person who did the assessment. If you think an"
            + " answer does not describe your needs, you can ask the council to review it. You do"
            + " not need to explain the calculation: say which question you think was answered"
            + " wrongly, which answer you think is right, and why.");
    d.bullets(
        List.of(
            "Ask for a review, in writing if you can, and keep a copy. Give the assessment"
                + " reference "
                + s.header().assessmentId()
                + " and the table's name and version ("
                + s.header().tableName()
                + ", version "
                + s.header().version()
                + ").",
            "Point at the figures: the table of your answers and points above shows what each"
                + " answer scored. The council can also give you a what-if list, which shows for"
                + " every other answer the points and the budget it would give.",
            "Bring what shows your needs: for example letters from a doctor, nurse or"
                + " therapist, a diary of a typical week, or a note from a family carer about"
                + " what they can and cannot do."));
    d.para(
        "The published table lists every question, every answer and its points, so you can see"
            + " which answer scores highest. A review can change the answers, the points and the"
            + " money.");
  }

  /** Cites a reference once: the first time a rule that gives it is used. */
  private void cite(Doc d, String reference) {
    if (cited.add(reference)) {
      d.source(reference);
    }
  }

  private static final Pattern SUB_PENNY =
      Pattern.compile("£((?:\\d{1,3}(?:,\\d{3})*)\\.\\d{2})\\d+");
  private static final Pattern FLAG_CODE = Pattern.compile(" \\([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\)");

  /**
   * The words a family reads, from the statement's sentences (which stay as they are in the JSON,
   * with every exact figure): "area" means only an area of life (a domain), never where a person
   * lives; money is shown to the penny; flag codes are left out.
   */
  static String words(String sentence) {
    String out =
        sentence
            .replace("Your area, \"", "Your locality, \"")
            .replace("No area was given", "No locality was given")
            .replace("The area \"", "The locality \"");
    Matcher m = SUB_PENNY.matcher(out);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      BigDecimal exact = new BigDecimal(m.group().substring(1).replace(",", ""));
      String penny = Figures.moneyToPenny("GBP", exact);
      m.appendReplacement(b, Matcher.quoteReplacement("about " + penny));
    }
    m.appendTail(b);
    String penny =
        b.toString()
            .replaceAll(": about (£[0-9,.]+) becomes ", ": it becomes ")
            .replace(". about ", ". About ");
    return FLAG_CODE.matcher(penny).replaceAll("");
  }

  private String moneyToPenny(BigDecimal v) {
    return Figures.moneyToPenny(currency, v);
  }

  private BigDecimal other(Budget b) {
    return s.header().period() == Period.WEEK ? b.annual() : b.weekly();
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
