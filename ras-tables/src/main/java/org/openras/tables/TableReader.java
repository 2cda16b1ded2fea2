package org.openras.tables;

import static org.openras.ErrorCode.JSON_BAD_VALUE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Review;
import org.openras.table.Rounding;
import org.openras.table.Select;
import org.openras.table.Supplement;
import org.openras.table.Unit;

/**
 * Maps a {@code ras-table/1} tree onto {@link RasTable#builder()}, in document order, so that the
 * core validator's pointers are the document's. Reports what only JSON can get wrong (unknown
 * fields, wrong types, bad dates and values) and leaves every rule of spec §2 to the validator;
 * both kinds of problem end in one {@link InvalidTableException}.
 */
final class TableReader {
  static final List<String> TABLE =
      List.of(
          "format",
          "id",
          "name",
          "version",
          "effectiveFrom",
          "effectiveTo",
          "currency",
          "period",
          "weeksPerYear",
          "reference",
          "domains",
          "adjustments",
          "allocation",
          "otherFunding",
          "moderation",
          "review");
  static final List<String> DOMAIN =
      List.of("code", "name", "weight", "maxPoints", "reference", "questions");
  static final List<String> QUESTION =
      List.of("code", "text", "select", "required", "maxPoints", "reference", "descriptors");
  static final List<String> DESCRIPTOR = List.of("code", "text", "points");
  static final List<String> ADJUSTMENT =
      List.of("id", "name", "question", "percentByDescriptor", "domains", "reference");
  static final List<String> ALLOCATION =
      List.of("unit", "curves", "supplements", "costFactors", "floor", "ceiling", "rounding");
  static final List<String> UNIT = List.of("singular", "plural", "price");
  static final List<String> CURVE =
      List.of("clientGroup", "floor", "ceiling", "reference", "bands");
  static final List<String> BAND =
      List.of("label", "from", "amount", "perPoint", "panel", "reference");
  static final List<String> FUNDING_SOURCE = List.of("id", "name", "reference");
  static final List<String> REVIEW = List.of("text", "contact", "reference");
  static final List<String> SUPPLEMENT =
      List.of("id", "name", "question", "amountByDescriptor", "reference");
  static final List<String> COST_FACTOR = List.of("locality", "factor");
  static final List<String> ROUNDING = List.of("increment", "mode");
  static final List<String> MODERATION = List.of("tolerancePercent");

  private final Mapping map = new Mapping();

  private TableReader() {}

  /**
   * The table in {@code parsed}.
   *
   * @throws InvalidTableException with every problem of reading and of the rules
   */
  static RasTable read(TreeReader.Parsed parsed, String sourceName) {
    JsonSource source = new JsonSource(sourceName, parsed.locations());
    if (parsed.root().isEmpty()) {
      throw new InvalidTableException(source, parsed.problems());
    }
    return new TableReader().table(parsed.root().get(), parsed.problems(), source);
  }

  private RasTable table(Node root, List<Problem> treeProblems, JsonSource source) {
    List<Problem> bad = map.document(root, treeProblems, source, RasTable.FORMAT, "a table");
    if (!bad.isEmpty()) {
      throw new InvalidTableException(source, bad);
    }
    Map<String, Node> t = root.members();
    map.object(root, "the table", TABLE);

    RasTable.Builder b = RasTable.builder().source(source);
    b.id(map.string(t, "id"))
        .name(map.string(t, "name"))
        .version(map.string(t, "version"))
        .effectiveFrom(map.date(t, "effectiveFrom"))
        .effectiveTo(map.date(t, "effectiveTo"))
        .reference(map.string(t, "reference"));
    if (Mapping.has(t, "currency")) {
      b.currency(map.string(t, "currency"));
    }
    b.period(map.choice(t, "period", Period.class, List.of(Period.values())));
    b.weeksPerYear(map.number(t, "weeksPerYear"));
    for (Node d : map.array(t, "domains")) {
      b.domain(domain(d));
    }
    for (Node a : map.array(t, "adjustments")) {
      b.adjustment(adjustment(a));
    }
    if (Mapping.has(t, "allocation")) {
      allocation(t.get("allocation"), b);
    }
    for (Node f : map.array(t, "otherFunding")) {
      Map<String, Node> m = map.object(f, "an other funding source", FUNDING_SOURCE);
      b.otherFunding(
          m == null
              ? new FundingSource(null, null, Optional.empty())
              : new FundingSource(
                  map.string(m, "id"),
                  map.string(m, "name"),
                  Optional.ofNullable(map.string(m, "reference"))));
    }
    if (Mapping.has(t, "review")) {
      Map<String, Node> r = map.object(t.get("review"), "the review", REVIEW);
      if (r != null) {
        b.review(
            new Review(
                map.string(r, "text"),
                map.string(r, "contact"),
                Optional.ofNullable(map.string(r, "reference"))));
      }
    }
    if (Mapping.has(t, "moderation")) {
      Map<String, Node> m = map.object(t.get("moderation"), "moderation", MODERATION);
      if (m != null) {
        b.tolerancePercent(map.number(m, "tolerancePercent"));
      }
    }

    List<Problem> rules = List.of();
    RasTable table = null;
    try {
      table = b.build();
    } catch (InvalidTableException e) {
      rules = e.problems();
    }
    if (!map.problems().isEmpty() || table == null) {
      throw new InvalidTableException(source, Mapping.merge(map.problems(), rules, source));
    }
    return table;
  }

  private Domain domain(Node n) {
    Map<String, Node> d = map.object(n, "a domain", DOMAIN);
    if (d == null) {
      return new Domain(null, null, null, Optional.empty(), Optional.empty(), null);
    }
    Domain.Builder b =
        Domain.builder(map.string(d, "code"), map.string(d, "name"))
            .weight(map.number(d, "weight"))
            .maxPoints(map.number(d, "maxPoints"))
            .reference(map.string(d, "reference"));
    for (Node q : map.array(d, "questions")) {
      b.question(question(q));
    }
    return b.build();
  }

  private Question question(Node n) {
    Map<String, Node> q = map.object(n, "a question", QUESTION);
    if (q == null) {
      return new Question(null, null, null, true, Optional.empty(), Optional.empty(), null);
    }
    Question.Builder b =
        Question.one(map.string(q, "code"), map.string(q, "text"))
            .select(map.choice(q, "select", Select.class, List.of(Select.values())))
            .maxPoints(map.number(q, "maxPoints"))
            .reference(map.string(q, "reference"));
    Boolean required = map.bool(q, "required");
    if (required != null) {
      b.required(required);
    }
    for (Node x : map.array(q, "descriptors")) {
      Map<String, Node> m = map.object(x, "a descriptor", DESCRIPTOR);
      b.descriptor(
          m == null
              ? new Descriptor(null, null, null)
              : new Descriptor(
                  map.string(m, "code"), map.string(m, "text"), map.number(m, "points")));
    }
    return b.build();
  }

  private Adjustment adjustment(Node n) {
    Map<String, Node> a = map.object(n, "an adjustment", ADJUSTMENT);
    if (a == null) {
      return new Adjustment(null, Optional.empty(), null, null, null, Optional.empty());
    }
    Adjustment.Builder b =
        Adjustment.builder(map.string(a, "id"), map.string(a, "question"))
            .name(map.string(a, "name"))
            .reference(map.string(a, "reference"));
    for (Map.Entry<String, BigDecimal> e : map.numbers(a, "percentByDescriptor").entrySet()) {
      b.percent(e.getKey(), e.getValue());
    }
    b.domains(map.strings(map.array(a, "domains"), "a domain code").toArray(new String[0]));
    return b.build();
  }

  private void allocation(Node n, RasTable.Builder b) {
    Map<String, Node> al = map.object(n, "the allocation", ALLOCATION);
    if (al == null) {
      return;
    }
    if (Mapping.has(al, "unit")) {
      Map<String, Node> u = map.object(al.get("unit"), "the unit", UNIT);
      if (u != null) {
        b.unit(
            new Unit(
                map.string(u, "singular"),
                map.string(u, "plural"),
                Optional.ofNullable(map.number(u, "price"))));
      }
    }
    for (Node c : map.array(al, "curves")) {
      b.curve(curve(c));
    }
    for (Node s : map.array(al, "supplements")) {
      b.supplement(supplement(s));
    }
    for (Node f : map.array(al, "costFactors")) {
      Map<String, Node> m = map.object(f, "a cost factor", COST_FACTOR);
      if (m == null) {
        b.costFactor(null, null);
      } else {
        b.costFactor(map.string(m, "locality"), map.number(m, "factor"));
      }
    }
    b.floor(map.number(al, "floor"));
    b.ceiling(map.number(al, "ceiling"));
    if (Mapping.has(al, "rounding")) {
      Map<String, Node> r = map.object(al.get("rounding"), "rounding", ROUNDING);
      if (r != null) {
        b.rounding(map.number(r, "increment"), roundingMode(r));
      }
    }
  }

  /**
   * The rounding mode: a name that is no {@link RoundingMode} at all is a bad value here; a {@code
   * RoundingMode} that the spec does not allow ({@code HALF_DOWN}, {@code UNNECESSARY}) is left to
   * the validator's rule.
   */
  private RoundingMode roundingMode(Map<String, Node> r) {
    String s = map.string(r, "mode");
    if (s == null) {
      return null;
    }
    for (RoundingMode m : RoundingMode.values()) {
      if (m.name().equals(s)) {
        return m;
      }
    }
    List<String> allowed = new ArrayList<>();
    Arrays.stream(RoundingMode.values())
        .filter(Rounding.ALLOWED_MODES::contains)
        .forEach(m -> allowed.add(m.name()));
    map.add(
        JSON_BAD_VALUE,
        r.get("mode"),
        "rounding mode \"" + Node.abbreviate(s) + "\" is not one of " + String.join(", ", allowed));
    return null;
  }

  private Curve curve(Node n) {
    Map<String, Node> c = map.object(n, "a curve", CURVE);
    if (c == null) {
      return new Curve(null, null, Optional.empty());
    }
    Curve.Builder b =
        Curve.builder(map.string(c, "clientGroup"))
            .floor(map.number(c, "floor"))
            .ceiling(map.number(c, "ceiling"))
            .reference(map.string(c, "reference"));
    for (Node x : map.array(c, "bands")) {
      Map<String, Node> m = map.object(x, "a band", BAND);
      b.band(
          m == null
              ? new Band(null, null, null, null, Optional.empty())
              : new Band(
                  map.string(m, "label"),
                  map.number(m, "from"),
                  map.number(m, "amount"),
                  map.number(m, "perPoint"),
                  Optional.ofNullable(map.string(m, "reference")),
                  Boolean.TRUE.equals(map.bool(m, "panel"))));
    }
    return b.build();
  }

  private Supplement supplement(Node n) {
    Map<String, Node> s = map.object(n, "a supplement", SUPPLEMENT);
    if (s == null) {
      return new Supplement(null, Optional.empty(), null, null, Optional.empty());
    }
    Supplement.Builder b =
        Supplement.builder(map.string(s, "id"), map.string(s, "question"))
            .name(map.string(s, "name"))
            .reference(map.string(s, "reference"));
    for (Map.Entry<String, BigDecimal> e : map.numbers(s, "amountByDescriptor").entrySet()) {
      b.amount(e.getKey(), e.getValue());
    }
    return b.build();
  }
}
