package org.openras.tables;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.check.BandReach;
import org.openras.check.CheckReport;
import org.openras.check.Example;
import org.openras.check.Extremes;
import org.openras.check.Finding;
import org.openras.check.RuleReach;
import org.openras.table.RasTable;

/**
 * The JSON form of a table check report ({@code "format": "ras-check/1"}, an output of OpenRAS):
 * the table, whether the reachable totals are exact, every finding with its severity, code,
 * pointer, sentence and figures, the least and greatest budgets by client group and locality, the
 * reach of each band and the rules that can fire. For a table counted in a unit (spec v1.1 §5) the
 * table names the unit's plural and every budget is a quantity of it. The same document as {@code
 * ras check --format json}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CheckJson {
  /** The format tag. */
  public static final String FORMAT = "ras-check/1";

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private CheckJson() {}

  /**
   * {@return the check report as JSON text, indented by two spaces}
   *
   * @param t the table checked
   * @param r its check report
   */
  public static String write(RasTable t, CheckReport r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeObjectFieldStart("table");
      g.writeStringField("id", t.id());
      g.writeStringField("version", t.version());
      g.writeStringField("fingerprint", t.fingerprint().toString());
      if (t.allocation().unit().isPresent()) {
        // budgets are quantities of the unit, not money (spec v1.1 §5)
        g.writeStringField("unit", t.allocation().unit().get().plural());
      }
      g.writeEndObject();
      g.writeBooleanField("exact", r.exact());
      g.writeBooleanField("hasErrors", r.hasErrors());
      g.writeArrayFieldStart("findings");
      for (Finding f : r.findings()) {
        g.writeStartObject();
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("code", f.code());
        g.writeStringField("pointer", f.pointer());
        g.writeStringField("message", f.message());
        g.writeObjectFieldStart("figures");
        for (Map.Entry<String, String> e : f.figures().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("extremes");
      for (Extremes e : r.extremes()) {
        g.writeStartObject();
        g.writeStringField("clientGroup", e.clientGroup());
        g.writeStringField("locality", e.locality());
        example(g, "leastPoints", e.leastPoints());
        example(g, "greatestPoints", e.greatestPoints());
        example(g, "leastBudget", e.leastBudget());
        example(g, "greatestBudget", e.greatestBudget());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("bands");
      for (BandReach band : r.bands()) {
        g.writeStartObject();
        g.writeStringField("clientGroup", band.clientGroup());
        g.writeStringField("band", band.band());
        g.writeStringField("pointer", band.pointer());
        g.writeBooleanField("reachable", band.reachable());
        if (band.leastTotal().isPresent()) {
          g.writeNumberField("leastTotal", band.leastTotal().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rules");
      for (RuleReach rule : r.rules()) {
        g.writeStartObject();
        g.writeStringField("kind", rule.kind());
        g.writeStringField("id", rule.id());
        g.writeStringField("pointer", rule.pointer());
        g.writeBooleanField("canFire", rule.canFire());
        g.writeArrayFieldStart("descriptors");
        for (String d : rule.descriptors()) {
          g.writeString(d);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void example(JsonGenerator g, String name, Example x) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("totalPoints", new BigDecimal(plain(x.totalPoints())));
    g.writeNumberField("budget", x.budget());
    Assessment a = x.assessment();
    if (a.clientGroup().isPresent()) {
      g.writeStringField("clientGroup", a.clientGroup().get());
    }
    if (a.locality().isPresent()) {
      g.writeStringField("locality", a.locality().get());
    }
    g.writeObjectFieldStart("answers");
    for (Map.Entry<String, Answer> e : a.answers().entrySet()) {
      List<String> ds = e.getValue().descriptors();
      if (e.getValue().multiple()) {
        g.writeArrayFieldStart(e.getKey());
        for (String d : ds) {
          g.writeString(d);
        }
        g.writeEndArray();
      } else {
        g.writeStringField(e.getKey(), ds.get(0));
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String plain(BigDecimal d) {
    return org.openras.explain.Figures.plain(d);
  }
}
