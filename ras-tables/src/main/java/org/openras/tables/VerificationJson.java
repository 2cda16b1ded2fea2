package org.openras.tables;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.apiguardian.api.API;
import org.openras.Location;
import org.openras.engine.Result;
import org.openras.explain.Verification;
import org.openras.explain.VerificationDifference;

/**
 * The JSON form of a {@link Verification} ({@code "format": "ras-verification/1"}, an output of
 * OpenRAS, not one of the spec's interchange formats): whether the result file is verified, the
 * assessment and the table recomputed with, how many values were compared, whether its trace was
 * compared, and the first difference (pointer, line, column, what, expected, found) when there is
 * one.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VerificationJson {
  /** The format tag. */
  public static final String FORMAT = "ras-verification/1";

  private VerificationJson() {}

  /**
   * {@return the verification as JSON text, UTF-8, indented by two spaces, ending with a newline}
   *
   * @param v the outcome of checking a result file
   */
  public static String write(Verification v) {
    return ReportJsonWriter.write(g -> body(g, v));
  }

  private static void body(JsonGenerator g, Verification v) throws IOException {
    Result r = v.recomputed();
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeBooleanField("verified", v.verified());
    g.writeStringField("assessmentId", r.assessmentId());
    ReportJsonWriter.table(g, "table", r.table());
    g.writeNumberField("compared", v.compared());
    g.writeBooleanField("traceCompared", v.traceCompared());
    if (v.difference().isPresent()) {
      VerificationDifference d = v.difference().get();
      g.writeObjectFieldStart("difference");
      g.writeStringField("pointer", d.pointer());
      if (d.location().isPresent()) {
        Location l = d.location().get();
        g.writeNumberField("line", l.line());
        g.writeNumberField("column", l.column());
      }
      g.writeStringField("what", d.what());
      g.writeStringField("expected", d.expected());
      g.writeStringField("found", d.found());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
