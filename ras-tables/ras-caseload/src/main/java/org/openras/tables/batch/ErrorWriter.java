package org.openras.tables.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.openras.RasException;
import org.openras.tables.OutputFiles;
import org.openras.tables.SafeText;

/**
 * The error file of a run: one CSV line per bad row, {@code row,id,code,message}. The lines of a
 * chunk of rows may be formatted on any thread ({@link #lines()}) and written in order with {@link
 * #write(String)}.
 */
final class ErrorWriter implements AutoCloseable {
  private final Writer writer;

  ErrorWriter(Path file) throws IOException {
    this.writer = OutputFiles.newWriter(file);
    ResultWriter.CsvLines header = new ResultWriter.CsvLines();
    header.add("row", "id", "code", "message");
    writer.write(header.text());
  }

  /** A formatter for the errors of a chunk of rows, to use on any one thread. */
  static Lines lines() throws IOException {
    return new Lines();
  }

  /** Formats the lines of bad rows; not thread-safe. */
  static final class Lines {
    private final ResultWriter.CsvLines csv;

    private Lines() throws IOException {
      this.csv = new ResultWriter.CsvLines();
    }

    void add(CaseloadRow row, RuntimeException e) throws IOException {
      String code;
      String message;
      if (e instanceof RasException r) {
        code =
            r.problems().stream()
                .map(p -> p.code().code())
                .distinct()
                .collect(Collectors.joining("|"));
        message = r.getMessage();
      } else {
        code = "INTERNAL";
        message = "internal failure: " + e;
      }
      csv.add(
          Long.toString(row.number()),
          row.id() == null ? "" : SafeText.value(row.id()),
          code,
          SafeText.oneLine(message.replace("\r\n", "\n").replace("\n", " ")));
    }

    /** The lines added; adds no more after. */
    String text() throws IOException {
      return csv.text();
    }
  }

  /** Writes one bad row (formatting it on the calling thread). */
  void write(CaseloadRow row, RuntimeException e) throws IOException {
    Lines l = lines();
    l.add(row, e);
    write(l.text());
  }

  /** Writes the text of a chunk's {@link Lines}, chunks in order. */
  void write(String lines) throws IOException {
    writer.write(lines);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
