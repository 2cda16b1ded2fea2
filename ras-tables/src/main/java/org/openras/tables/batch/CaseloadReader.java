package org.openras.tables.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.openras.ErrorCode;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.RasException;
import org.openras.Source;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.tables.RasJson;

/**
 * Reads a caseload one row at a time, so that memory stays flat whatever its size. A bad row
 * becomes a {@link Row} with its error; only a file that cannot be read at all, or a CSV header
 * without {@code id} and {@code date}, fails the whole run.
 *
 * <p>Rows are turned into assessments lazily ({@link #next()} returns the raw row as a supplier),
 * so that parsing runs on the worker threads.
 */
abstract class CaseloadReader implements Iterator<Supplier<Row>>, Closeable {

  static CaseloadReader open(Path file, CaseloadFormat format, RasJson json) {
    try {
      return format == CaseloadFormat.CSV ? new Csv(file) : new JsonLines(file, json);
    } catch (IOException e) {
      throw readError(file, e);
    }
  }

  static RasException readError(Path file, IOException e) {
    return new InvalidAssessmentException(
        Source.named(file.toString()),
        List.of(
            Problem.at(ErrorCode.JSON_READ, "", "the caseload cannot be read: " + e.getMessage())));
  }

  /** CSV with a header row. */
  static final class Csv extends CaseloadReader {
    /** The column of a person's current weekly package cost, read by calibration. */
    static final String COST = "weeklyCost";

    private final Path file;
    private final MappingIterator<String[]> rows;
    private final String[] header;
    private final int id;
    private final int date;
    private final int table;
    private final int clientGroup;
    private final int locality;
    private final int cost;
    private long number;

    Csv(Path file) throws IOException {
      this.file = file;
      CsvMapper mapper = new CsvMapper();
      this.rows =
          mapper
              .readerFor(String[].class)
              .with(CsvParser.Feature.WRAP_AS_ARRAY)
              .readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8));
      if (!rows.hasNext()) {
        throw new InvalidAssessmentException(
            Source.named(file.toString()),
            List.of(Problem.at(ErrorCode.CASELOAD_HEADER, "", "the caseload is empty")));
      }
      this.header = rows.next();
      List<String> h = Arrays.asList(header);
      this.id = h.indexOf("id");
      this.date = h.indexOf("date");
      this.table = h.indexOf("table");
      this.clientGroup = h.indexOf("clientGroup");
      this.locality = h.indexOf("locality");
      this.cost = h.indexOf(COST);
      if (id < 0 || date < 0) {
        throw new InvalidAssessmentException(
            Source.named(file.toString()),
            List.of(
                Problem.at(
                    ErrorCode.CASELOAD_HEADER,
                    "",
                    "the header row "
                        + h
                        + " lacks "
                        + (id < 0 ? "'id'" : "'date'")
                        + "; a caseload's columns are id, date, table, clientGroup, locality and"
                        + " one column per question code")));
      }
    }

    @Override
    public boolean hasNext() {
      try {
        return rows.hasNextValue();
      } catch (IOException e) {
        throw readError(file, e);
      }
    }

    @Override
    public Supplier<Row> next() {
      String[] cells;
      try {
        if (!rows.hasNextValue()) {
          throw new NoSuchElementException();
        }
        cells = rows.nextValue();
      } catch (IOException e) {
        throw readError(file, e);
      }
      long n = ++number;
      return () -> row(n, cells);
    }

    private Row row(long n, String[] cells) {
      String rowId = cell(cells, id);
      try {
        if (cells.length > header.length) {
          throw rowProblem(
              n, "the row has " + cells.length + " cells, the header " + header.length);
        }
        Assessment.Builder b = Assessment.builder().id(rowId);
        String d = cell(cells, date);
        if (d != null) {
          try {
            b.date(LocalDate.parse(d));
          } catch (DateTimeParseException e) {
            throw rowProblem(n, "date '" + d + "' is not an ISO date (YYYY-MM-DD)");
          }
        }
        b.table(cell(cells, table))
            .clientGroup(cell(cells, clientGroup))
            .locality(cell(cells, locality));
        for (int i = 0; i < header.length; i++) {
          if (i == id
              || i == date
              || i == table
              || i == clientGroup
              || i == locality
              || i == cost) {
            continue;
          }
          String v = cell(cells, i);
          if (v == null) {
            continue;
          }
          if (v.equals(CaseloadFormat.NONE_OF_THESE)) {
            b.answer(header[i], Answer.any(List.of()));
          } else {
            b.answer(header[i], v.contains("|") ? Answer.any(split(v)) : Answer.one(v));
          }
        }
        BigDecimal weeklyCost = null;
        String c = cell(cells, cost);
        if (c != null) {
          try {
            weeklyCost = new BigDecimal(c);
          } catch (NumberFormatException e) {
            throw rowProblem(n, COST + " '" + c + "' is not a number");
          }
          if (weeklyCost.signum() < 0
              || weeklyCost.precision() - weeklyCost.scale() > 12
              || weeklyCost.scale() > 6) {
            throw rowProblem(n, COST + " " + c + " is not a plausible weekly cost");
          }
        }
        return new Row(n, rowId, b.build(), null, weeklyCost);
      } catch (RasException e) {
        return new Row(n, rowId, null, e);
      }
    }

    private static List<String> split(String v) {
      List<String> out = new ArrayList<>();
      for (String s : v.split("\\|", -1)) {
        out.add(s.strip());
      }
      return out;
    }

    private static String cell(String[] cells, int i) {
      if (i < 0 || i >= cells.length) {
        return null;
      }
      String v = cells[i].strip();
      return v.isEmpty() ? null : v;
    }

    private RasException rowProblem(long n, String message) {
      return new InvalidAssessmentException(
          Source.named(file + " row " + n),
          List.of(Problem.at(ErrorCode.CASELOAD_BAD_CELL, "", message)));
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }
  }

  /** One ras-assessment/1 document per line; blank lines are skipped. */
  static final class JsonLines extends CaseloadReader {
    private final Path file;
    private final BufferedReader in;
    private final RasJson json;
    private String pending;
    private long line;
    private long number;

    JsonLines(Path file, RasJson json) throws IOException {
      this.file = file;
      this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      this.json = json;
    }

    @Override
    public boolean hasNext() {
      try {
        while (pending == null) {
          String l = in.readLine();
          if (l == null) {
            return false;
          }
          line++;
          if (!l.isBlank()) {
            pending = l;
          }
        }
        return true;
      } catch (IOException e) {
        throw readError(file, e);
      }
    }

    @Override
    public Supplier<Row> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String text = pending;
      pending = null;
      long n = ++number;
      String name = file + " line " + line;
      return () -> {
        try {
          Assessment a = json.readAssessment(text, name);
          return new Row(n, a.id(), a, null);
        } catch (RasException e) {
          return new Row(n, null, null, e);
        }
      };
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
