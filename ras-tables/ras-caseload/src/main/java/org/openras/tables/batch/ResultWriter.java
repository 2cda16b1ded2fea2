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

  /**
   * The columns a CSV result gains, after {@code flags}, when a table of the run counts a unit or
   * lists other funding (spec v1.1 §4, §5): the unit's plural (empty for money), what the
   * indicative budget costs, and the council budget (empty when the person has no other funding). A
   * run whose tables use neither has exactly the v1 columns.
   */
  static final String[] V11_COLUMNS = {
    "unit", "costWeekly", "costAnnual", "councilWeekly", "councilAnnual"
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
    return open(file, format, false);
  }

  /**
   * Opens the results file; {@code v11} adds the CSV columns of {@link #V11_COLUMNS} (JSON Lines
   * rows carry those fields whenever a row has them).
   */
  static ResultWriter open(Path file, CaseloadFormat format, boolean v11) throws IOException {
    Writer w = OutputFiles.newWriter(file);
    return format == CaseloadFormat.CSV ? new Csv(w, v11) : new JsonLines(w);
  }

  /** Whether a table of {@code tables} counts a unit or lists other funding (spec v1.1). */
  static boolean usesV11(org.openras.spi.TableProvider tables) {
    for (String id : tables.tableIds()) {
      for (org.openras.table.RasTable t : tables.versions(id)) {
        if (t.allocation().unit().isPresent() || !t.otherFunding().isEmpty()) {
          return true;
        }
      }
    }
    return false;
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
    private final boolean v11;

    Csv(Writer w, boolean v11) throws IOException {
      super(w);
      this.v11 = v11;
      CsvLines header = new CsvLines();
      if (v11) {
        String[] all = java.util.Arrays.copyOf(COLUMNS, COLUMNS.length + V11_COLUMNS.length);
        System.arraycopy(V11_COLUMNS, 0, all, COLUMNS.length, V11_COLUMNS.length);
        header.add(all);
      } else {
        header.add(COLUMNS);
      }
      w.write(header.text());
    }

    @Override
    Lines lines() throws IOException {
      CsvLines csv = new CsvLines();
      return new Lines() {
        @Override
        void add(String id, HeadlineFigures f) throws IOException {
          boolean moderated = f.moderated();
          String[] v1 = {
            id,
            f.table().id(),
            f.table().version(),
            points(f.totalPoints()),
            f.band(),
            f.indicativeWeekly().toPlainString(),
            f.indicativeAnnual().toPlainString(),
            moderated ? f.finalWeekly().toPlainString() : "",
            moderated ? f.finalAnnual().toPlainString() : "",
            flags(f)
          };
          if (!v11) {
            csv.add(v1);
            return;
          }
          String[] all = java.util.Arrays.copyOf(v1, v1.length + V11_COLUMNS.length);
          all[v1.length] = f.unit().orElse("");
          all[v1.length + 1] =
              f.costOf(f.indicativeWeekly()).map(BigDecimal::toPlainString).orElse("");
          all[v1.length + 2] =
              f.costOf(f.indicativeAnnual()).map(BigDecimal::toPlainString).orElse("");
          all[v1.length + 3] = f.funded() ? f.councilWeekly().toPlainString() : "";
          all[v1.length + 4] = f.funded() ? f.councilAnnual().toPlainString() : "";
          csv.add(all);
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
          // spec v1.1: only when the row has them, so a v1 row is as before
          if (f.unit().isPresent()) {
            g.writeStringField("unit", f.unit().get());
            java.util.Optional<BigDecimal> cw = f.costOf(f.indicativeWeekly());
            if (cw.isPresent()) {
              g.writeNumberField("costWeekly", cw.get());
              g.writeNumberField("costAnnual", f.costOf(f.indicativeAnnual()).orElseThrow());
            }
          }
          if (f.funded()) {
            g.writeNumberField("councilWeekly", f.councilWeekly());
            g.writeNumberField("councilAnnual", f.councilAnnual());
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
