package org.openras.tables;

import static org.openras.tables.ReportJsonWriter.budget;
import static org.openras.tables.ReportJsonWriter.money;
import static org.openras.tables.ReportJsonWriter.points;
import static org.openras.tables.ReportJsonWriter.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.apiguardian.api.API;
import org.openras.engine.Result;
import org.openras.explain.WhatIf;
import org.openras.explain.WhatIfRow;

/**
 * The JSON form of a {@link WhatIf} ({@code "format": "ras-whatif/1"}, an output of OpenRAS, not
 * one of the spec's interchange formats): the assessment, table and assessed indicative budget,
 * then every row in the what-if's order with its question, kind, descriptor, the answer as assessed
 * ({@code from}) and in the what-if ({@code to}) — each a list of descriptor codes, absent when
 * unanswered — and the points, band, budget and change (in the table's period).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WhatIfJson {
  /** The format tag. */
  public static final String FORMAT = "ras-whatif/1";

  private WhatIfJson() {}

  /**
   * {@return the what-if as JSON text, UTF-8, indented by two spaces, ending with a newline}
   *
   * @param w the what-ifs of one assessment
   */
  public static String write(WhatIf w) {
    return ReportJsonWriter.write(g -> body(g, w));
  }

  private static void body(JsonGenerator g, WhatIf w) throws IOException {
    Result r = w.result();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeStringField("assessmentId", r.assessmentId());
    ReportJsonWriter.table(g, "table", r.table());
    g.writeStringField("period", w.period().name());
    g.writeStringField("concerns", "indicativeBudget");
    points(g, "totalPoints", r.totalPoints());
    g.writeStringField("band", r.band());
    budget(g, "indicativeBudget", r.indicativeBudget());
    g.writeArrayFieldStart("rows");
    for (WhatIfRow row : w.rows()) {
      g.writeStartObject();
      g.writeStringField("question", row.question());
      g.writeStringField("kind", row.kind().name());
      if (!row.descriptor().isEmpty()) {
        g.writeStringField("descriptor", row.descriptor());
      }
      if (row.from().isPresent()) {
        strings(g, "from", row.fromDescriptors());
      }
      if (row.to().isPresent()) {
        strings(g, "to", row.toDescriptors());
      }
      points(g, "totalPoints", row.totalPoints());
      g.writeStringField("band", row.band());
      budget(g, "budget", row.budget());
      money(g, "change", row.change());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
