package org.openras.explain;

import static org.openras.explain.Figures.number;
import static org.openras.explain.Figures.percent;
import static org.openras.explain.Figures.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.table.Supplement;

/** Builds a {@link PublishedTable}: the table's content, and its rules in words. */
final class PublishedTableBuilder {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RasTable t;
  private final String per;
  private final List<Reference> references = new ArrayList<>();

  private PublishedTableBuilder(RasTable t) {
    this.t = t;
    this.per = t.period() == Period.WEEK ? " a week" : " a year";
  }

  static PublishedTable build(RasTable table) {
    if (table == null) {
      throw new NullPointerException("table");
    }
    return new PublishedTableBuilder(table).published();
  }

  private PublishedTable published() {
    t.reference().ifPresent(r -> references.add(new Reference("Table", r)));
    for (FundingSource f : t.otherFunding()) {
      f.reference().ifPresent(r -> references.add(new Reference("Other funding " + f.id(), r)));
    }
    PublishedTable.Header header =
        new PublishedTable.Header(
            t.name(),
            t.id(),
            t.version(),
            t.fingerprint(),
            t.effectiveFrom(),
            t.effectiveTo(),
            t.currency(),
            t.period(),
            t.weeksPerYear(),
            t.reference(),
            t.review());
    List<DomainEntry> domains = new ArrayList<>();
    for (Domain d : t.domains()) {
      domains.add(domain(d));
    }
    List<AdjustmentEntry> adjustments = new ArrayList<>();
    for (Adjustment a : t.adjustments()) {
      adjustments.add(adjustment(a));
    }
    List<SupplementEntry> supplements = new ArrayList<>();
    for (Supplement s : t.allocation().supplements()) {
      supplements.add(supplement(s));
    }
    BigDecimal most = mostPoints();
    List<CurveEntry> curves = new ArrayList<>();
    for (Curve c : t.allocation().curves()) {
      curves.add(curve(c, most));
    }
    List<CostFactorEntry> factors = new ArrayList<>();
    for (CostFactor f : t.allocation().costFactors()) {
      factors.add(new CostFactorEntry(f.locality(), f.factor()));
    }
    String rounding =
        Figures.rounding(
            money(t.allocation().rounding().increment()), t.allocation().rounding().mode().name());
    return new PublishedTable(
        header,
        introduction(),
        domains,
        adjustments,
        supplements,
        curves,
        factors,
        t.allocation().floor(),
        t.allocation().ceiling(),
        rounding,
        t.tolerancePercent(),
        moneySentences(rounding),
        references,
        t.allocation().unit(),
        t.otherFunding());
  }

  private List<String> introduction() {
    return List.of(
        "This is the Resource Allocation System (RAS) table \""
            + t.name()
            + "\", version "
            + t.version()
            + ", in force from "
            + t.effectiveFrom()
            + t.effectiveTo().map(e -> " until " + e + " (not including that day)").orElse("")
            + ". It lists every question, every possible answer with its points, and the rules"
            + " that turn points into an indicative budget: an early estimate of the money for"
            + " a person's support, which is a starting point for planning, not a final"
            + " decision.",
        "How it works. Each answer scores points. The questions are grouped into areas of life,"
            + " called domains. A domain's points are added up; a domain may count at most a"
            + " number of points (its cap), and its points may be multiplied by a weight, so"
            + " that some areas count more than others. Adjustments then change a domain's"
            + " points by a percent because of an answer, for example the help a family carer"
            + " gives. The total points fall in a band of a curve: a band is a range of total"
            + " points with its own money rule. Supplements add fixed sums for some answers. A"
            + " cost factor allows for how much support costs where the person lives (their"
            + " locality). The money is kept"
            + " between a floor and a ceiling, then rounded.",
        "The table's fingerprint is "
            + t.fingerprint().value()
            + ". Any change to the table"
            + " changes it, and every budget worked out with this table names it, so anyone can"
            + " check which table was used.");
  }

  private DomainEntry domain(Domain d) {
    d.reference().ifPresent(r -> references.add(new Reference("Domain " + d.code(), r)));
    List<QuestionEntry> questions = new ArrayList<>();
    for (Question q : d.questions()) {
      questions.add(question(q));
    }
    StringBuilder s = new StringBuilder();
    if (d.weight().compareTo(BigDecimal.ONE) == 0) {
      s.append("Weight 1: its points count as they are.");
    } else if (d.weight().signum() == 0) {
      s.append(
          "Weight 0: its points do not count towards the total (its answers may still"
              + " change other domains' points).");
    } else {
      s.append("Weight ")
          .append(number(d.weight()))
          .append(": its points are multiplied by ")
          .append(number(d.weight()))
          .append('.');
    }
    d.maxPoints().ifPresent(m -> s.append(" Cap: at most ").append(points(m)).append(" count."));
    return new DomainEntry(
        d.code(), d.name(), d.weight(), d.maxPoints(), d.reference(), questions, s.toString());
  }

  private QuestionEntry question(Question q) {
    q.reference().ifPresent(r -> references.add(new Reference("Question " + q.code(), r)));
    BigDecimal max = BigDecimal.ZERO;
    for (Descriptor x : q.descriptors()) {
      max = max.max(x.points());
    }
    List<DescriptorEntry> descriptors = new ArrayList<>();
    for (Descriptor x : q.descriptors()) {
      descriptors.add(
          new DescriptorEntry(
              x.code(), x.text(), x.points(), max.signum() > 0 && x.points().compareTo(max) == 0));
    }
    boolean any = q.select() == Select.ANY;
    StringBuilder s =
        new StringBuilder(
            any
                ? "Choose all answers that apply; their points" + " are added up"
                : "Choose one answer");
    q.maxPoints()
        .ifPresent(
            m -> s.append(any ? ", and count at most " : "; it counts at most ").append(points(m)));
    s.append(q.required() ? ". It must be answered." : ". It may be left unanswered (0 points).");
    return new QuestionEntry(
        q.code(),
        q.text(),
        any,
        q.required(),
        q.maxPoints(),
        q.reference(),
        descriptors,
        s.toString());
  }

  private AdjustmentEntry adjustment(Adjustment a) {
    String name = a.name().orElse(a.id());
    a.reference().ifPresent(r -> references.add(new Reference("Adjustment " + a.id(), r)));
    List<String> domains = a.domains().isEmpty() ? codes() : a.domains();
    List<Keyed> percents = keyed(a.percentByDescriptor());
    List<String> sentences = new ArrayList<>();
    sentences.add(
        "\""
            + name
            + "\" changes the points of "
            + domainNames(domains)
            + " by a percent, according to the answer to question "
            + a.question()
            + t.question(a.question()).map(q -> " (\"" + q.text() + "\")").orElse("")
            + ".");
    for (Keyed k : percents) {
      BigDecimal p = k.value();
      sentences.add(
          "If the answer is "
              + k.descriptor()
              + " (\""
              + k.text()
              + "\"), these"
              + " points are "
              + Figures.adjustmentEffect(p)
              + ".");
    }
    sentences.add(
        "Any other answer, or no answer, does not change the points. A domain's"
            + " points never fall below 0.");
    return new AdjustmentEntry(
        a.id(), name, a.question(), domains, percents, a.reference(), sentences);
  }

  private SupplementEntry supplement(Supplement s) {
    String name = s.name().orElse(s.id());
    s.reference().ifPresent(r -> references.add(new Reference("Supplement " + s.id(), r)));
    List<Keyed> amounts = keyed(s.amountByDescriptor());
    List<String> sentences = new ArrayList<>();
    for (Keyed k : amounts) {
      sentences.add(
          "\""
              + name
              + "\": if answer "
              + k.descriptor()
              + " (\""
              + k.text()
              + "\") is chosen for question "
              + s.question()
              + ", "
              + Figures.money(t.currency(), k.value())
              + per
              + " is added to the curve's money, before the cost factor.");
    }
    return new SupplementEntry(s.id(), name, s.question(), amounts, s.reference(), sentences);
  }

  private CurveEntry curve(Curve c, BigDecimal most) {
    c.reference().ifPresent(r -> references.add(new Reference("Curve " + c.clientGroup(), r)));
    List<BandEntry> bands = new ArrayList<>();
    for (int i = 0; i < c.bands().size(); i++) {
      Band b = c.bands().get(i);
      b.reference()
          .ifPresent(
              r ->
                  references.add(
                      new Reference("Curve " + c.clientGroup() + ", band " + b.label(), r)));
      Optional<BigDecimal> to =
          i + 1 < c.bands().size() ? Optional.of(c.bands().get(i + 1).from()) : Optional.empty();
      String range =
          "from "
              + points(b.from())
              + to.map(n -> " up to " + number(n) + " (not included)").orElse(" upwards");
      String rule =
          b.perPoint().signum() == 0
              ? "a fixed " + money(b.amount()) + per
              : money(b.amount())
                  + per
                  + " at "
                  + points(b.from())
                  + ", plus "
                  + money(b.perPoint())
                  + " for each point above "
                  + number(b.from());
      bands.add(
          new BandEntry(
              b.label(),
              b.from(),
              to,
              b.amount(),
              b.perPoint(),
              b.reference(),
              "Band "
                  + b.label()
                  + ", "
                  + range
                  + ": "
                  + rule
                  + "."
                  + (b.panel()
                      ? " From "
                          + points(b.from())
                          + " the council's Resource Allocation Panel decides the budget; this"
                          + " figure is a starting point only."
                      : ""),
              b.panel()));
    }
    BigDecimal lastFrom = c.bands().get(c.bands().size() - 1).from();
    BigDecimal chartMax =
        most.max(lastFrom.multiply(new BigDecimal("1.2")).setScale(0, RoundingMode.CEILING))
            .max(lastFrom.add(BigDecimal.valueOf(5)));
    String sentence =
        Curve.ANY_GROUP.equals(c.clientGroup())
            ? "The general curve, for everyone whose client group has no curve of its own."
            : "The curve for the client group \"" + c.clientGroup() + "\".";
    if (c.floor().isPresent() || c.ceiling().isPresent()) {
      sentence +=
          " It has its own "
              + c.floor().map(f -> "floor of " + money(f)).orElse("")
              + (c.floor().isPresent() && c.ceiling().isPresent() ? " and its own " : "")
              + c.ceiling().map(f -> "ceiling of " + money(f)).orElse("")
              + ", in place of the table's.";
    }
    return new CurveEntry(
        c.clientGroup(), c.reference(), bands, chartMax, sentence, c.floor(), c.ceiling());
  }

  private List<String> moneySentences(String rounding) {
    List<String> s = new ArrayList<>();
    s.add(
        "The table's money is "
            + (t.period() == Period.WEEK ? "weekly" : "yearly")
            + ". The "
            + (t.period() == Period.WEEK
                ? "yearly budget is the weekly one × "
                : "weekly budget" + " is the yearly one ÷ ")
            + number(t.weeksPerYear())
            + " weeks, rounded the same"
            + " way.");
    s.add(
        "A cost factor allows for how much support costs where the person lives (their"
            + " locality): the money is multiplied by the factor of the person's locality, or by"
            + " the factor for \"*\" when their locality has none of its own.");
    Optional<BigDecimal> floor = t.allocation().floor();
    Optional<BigDecimal> ceiling = t.allocation().ceiling();
    if (floor.isPresent() || ceiling.isPresent()) {
      s.add(
          "The budget is never "
              + floor.map(f -> "less than " + money(f) + " (the floor)").orElse("")
              + (floor.isPresent() && ceiling.isPresent() ? " nor " : "")
              + ceiling.map(c -> "more than " + money(c) + " (the ceiling)").orElse("")
              + "; this limit is applied before rounding.");
    } else {
      s.add("The table sets no floor or ceiling.");
    }
    s.add("The budget is rounded " + rounding + ".");
    s.add(
        t.tolerancePercent()
            .map(
                p ->
                    "After the budget is worked out, a worker or a panel may change it, giving a"
                        + " reason (this is called moderation). A change of more than "
                        + percent(p)
                        + " of the indicative budget needs a panel's approval.")
            .orElse(
                "After the budget is worked out, a worker or a panel may change it, giving a"
                    + " reason (this is called moderation). The table sets no limit beyond which a"
                    + " panel must approve the change."));
    t.allocation()
        .unit()
        .ifPresent(
            u ->
                s.add(
                    "The table counts support in "
                        + u.plural()
                        + ", not in money: every figure of the allocation (bands, supplements,"
                        + " floor, ceiling, moderation and other funding) is a number of "
                        + u.plural()
                        + per
                        + "."
                        + u.price()
                            .map(
                                p ->
                                    " One "
                                        + u.singular()
                                        + " costs "
                                        + Figures.money(t.currency(), p)
                                        + "; a budget's cost is its "
                                        + u.plural()
                                        + " × "
                                        + Figures.money(t.currency(), p)
                                        + ", rounded to the penny.")
                            .orElse(" The table gives no price for one " + u.singular() + ".")));
    if (!t.otherFunding().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (FundingSource f : t.otherFunding()) {
        names.add(f.name() + " (" + f.id() + ")");
      }
      s.add(
          "Some of a person's budget may be paid by others: "
              + String.join("; ", names)
              + ". What they pay is taken off the budget (the final budget when it was moderated,"
              + " else the indicative one) to give the council budget, what the council pays,"
              + " never below 0. It does not change the budget itself.");
    }
    return s;
  }

  /**
   * The most total points any answers can give: each domain's greatest points, capped, weighted and
   * raised by every positive adjustment percent that may apply to it. An upper bound, used only to
   * size the curve charts.
   */
  private BigDecimal mostPoints() {
    BigDecimal total = BigDecimal.ZERO;
    for (Domain d : t.domains()) {
      BigDecimal raw = BigDecimal.ZERO;
      for (Question q : d.questions()) {
        BigDecimal most = BigDecimal.ZERO;
        for (Descriptor x : q.descriptors()) {
          most = q.select() == Select.ANY ? most.add(x.points()) : most.max(x.points());
        }
        raw = raw.add(q.maxPoints().map(most::min).orElse(most));
      }
      BigDecimal capped = d.maxPoints().map(raw::min).orElse(raw);
      BigDecimal up = BigDecimal.ZERO;
      for (Adjustment a : t.adjustments()) {
        if (a.appliesTo(d.code())) {
          BigDecimal best = BigDecimal.ZERO;
          for (BigDecimal p : a.percentByDescriptor().values()) {
            best = best.max(p);
          }
          up = up.add(best);
        }
      }
      total =
          total.add(capped.multiply(d.weight()).multiply(BigDecimal.ONE.add(up.divide(HUNDRED))));
    }
    return total;
  }

  private List<Keyed> keyed(Map<String, BigDecimal> values) {
    List<Keyed> out = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
      out.add(
          new Keyed(
              e.getKey(), t.descriptor(e.getKey()).map(Descriptor::text).orElse(""), e.getValue()));
    }
    return out;
  }

  private List<String> codes() {
    List<String> out = new ArrayList<>();
    for (Domain d : t.domains()) {
      out.add(d.code());
    }
    return out;
  }

  private String domainNames(List<String> codes) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      String name =
          t.domains().stream()
              .filter(d -> d.code().equals(code))
              .findFirst()
              .map(Domain::name)
              .orElse(code);
      s.append(i == 0 ? "" : i == codes.size() - 1 ? " and " : ", ")
          .append(code)
          .append(" (\"")
          .append(name)
          .append("\")");
    }
    return s.toString();
  }

  /** A figure of the allocation: money, or a quantity of the table's unit (spec v1.1 §5). */
  private String money(BigDecimal v) {
    return Figures.amount(t.currency(), t.allocation().unit(), v);
  }
}
