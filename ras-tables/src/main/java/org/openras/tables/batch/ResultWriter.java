package org.openras.tables.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.openras.engine.Flag;
import org.openras.engine.Result;

/** Writes one line per computed person: CSV with a header, or JSON Lines. */
abstract class ResultWriter implements Closeable {
  static final String[] COLUMNS = {
    "id",
    "table",
    "version",
    "totalPoints",
    "band",
    "weekly",
    "annual",
    "finalWeekly",
    "finalAnnual",
    "flags"
  };

  abstract void write(Result r) throws IOException;

  static ResultWriter open(Path file, CaseloadFormat format) throws IOException {
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return format == CaseloadFormat.CSV ? new Csv(w) : new JsonLines(w);
  }

  static String points(BigDecimal v) {
    if (v.signum() == 0) {
      return "0";
    }
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  static String flags(Result r) {
    return r.flags().stream().map(Flag::name).collect(Collectors.joining("|"));
  }

  static final class Csv extends ResultWriter {
    private final SequenceWriter out;

    Csv(Writer w) throws IOException {
      this.out = new CsvMapper().writer().writeValues(w);
      out.write(COLUMNS);
    }

    @Override
    void write(Result r) throws IOException {
      out.write(
          new String[] {
            r.assessmentId(),
            r.table().id(),
            r.table().version(),
            points(r.totalPoints()),
            r.band(),
            r.indicativeBudget().weekly().toPlainString(),
            r.indicativeBudget().annual().toPlainString(),
            r.finalBudget().map(b -> b.weekly().toPlainString()).orElse(""),
            r.finalBudget().map(b -> b.annual().toPlainString()).orElse(""),
            flags(r)
          });
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  static final class JsonLines extends ResultWriter {
    private final JsonGenerator g;

    JsonLines(Writer w) throws IOException {
      this.g = new JsonFactory().createGenerator(w);
      g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    @Override
    void write(Result r) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", r.assessmentId());
      g.writeStringField("table", r.table().id());
      g.writeStringField("version", r.table().version());
      g.writeNumberField("totalPoints", new BigDecimal(points(r.totalPoints())));
      g.writeStringField("band", r.band());
      g.writeNumberField("weekly", r.indicativeBudget().weekly());
      g.writeNumberField("annual", r.indicativeBudget().annual());
      if (r.finalBudget().isPresent()) {
        g.writeNumberField("finalWeekly", r.finalBudget().get().weekly());
        g.writeNumberField("finalAnnual", r.finalBudget().get().annual());
      }
      g.writeArrayFieldStart("flags");
      for (Flag f : r.flags()) {
        g.writeString(f.name());
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      g.writeRaw('\n');
      g.close();
    }
  }
}
