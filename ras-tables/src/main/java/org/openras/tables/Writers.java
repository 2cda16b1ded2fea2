package org.openras.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.assessment.Moderation;
import org.openras.assessment.OtherFunding;
import org.openras.engine.Budget;
import org.openras.engine.DomainScore;
import org.openras.engine.Flag;
import org.openras.engine.Result;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Review;
import org.openras.table.Supplement;
import org.openras.table.Unit;
import org.openras.trace.TraceStep;

/**
 * Writes the three formats with the streaming generator: {@code ras-table/1} and {@code
 * ras-assessment/1} in the field order of the spec with defaults explicit, {@code ras-result/1} in
 * the shape of spec §5. Numbers are plain JSON numbers, never with an exponent.
 */
final class Writers {
  private Writers() {}

  /** Two-space indentation, {@code "key": value}, one value a line, {@code \n} line ends. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
    p.indentObjectsWith(indenter);
    p.indentArraysWith(indenter);
    return p;
  }

  // ---------------------------------------------------------------- ras-table/1

  static void table(JsonGenerator g, RasTable t) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", RasTable.FORMAT);
    g.writeStringField("id", t.id());
    g.writeStringField("name", t.name());
    g.writeStringField("version", t.version());
    g.writeStringField("effectiveFrom", t.effectiveFrom().toString());
    if (t.effectiveTo().isPresent()) {
      g.writeStringField("effectiveTo", t.effectiveTo().get().toString());
    }
    g.writeStringField("currency", t.currency());
    g.writeStringField("period", t.period().name());
    number(g, "weeksPerYear", t.weeksPerYear());
    optional(g, "reference", t.reference());
    g.writeArrayFieldStart("domains");
    for (Domain d : t.domains()) {
      g.writeStartObject();
      g.writeStringField("code", d.code());
      g.writeStringField("name", d.name());
      number(g, "weight", d.weight());
      if (d.maxPoints().isPresent()) {
        number(g, "maxPoints", d.maxPoints().get());
      }
      optional(g, "reference", d.reference());
      g.writeArrayFieldStart("questions");
      for (Question q : d.questions()) {
        g.writeStartObject();
        g.writeStringField("code", q.code());
        g.writeStringField("text", q.text());
        g.writeStringField("select", q.select().name());
        g.writeBooleanField("required", q.required());
        if (q.maxPoints().isPresent()) {
          number(g, "maxPoints", q.maxPoints().get());
        }
        optional(g, "reference", q.reference());
        g.writeArrayFieldStart("descriptors");
        for (Descriptor x : q.descriptors()) {
          g.writeStartObject();
          g.writeStringField("code", x.code());
          g.writeStringField("text", x.text());
          number(g, "points", x.points());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("adjustments");
    for (Adjustment a : t.adjustments()) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      optional(g, "name", a.name());
      g.writeStringField("question", a.question());
      numbers(g, "percentByDescriptor", a.percentByDescriptor());
      g.writeArrayFieldStart("domains");
      for (String d : a.domains()) {
        g.writeString(d);
      }
      g.writeEndArray();
      optional(g, "reference", a.reference());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("allocation");
    if (t.allocation().unit().isPresent()) {
      Unit u = t.allocation().unit().get();
      g.writeObjectFieldStart("unit");
      g.writeStringField("singular", u.singular());
      g.writeStringField("plural", u.plural());
      if (u.price().isPresent()) {
        number(g, "price", u.price().get());
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("curves");
    for (Curve c : t.allocation().curves()) {
      g.writeStartObject();
      g.writeStringField("clientGroup", c.clientGroup());
      if (c.floor().isPresent()) {
        number(g, "floor", c.floor().get());
      }
      if (c.ceiling().isPresent()) {
        number(g, "ceiling", c.ceiling().get());
      }
      optional(g, "reference", c.reference());
      g.writeArrayFieldStart("bands");
      for (Band b : c.bands()) {
        g.writeStartObject();
        g.writeStringField("label", b.label());
        number(g, "from", b.from());
        number(g, "amount", b.amount());
        number(g, "perPoint", b.perPoint());
        if (b.panel()) {
          g.writeBooleanField("panel", true);
        }
        optional(g, "reference", b.reference());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("supplements");
    for (Supplement s : t.allocation().supplements()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      optional(g, "name", s.name());
      g.writeStringField("question", s.question());
      numbers(g, "amountByDescriptor", s.amountByDescriptor());
      optional(g, "reference", s.reference());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("costFactors");
    for (CostFactor f : t.allocation().costFactors()) {
      g.writeStartObject();
      g.writeStringField("locality", f.locality());
      number(g, "factor", f.factor());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (t.allocation().floor().isPresent()) {
      number(g, "floor", t.allocation().floor().get());
    }
    if (t.allocation().ceiling().isPresent()) {
      number(g, "ceiling", t.allocation().ceiling().get());
    }
    g.writeObjectFieldStart("rounding");
    number(g, "increment", t.allocation().rounding().increment());
    g.writeStringField("mode", t.allocation().rounding().mode().name());
    g.writeEndObject();
    g.writeEndObject();
    if (!t.otherFunding().isEmpty()) {
      g.writeArrayFieldStart("otherFunding");
      for (FundingSource f : t.otherFunding()) {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("name", f.name());
        optional(g, "reference", f.reference());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (t.tolerancePercent().isPresent()) {
      g.writeObjectFieldStart("moderation");
      number(g, "tolerancePercent", t.tolerancePercent().get());
      g.writeEndObject();
    }
    if (t.review().isPresent()) {
      Review r = t.review().get();
      g.writeObjectFieldStart("review");
      g.writeStringField("text", r.text());
      g.writeStringField("contact", r.contact());
      optional(g, "reference", r.reference());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- ras-assessment/1

  static void assessment(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", Assessment.FORMAT);
    g.writeStringField("id", a.id());
    g.writeStringField("date", a.date().toString());
    optional(g, "table", a.tableId());
    if (a.clientGroup().isPresent() || a.locality().isPresent()) {
      g.writeObjectFieldStart("context");
      optional(g, "clientGroup", a.clientGroup());
      optional(g, "locality", a.locality());
      g.writeEndObject();
    }
    g.writeObjectFieldStart("answers");
    for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
      Answer answer = e.getValue();
      if (answer.multiple() || answer.descriptors().size() != 1) {
        g.writeArrayFieldStart(e.getKey());
        for (String d : answer.descriptors()) {
          g.writeString(d);
        }
        g.writeEndArray();
      } else {
        g.writeStringField(e.getKey(), answer.descriptors().get(0));
      }
    }
    g.writeEndObject();
    if (!a.moderations().isEmpty()) {
      g.writeArrayFieldStart("moderations");
      for (Moderation m : a.moderations()) {
        g.writeStartObject();
        if (m.amount().isPresent()) {
          g.writeFieldName("amount");
          g.writeNumber(m.amount().get().toPlainString());
        }
        if (m.percent().isPresent()) {
          g.writeFieldName("percent");
          g.writeNumber(m.percent().get().toPlainString());
        }
        if (m.set().isPresent()) {
          g.writeFieldName("set");
          g.writeNumber(m.set().get().toPlainString());
        }
        g.writeStringField("reason", m.reason());
        g.writeStringField("by", m.by());
        g.writeStringField("date", m.date().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    otherFunding(g, a.otherFunding());
    g.writeEndObject();
  }

  /** Other funding as an assessment lists it and a result repeats it (spec v1.1 §4). */
  private static void otherFunding(JsonGenerator g, List<OtherFunding> all) throws IOException {
    if (all.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("otherFunding");
    for (OtherFunding f : all) {
      g.writeStartObject();
      g.writeStringField("source", f.source());
      g.writeFieldName("amount");
      g.writeNumber(f.amount().toPlainString());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ---------------------------------------------------------------- ras-result/1

  static void result(JsonGenerator g, Result r) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", Result.FORMAT);
    g.writeStringField("assessmentId", r.assessmentId());
    g.writeObjectFieldStart("table");
    g.writeStringField("id", r.table().id());
    g.writeStringField("version", r.table().version());
    g.writeStringField("fingerprint", r.table().fingerprint().value());
    g.writeEndObject();
    g.writeStringField("period", r.period().name());
    g.writeStringField("curve", r.curve());
    g.writeArrayFieldStart("domains");
    for (DomainScore d : r.domains()) {
      g.writeStartObject();
      g.writeStringField("code", d.code());
      number(g, "raw", d.raw());
      number(g, "capped", d.capped());
      number(g, "weighted", d.weighted());
      number(g, "percent", d.percent());
      number(g, "adjusted", d.adjusted());
      g.writeEndObject();
    }
    g.writeEndArray();
    number(g, "totalPoints", r.totalPoints());
    g.writeStringField("band", r.band());
    budget(g, "indicativeBudget", r.indicativeBudget());
    if (r.finalBudget().isPresent()) {
      budget(g, "finalBudget", r.finalBudget().get());
    }
    otherFunding(g, r.otherFunding());
    if (r.councilBudget().isPresent()) {
      budget(g, "councilBudget", r.councilBudget().get());
    }
    g.writeArrayFieldStart("flags");
    for (Flag f : r.flags()) {
      g.writeString(f.name());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("trace");
    for (TraceStep s : r.trace().steps()) {
      g.writeStartObject();
      g.writeStringField("step", s.kind().name());
      g.writeStringField("subject", s.subject() == null ? "" : s.subject());
      optional(g, "reference", s.reference());
      g.writeObjectFieldStart("inputs");
      for (Map.Entry<String, Object> e : s.inputs().entrySet()) {
        if (e.getValue() instanceof BigDecimal d) {
          number(g, e.getKey(), d);
        } else {
          g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
        }
      }
      g.writeEndObject();
      if (s.value().isPresent()) {
        number(g, "value", s.value().get());
      }
      g.writeStringField("explanation", s.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Money as the engine rounded it: plain, its scale kept ({@code 199.69}, {@code 200.50}); a
   * budget in a unit (spec v1.1 §5) names its unit instead of the currency, and carries its cost
   * when the unit has a price.
   */
  private static void budget(JsonGenerator g, String field, Budget b) throws IOException {
    g.writeFieldName(field);
    budget(g, b);
  }

  /**
   * A budget as an object, as {@code ras-result/1} writes it: with its currency, or its unit and
   * cost (spec v1.1 §5).
   */
  static void budget(JsonGenerator g, Budget b) throws IOException {
    g.writeStartObject();
    if (b.unit().isPresent()) {
      g.writeStringField("unit", b.unit().get());
    } else {
      g.writeStringField("currency", b.currency());
    }
    g.writeFieldName("weekly");
    g.writeNumber(b.weekly().toPlainString());
    g.writeFieldName("annual");
    g.writeNumber(b.annual().toPlainString());
    if (b.cost().isPresent()) {
      budget(g, "cost", b.cost().get());
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- numbers

  /** A number in its shortest plain form: {@code 19}, {@code 17.1}, {@code 15} (not 15.0). */
  static void number(JsonGenerator g, String field, BigDecimal v) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(shortest(v));
  }

  static String shortest(BigDecimal v) {
    return org.openras.explain.Figures.plain(v);
  }

  private static void numbers(JsonGenerator g, String field, Map<String, BigDecimal> m)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, BigDecimal> e : m.entrySet()) {
      number(g, e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, Optional<String> v)
      throws IOException {
    if (v.isPresent()) {
      g.writeStringField(field, v.get());
    }
  }
}
