package org.openras.table;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The canonical JSON text of a table, the input of its fingerprint: object keys sorted (by UTF-16
 * code units), no insignificant white space, numbers in their shortest plain form, defaults made
 * explicit, absent optional fields left out. Array order is kept: it carries meaning (descriptor
 * order is the order of need).
 *
 * <p>Spec v1.1's fields are in it only when present with a value other than their default (a band's
 * {@code panel} only when true, {@code otherFunding} only when not empty, a curve's limits, the
 * unit and the review only when given), so that every v1 table keeps its v1 fingerprint.
 */
final class CanonicalForm {
  private CanonicalForm() {}

  static String of(RasTable t) {
    Map<String, Object> root = new TreeMap<>();
    root.put("format", RasTable.FORMAT);
    root.put("id", t.id());
    root.put("name", t.name());
    root.put("version", t.version());
    root.put("effectiveFrom", t.effectiveFrom());
    putIfPresent(root, "effectiveTo", t.effectiveTo());
    root.put("currency", t.currency());
    root.put("period", t.period().name());
    root.put("weeksPerYear", t.weeksPerYear());
    putIfPresent(root, "reference", t.reference());
    List<Object> domains = new ArrayList<>();
    for (Domain d : t.domains()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("code", d.code());
      m.put("name", d.name());
      m.put("weight", d.weight());
      putIfPresent(m, "maxPoints", d.maxPoints());
      putIfPresent(m, "reference", d.reference());
      List<Object> questions = new ArrayList<>();
      for (Question q : d.questions()) {
        Map<String, Object> qm = new TreeMap<>();
        qm.put("code", q.code());
        qm.put("text", q.text());
        qm.put("select", q.select().name());
        qm.put("required", q.required());
        putIfPresent(qm, "maxPoints", q.maxPoints());
        putIfPresent(qm, "reference", q.reference());
        List<Object> descriptors = new ArrayList<>();
        for (Descriptor x : q.descriptors()) {
          Map<String, Object> xm = new TreeMap<>();
          xm.put("code", x.code());
          xm.put("text", x.text());
          xm.put("points", x.points());
          descriptors.add(xm);
        }
        qm.put("descriptors", descriptors);
        questions.add(qm);
      }
      m.put("questions", questions);
      domains.add(m);
    }
    root.put("domains", domains);
    List<Object> adjustments = new ArrayList<>();
    for (Adjustment a : t.adjustments()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("id", a.id());
      putIfPresent(m, "name", a.name());
      m.put("question", a.question());
      m.put("percentByDescriptor", new TreeMap<>(a.percentByDescriptor()));
      m.put("domains", a.domains());
      putIfPresent(m, "reference", a.reference());
      adjustments.add(m);
    }
    root.put("adjustments", adjustments);
    Allocation al = t.allocation();
    Map<String, Object> alloc = new TreeMap<>();
    List<Object> curves = new ArrayList<>();
    for (Curve c : al.curves()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("clientGroup", c.clientGroup());
      putIfPresent(m, "reference", c.reference());
      putIfPresent(m, "floor", c.floor());
      putIfPresent(m, "ceiling", c.ceiling());
      List<Object> bands = new ArrayList<>();
      for (Band b : c.bands()) {
        Map<String, Object> bm = new TreeMap<>();
        bm.put("label", b.label());
        bm.put("from", b.from());
        bm.put("amount", b.amount());
        bm.put("perPoint", b.perPoint());
        putIfPresent(bm, "reference", b.reference());
        if (b.panel()) {
          bm.put("panel", true);
        }
        bands.add(bm);
      }
      m.put("bands", bands);
      curves.add(m);
    }
    alloc.put("curves", curves);
    List<Object> supplements = new ArrayList<>();
    for (Supplement s : al.supplements()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("id", s.id());
      putIfPresent(m, "name", s.name());
      m.put("question", s.question());
      m.put("amountByDescriptor", new TreeMap<>(s.amountByDescriptor()));
      putIfPresent(m, "reference", s.reference());
      supplements.add(m);
    }
    alloc.put("supplements", supplements);
    List<Object> factors = new ArrayList<>();
    for (CostFactor f : al.costFactors()) {
      Map<String, Object> m = new TreeMap<>();
      m.put("locality", f.locality());
      m.put("factor", f.factor());
      factors.add(m);
    }
    alloc.put("costFactors", factors);
    putIfPresent(alloc, "floor", al.floor());
    putIfPresent(alloc, "ceiling", al.ceiling());
    Map<String, Object> rounding = new TreeMap<>();
    rounding.put("increment", al.rounding().increment());
    rounding.put("mode", al.rounding().mode().name());
    alloc.put("rounding", rounding);
    if (al.unit().isPresent()) {
      Unit u = al.unit().get();
      Map<String, Object> um = new TreeMap<>();
      um.put("singular", u.singular());
      um.put("plural", u.plural());
      putIfPresent(um, "price", u.price());
      alloc.put("unit", um);
    }
    root.put("allocation", alloc);
    if (!t.otherFunding().isEmpty()) {
      List<Object> sources = new ArrayList<>();
      for (FundingSource f : t.otherFunding()) {
        Map<String, Object> m = new TreeMap<>();
        m.put("id", f.id());
        m.put("name", f.name());
        putIfPresent(m, "reference", f.reference());
        sources.add(m);
      }
      root.put("otherFunding", sources);
    }
    if (t.review().isPresent()) {
      Review r = t.review().get();
      Map<String, Object> m = new TreeMap<>();
      m.put("text", r.text());
      m.put("contact", r.contact());
      putIfPresent(m, "reference", r.reference());
      root.put("review", m);
    }
    Map<String, Object> moderation = new TreeMap<>();
    putIfPresent(moderation, "tolerancePercent", t.tolerancePercent());
    root.put("moderation", moderation);
    StringBuilder out = new StringBuilder(4096);
    write(root, out);
    return out.toString();
  }

  /**
   * Puts the optional's value, if any (a plain test rather than {@code ifPresent}: the lambdas
   * would each cost a first table load in a fresh JVM a class spun at run time).
   */
  private static void putIfPresent(Map<String, Object> m, String key, Optional<?> value) {
    if (value.isPresent()) {
      m.put(key, value.get());
    }
  }

  static Fingerprint fingerprint(String canonical) {
    byte[] hash = Sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder("sha256:");
    for (byte b : hash) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return new Fingerprint(hex.toString());
  }

  private static void write(Object v, StringBuilder out) {
    if (v instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string((String) e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else if (v instanceof BigDecimal d) {
      out.append(Decimals.canonical(d).toPlainString());
    } else if (v instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (v instanceof LocalDate d) {
      string(d.toString(), out);
    } else if (v instanceof Optional<?> o) {
      write(o.orElseThrow(), out);
    } else {
      string(String.valueOf(v), out);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
