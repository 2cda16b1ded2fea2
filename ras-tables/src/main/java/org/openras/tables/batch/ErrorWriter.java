package org.openras.tables.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.openras.RasException;

/** The error file of a run: one CSV line per bad row, {@code row,id,code,message}. */
final class ErrorWriter implements AutoCloseable {
  private final Writer writer;
  private final SequenceWriter out;

  ErrorWriter(Path file) throws IOException {
    this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.out = new CsvMapper().writer().writeValues(writer);
    out.write(new String[] {"row", "id", "code", "message"});
  }

  void write(Row row, RuntimeException e) throws IOException {
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
    out.write(
        new String[] {
          Long.toString(row.number()),
          row.id() == null ? "" : row.id(),
          code,
          message.replace("\r", "").replace("\n", " ")
        });
  }

  @Override
  public void close() throws IOException {
    out.close();
    writer.close();
  }
}
