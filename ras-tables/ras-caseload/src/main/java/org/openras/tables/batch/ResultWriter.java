package org.openras.tables.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.openras.engine.Flag;
import org.openras.engine.HeadlineFigures;
import org.openras.tables.CsvCells;
import org.openras.tables.OutputFiles;

/**
 * Writes one line per computed person: CSV with a header, or JSON Lines. The lines of a chunk of
 * results are formatted by a {@link Lines} on any thread, then written in order with {@link
 * #write(String)}.
 */
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

  /** Shared: Jackson's factories are thread-safe once configured. */
  private static final CsvFactory CSV = new CsvFactory();

  private static final JsonFactory JSON = new JsonFactory();

  /** Every flag, in declaration order: the order in which a line names them. */
  private static final Flag[] FLAGS = Flag.values();

  /** The lines of some results, formatted for this writer; not thread-safe, use one per chunk. */
  abstract static class Lines {
    /** Adds the line of one assessment: its id and its figures. */
    abstract void add(String id, HeadlineFigures f) throws IOException;

    /** The lines added, formatted; adds no more after. */
    abstract String text() throws IOException;
  }

  final Writer out;

  ResultWriter(Writer out) {
    this.out = out;
  }

  /** A formatter for a chunk of results, to use on any one thread. */
  abstract Lines lines() throws IOException;

  /** Writes the text of a chunk's {@link Lines}, chunks in order. */
  abstract void write(String lines) throws IOException;

  static ResultWriter open(Path file, CaseloadFormat format) throws IOException {
    Writer w = OutputFiles.newWriter(file);
    return format == CaseloadFormat.CSV ? new Csv(w) : new JsonLines(w);
  }

  static String points(BigDecimal v) {
    return org.openras.explain.Figures.plain(v);
  }

  /** The flags, in declaration order, joined by {@code |}; empty for none. */
  static String flags(HeadlineFigures f) {
    StringBuilder s = new StringBuilder();
    for (Flag flag : FLAGS) {
      if (f.has(flag)) {
        s.append(s.length() == 0 ? "" : "|").append(flag.name());
      }
    }
    return s.toString();
  }

  /**
   * Formats rows of cells as CSV lines, quoting as Jackson's CSV module does, each cell {@link
   * CsvCells#neutralise neutralised} so that no spreadsheet runs it as a formula.
   */
  static final class CsvLines {
    private final StringWriter text = new StringWriter();
    private final CsvGenerator g;

    CsvLines() throws IOException {
      this.g = CSV.createGenerator(text);
    }

    void add(String... cells) throws IOException {
      g.writeStartArray();
      for (String c : cells) {
        g.writeString(CsvCells.neutralise(c));
      }
      g.writeEndArray();
    }

    String text() throws IOException {
      g.close();
      return text.toString();
    }
  }

  static final class Csv extends ResultWriter {
    Csv(Writer w) throws IOException {
      super(w);
      CsvLines header = new CsvLines();
      header.add(COLUMNS);
      w.write(header.text());
    }

    @Override
    Lines lines() throws IOException {
      CsvLines csv = new CsvLines();
      return new Lines() {
        @Override
        void add(String id, HeadlineFigures f) throws IOException {
          boolean moderated = f.moderated();
          csv.add(
              id,
              f.table().id(),
              f.table().version(),
              points(f.totalPoints()),
              f.band(),
              f.indicativeWeekly().toPlainString(),
              f.indicativeAnnual().toPlainString(),
              moderated ? f.finalWeekly().toPlainString() : "",
              moderated ? f.finalAnnual().toPlainString() : "",
              flags(f));
        }

        @Override
        String text() throws IOException {
          return csv.text();
        }
      };
    }

    @Override
    void write(String lines) throws IOException {
      out.write(lines);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** One JSON object per line, each line ended by {@code \n}. */
  static final class JsonLines extends ResultWriter {
    private boolean first = true;

    JsonLines(Writer w) {
      super(w);
    }

    @Override
    Lines lines() throws IOException {
      StringWriter text = new StringWriter();
      JsonGenerator g = JSON.createGenerator(text);
      g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
      g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      return new Lines() {
        @Override
        void add(String id, HeadlineFigures f) throws IOException {
          g.writeStartObject();
          g.writeStringField("id", id);
          g.writeStringField("table", f.table().id());
          g.writeStringField("version", f.table().version());
          g.writeNumberField("totalPoints", new BigDecimal(points(f.totalPoints())));
          g.writeStringField("band", f.band());
          g.writeNumberField("weekly", f.indicativeWeekly());
          g.writeNumberField("annual", f.indicativeAnnual());
          if (f.moderated()) {
            g.writeNumberField("finalWeekly", f.finalWeekly());
            g.writeNumberField("finalAnnual", f.finalAnnual());
          }
          g.writeArrayFieldStart("flags");
          for (Flag flag : FLAGS) {
            if (f.has(flag)) {
              g.writeString(flag.name());
            }
          }
          g.writeEndArray();
          g.writeEndObject();
        }

        @Override
        String text() throws IOException {
          g.close();
          return text.toString();
        }
      };
    }

    @Override
    void write(String lines) throws IOException {
      if (lines.isEmpty()) {
        return;
      }
      if (!first) {
        out.write('\n');
      }
      out.write(lines);
      first = false;
    }

    @Override
    public void close() throws IOException {
      out.write('\n');
      out.close();
    }
  }
}
