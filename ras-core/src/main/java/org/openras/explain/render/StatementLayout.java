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
import org.openras.table.Review;

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
    challenge(d);
    d.heading(2, "What this statement is");
    for (String p : s.introduction()) {
      d.para(words(p));
    }
    answers(d);
    money(d);
    s.moderation().ifPresent(m -> moderation(d, m));
    s.funding().ifPresent(f -> funding(d, f));
    steps(d);
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
    if (h.unit().isPresent()) {
      t.row(
          "Counted in",
          h.unit().get().plural()
              + ", "
              + (h.period() == Period.WEEK ? "a week" : "a year")
              + h.unit()
                  .get()
                  .price()
                  .map(
                      p ->
                          "; one "
                              + h.unit().get().singular()
                              + " costs "
                              + Figures.money(h.currency(), p))
                  .orElse(""));
    } else {
      t.row("Money", h.currency() + ", " + (h.period() == Period.WEEK ? "a week" : "a year"));
    }
    h.reference().ifPresent(r -> t.row("Source of the table", r));
    d.table(t);
  }

  private void summary(Doc d) {
    d.heading(2, "Summary");
    Doc.Table t = Doc.Table.of("The figures in short", "Figure", "Amount").numeric(1);
    t.row("Total points", number(s.totalPoints()));
    t.row("Band (the range of points the total falls in)", s.money().band());
    t.strongRow("Indicative budget", both(s.money().indicative()));
    s.money()
        .indicative()
        .cost()
        .ifPresent(c -> t.row("What the indicative budget costs", bothMoney(c)));
    s.panelDecision()
        .ifPresent(
            p ->
                t.row(
                    "Decided by the council's panel",
                    "Yes, above " + number(p.from()) + " points"));
    s.moderation()
        .ifPresent(
            m -> {
              t.row("Changes after the RAS figure (moderation)", signed(m.total()) + per());
              t.strongRow("Final budget", both(m.finalBudget()));
              m.panel().ifPresent(p -> t.row("Panel approval needed", p.required() ? "Yes" : "No"));
            });
    s.funding()
        .ifPresent(
            f -> {
              for (Statement.FundingLine l : f.lines()) {
                t.row("Paid by " + l.name(), money(l.amount()) + per());
              }
              t.strongRow("Paid by the council", both(f.councilBudget()));
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
      if (m.type() == Statement.StepType.CURVE) {
        s.panelDecision()
            .ifPresent(
                p -> {
                  d.para(words(p.sentence()));
                  p.reference().ifPresent(r -> cite(d, r));
                });
      }
    }
    for (String sentence : s.money().sentences()) {
      d.para(words(sentence));
    }
  }

  /** Who pays the budget: other sources, then the council (spec v1.1 §4). */
  private void funding(Doc d, Statement.FundingPart f) {
    d.heading(2, "Who pays");
    Doc.Table t = Doc.Table.of("Who pays the budget" + per(), "Who", "Pays").numeric(1);
    for (Statement.FundingLine l : f.lines()) {
      t.row(l.name(), money(l.amount()));
    }
    t.strongRow("The council", money(primary(f.councilBudget())));
    d.table(t);
    for (String sentence : f.sentences()) {
      d.para(words(sentence));
    }
    for (Statement.FundingLine l : f.lines()) {
      l.reference().ifPresent(r -> cite(d, r));
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
              + l.set().map(v -> "set at " + money(v) + ": ").orElse("")
              + signed(l.change()));
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
                s.header().unit().map(u -> upperFirst(u.plural())).orElse("Money"))
            .numeric(1, 2);
    List<Doc.Step> bars = new ArrayList<>();
    for (MoneyStep m : s.money().steps()) {
      if (m.type() == Statement.StepType.CURVE) {
        t.row(m.label(), "", money(m.after()));
        bars.add(new Doc.Step(m.label(), BigDecimal.ZERO, m.after(), true, money(m.after())));
      } else {
        t.row(m.label(), signed(m.change()), money(m.after()));
        bars.add(new Doc.Step(m.label(), m.before(), m.after(), false, signed(m.change())));
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
                t.row(label, signed(l.change()), money(after));
                bars.add(new Doc.Step(label, running, after, false, signed(l.change())));
                running = after;
              }
              BigDecimal fin = primary(m.finalBudget());
              if (fin.compareTo(running) != 0) {
                t.row("Rounding", signed(fin.subtract(running)), money(fin));
                bars.add(
                    new Doc.Step("Rounding", running, fin, false, signed(fin.subtract(running))));
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
    String after =
        s.panelDecision()
                .map(p -> " " + upperFirst(words(p.sentence()).split("(?<=\\.) ")[0]))
                .orElse("")
            + s.funding().map(f -> " " + councilWords(f)).orElse("");
    if (s.moderation().isPresent()) {
      ModerationPart m = s.moderation().get();
      Budget fin = m.finalBudget();
      boolean panel = m.panel().map(p -> p.required()).orElse(false);
      d.headline(
          "Your budget after moderation",
          headlineFigure(fin, true),
          headlineFigure(fin, false)
              + ". The RAS worked out "
              + headlineFigure(indicative, true)
              + "; the changes after it are explained below."
              + (panel ? " A panel must approve this budget." : "")
              + after);
    } else {
      d.headline(
          "Your indicative budget",
          headlineFigure(indicative, true),
          headlineFigure(indicative, false) + "." + after);
    }
  }

  /**
   * How to challenge a coding, in general words: what a person can do if they think an answer was
   * coded wrongly, the figures to point at and what to bring.
   */
  private void challenge(Doc d) {
    d.heading(2, "If you think an answer is wrong");
    d.para(
        "Every answer below was chosen by the person who did the assessment. If you think an"
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
            "Point at the figures: the tables of your answers and points below show what each"
                + " answer scored. The council can also give you a what-if list, which shows for"
                + " every other answer the points and the budget it would give.",
            "Bring what shows your needs: for example letters from a doctor, nurse or"
                + " therapist, a diary of a typical week, or a note from a family carer about"
                + " what they can and cannot do."));
    d.para(
        "The published table lists every question, every answer and its points, so you can see"
            + " which answer scores highest. A review can change the answers, the points and the"
            + " money.");
    s.header().review().ifPresent(r -> review(d, r));
  }

  /** The table's own review route (spec v1.1 §6): what to do, whom to ask, and its source. */
  static void review(Doc d, Review r) {
    d.heading(3, "How this council reviews an answer");
    d.para(r.text());
    d.table(
        Doc.Table.of("Whom to ask for a review", "Contact", "Details")
            .rowHeaders()
            .row("Reviews", r.contact()));
    r.reference().ifPresent(d::source);
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
   * with every exact figure): money is shown to the penny; flag codes are left out.
   */
  static String words(String sentence) {
    Matcher m = SUB_PENNY.matcher(sentence);
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

  /**
   * A budget's figure in its table's period for the headline: money to the penny, or for a table
   * that counts a unit "11 hours of support a week (about £258.50)" (spec v1.1 §5).
   */
  private String headlineFigure(Budget b, boolean primary) {
    BigDecimal v = primary ? primary(b) : other(b);
    String per = primary == (s.header().period() == Period.WEEK) ? " a week" : " a year";
    if (s.header().unit().isEmpty()) {
      return Figures.moneyToPenny(currency, v) + per;
    }
    return money(v)
        + " of support"
        + per
        + b.cost()
            .map(
                c ->
                    " (about "
                        + Figures.moneyToPenny(currency, primary ? primary(c) : other(c))
                        + ")")
            .orElse("");
  }

  /** "The council pays £179.69 a week." or, when others pay it all, that the council pays £0.00. */
  private String councilWords(Statement.FundingPart f) {
    Budget c = f.councilBudget();
    return (f.covers()
            ? "Other sources pay all of it: the council pays "
            : "Other sources pay part of it: the council pays ")
        + money(primary(c))
        + per()
        + c.cost()
            .map(k -> " (about " + Figures.moneyToPenny(currency, primary(k)) + ")")
            .orElse("")
        + ".";
  }

  private static String upperFirst(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

  /** A budget's cost in money in both periods, the table's first. */
  private String bothMoney(Budget c) {
    return s.header().period() == Period.WEEK
        ? Figures.money(currency, c.weekly())
            + " a week ("
            + Figures.money(currency, c.annual())
            + " a year)"
        : Figures.money(currency, c.annual())
            + " a year ("
            + Figures.money(currency, c.weekly())
            + " a week)";
  }

  private String both(Budget b) {
    return s.header().period() == Period.WEEK
        ? money(b.weekly()) + " a week (" + money(b.annual()) + " a year)"
        : money(b.annual()) + " a year (" + money(b.weekly()) + " a week)";
  }

  private String per() {
    return s.header().period() == Period.WEEK ? " a week" : " a year";
  }

  /** A figure of the allocation: money, or a quantity of the table's unit (spec v1.1 §5). */
  private String money(BigDecimal v) {
    return Figures.amount(currency, s.header().unit(), v);
  }

  private String signed(BigDecimal v) {
    return Figures.signedAmount(currency, s.header().unit(), v);
  }
}
