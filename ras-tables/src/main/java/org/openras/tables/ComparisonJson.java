package org.openras.tables;

import static org.openras.tables.ReportJsonWriter.budget;
import static org.openras.tables.ReportJsonWriter.money;
import static org.openras.tables.ReportJsonWriter.optional;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.apiguardian.api.API;
import org.openras.engine.Result;
import org.openras.explain.Comparison;
import org.openras.explain.ComparisonChange;
import org.openras.explain.ComparisonFigure;
import org.openras.explain.ComparisonStep;
import org.openras.table.Period;

/**
 * The JSON form of a {@link Comparison} ({@code "format": "ras-comparison/1"}, an output of
 * OpenRAS, not one of the spec's interchange formats): both sides (assessment, table, budgets), the
 * changes of the budgets weekly and annual, every change of the inputs, the attribution steps with
 * their parts (which add up exactly to the changes), and every figure that differs.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ComparisonJson {
  /** The format tag. */
  public static final String FORMAT = "ras-comparison/1";

  /** The attribution rule, as written in the JSON. */
  public static final String ATTRIBUTION =
      "sequential: table, client group, locality, answers in questionnaire order, moderations;"
          + " each part is the budget after its step minus the budget before it";

  private ComparisonJson() {}

  /**
   * {@return the comparison as JSON text, UTF-8, indented by two spaces, ending with a newline}
   *
   * @param c the comparison of two assessments or two tables
   */
  public static String write(Comparison c) {
    return ReportJsonWriter.write(g -> body(g, c));
  }

  private static void body(JsonGenerator g, Comparison c) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    side(g, "before", c.before());
    side(g, "after", c.after());
    g.writeStringField("period", c.period().name());
    g.writeObjectFieldStart("indicativeChange");
    money(g, "weekly", c.indicativeChange(Period.WEEK));
    money(g, "annual", c.indicativeChange(Period.YEAR));
    g.writeEndObject();
    g.writeObjectFieldStart("budgetChange");
    money(g, "weekly", c.budgetChange(Period.WEEK));
    money(g, "annual", c.budgetChange(Period.YEAR));
    g.writeEndObject();
    if (c.hasOtherFunding()) {
      g.writeObjectFieldStart("councilChange");
      money(g, "weekly", c.councilChange(Period.WEEK));
      money(g, "annual", c.councilChange(Period.YEAR));
      g.writeEndObject();
    }
    g.writeArrayFieldStart("changes");
    for (ComparisonChange ch : c.changes()) {
      change(g, ch);
    }
    g.writeEndArray();
    g.writeStringField("attribution", ATTRIBUTION);
    g.writeArrayFieldStart("steps");
    for (ComparisonStep s : c.steps()) {
      g.writeStartObject();
      g.writeArrayFieldStart("changes");
      for (ComparisonChange ch : s.changes()) {
        change(g, ch);
      }
      g.writeEndArray();
      budget(g, "indicativeAfter", s.indicativeAfter());
      g.writeObjectFieldStart("indicativePart");
      money(g, "weekly", s.indicativeChange(Period.WEEK));
      money(g, "annual", s.indicativeChange(Period.YEAR));
      g.writeEndObject();
      budget(g, "budgetAfter", s.budgetAfter());
      g.writeObjectFieldStart("budgetPart");
      money(g, "weekly", s.budgetChange(Period.WEEK));
      money(g, "annual", s.budgetChange(Period.YEAR));
      g.writeEndObject();
      if (c.hasOtherFunding()) {
        budget(g, "councilAfter", s.councilAfter());
        g.writeObjectFieldStart("councilPart");
        money(g, "weekly", s.councilChange(Period.WEEK));
        money(g, "annual", s.councilChange(Period.YEAR));
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("figures");
    for (ComparisonFigure f : c.figures()) {
      g.writeStartObject();
      g.writeStringField("kind", f.kind().name());
      if (!f.subject().isEmpty()) {
        g.writeStringField("subject", f.subject());
      }
      optional(g, "before", f.before());
      optional(g, "after", f.after());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void side(JsonGenerator g, String field, Result r) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("assessmentId", r.assessmentId());
    ReportJsonWriter.table(g, "table", r.table());
    budget(g, "indicativeBudget", r.indicativeBudget());
    if (r.finalBudget().isPresent()) {
      budget(g, "finalBudget", r.finalBudget().get());
    }
    g.writeEndObject();
  }

  private static void change(JsonGenerator g, ComparisonChange ch) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", ch.kind().name());
    if (!ch.subject().isEmpty()) {
      g.writeStringField("subject", ch.subject());
    }
    optional(g, "before", ch.before());
    optional(g, "after", ch.after());
    g.writeEndObject();
  }
}
