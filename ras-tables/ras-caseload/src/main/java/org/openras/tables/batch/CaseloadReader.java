package org.openras.tables.batch;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
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
 * becomes a {@link CaseloadRow} with its error; only a file that cannot be read at all, or a CSV
 * header without {@code id} and {@code date}, fails the whole run.
 *
 * <p>Rows are turned into assessments lazily ({@link #next()} returns the raw row as a supplier),
 * so that parsing runs on the worker threads.
 */
abstract class CaseloadReader implements Iterator<Supplier<CaseloadRow>>, Closeable {

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

  /**
   * The caseload's text, after the byte order mark that spreadsheet programs put at the start of a
   * UTF-8 file, if there is one (as the JSON readers skip it too).
   */
  static BufferedReader withoutByteOrderMark(Path file) throws IOException {
    BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    return in;
  }

  /**
   * CSV with a header row, read with Jackson's streaming {@link CsvParser}: the calling thread only
   * splits the text into rows of cells; the header's columns are resolved once, and each row is
   * turned into an assessment on a worker thread.
   */
  static final class Csv extends CaseloadReader {
    /** The column of a person's current weekly package cost, read by calibration. */
    static final String COST = "weeklyCost";

    /** What a column holds: one of the fixed columns, or else the answer to a question. */
    private static final byte QUESTION = 0;

    private static final byte ID = 1;
    private static final byte DATE = 2;
    private static final byte TABLE = 3;
    private static final byte CLIENT_GROUP = 4;
    private static final byte LOCALITY = 5;
    private static final byte COST_COLUMN = 6;

    private final Path file;
    private final CsvParser parser;
    private final String[] header;
    private final byte[] role;
    private final int id;
    private final int date;
    private final int table;
    private final int clientGroup;
    private final int locality;
    private final int cost;

    /** The number of question columns. */
    private final int questions;

    /**
     * Per worker thread, what the cells of each column read as, so that a cell seen before costs no
     * new answer: the descriptors of a question recur from row to row.
     */
    private final ThreadLocal<Recent> recent;

    /** The number of cells a row is expected to have: the header's, once it is read. */
    private int width = 8;

    private boolean peeked;
    private boolean more;
    private long number;

    Csv(Path file) throws IOException {
      this.file = file;
      this.parser = new CsvFactory().createParser(withoutByteOrderMark(file));
      try {
        if (!hasNext()) {
          throw new InvalidAssessmentException(
              Source.named(file.toString()),
              List.of(Problem.at(ErrorCode.CASELOAD_HEADER, "", "the caseload is empty")));
        }
        this.header = nextCells();
        this.width = header.length;
      } catch (RuntimeException | IOException e) {
        parser.close();
        throw e;
      }
      List<String> h = Arrays.asList(header);
      this.id = h.indexOf("id");
      this.date = h.indexOf("date");
      this.table = h.indexOf("table");
      this.clientGroup = h.indexOf("clientGroup");
      this.locality = h.indexOf("locality");
      this.cost = h.indexOf(COST);
      if (id < 0 || date < 0) {
        parser.close();
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
      this.role = new byte[header.length];
      mark(id, ID);
      mark(date, DATE);
      mark(table, TABLE);
      mark(clientGroup, CLIENT_GROUP);
      mark(locality, LOCALITY);
      mark(cost, COST_COLUMN);
      int q = 0;
      for (byte r : role) {
        if (r == QUESTION) {
          q++;
        }
      }
      this.questions = q;
      int columns = header.length;
      this.recent = ThreadLocal.withInitial(() -> new Recent(columns));
    }

    private void mark(int column, byte what) {
      if (column >= 0) {
        role[column] = what;
      }
    }

    @Override
    public boolean hasNext() {
      if (!peeked) {
        try {
          more = parser.nextToken() != null;
        } catch (IOException e) {
          throw readError(file, e);
        }
        peeked = true;
      }
      return more;
    }

    @Override
    public Supplier<CaseloadRow> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      String[] cells;
      try {
        cells = nextCells();
      } catch (IOException e) {
        throw readError(file, e);
      }
      long n = ++number;
      return () -> row(n, cells);
    }

    /**
     * The cells of the row whose start the parser is at (a row is an array of strings), in an array
     * of their number.
     */
    private String[] nextCells() throws IOException {
      peeked = false;
      String[] cells = new String[width];
      int n = 0;
      String v;
      while ((v = parser.nextTextValue()) != null) {
        if (n == cells.length) {
          cells = Arrays.copyOf(cells, Math.max(8, 2 * n));
        }
        cells[n++] = v;
      }
      return n == cells.length ? cells : Arrays.copyOf(cells, n);
    }

    private CaseloadRow row(long n, String[] cells) {
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
            b.date(isoDate(d));
          } catch (DateTimeParseException e) {
            throw rowProblem(n, "date '" + d + "' is not an ISO date (YYYY-MM-DD)");
          }
        }
        Recent seen = recent.get();
        b.table(seen.text(cells, table))
            .clientGroup(seen.text(cells, clientGroup))
            .locality(seen.text(cells, locality));
        int end = Math.min(cells.length, header.length);
        // a question with two columns takes its later non-empty cell, at its first column's place
        ImmutableMap.Builder<String, Answer> answers =
            ImmutableMap.builderWithExpectedSize(questions);
        for (int i = 0; i < end; i++) {
          Answer v = role[i] == QUESTION ? seen.answer(cells, i) : null;
          if (v != null) {
            answers.put(header[i], v);
          }
        }
        b.answers(answers.buildKeepingLast());
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
        return new CaseloadRow(n, rowId, b.build(), null, weeklyCost);
      } catch (RasException e) {
        return new CaseloadRow(n, rowId, null, e);
      }
    }

    /**
     * The answer a (stripped, non-empty) cell gives: {@code []} is an ANY answer of no descriptor;
     * a cell with {@code |} an ANY answer of the descriptors between them, each stripped (empty
     * ones kept, for the engine to report); any other cell one descriptor.
     */
    static Answer answer(String v) {
      if (v.equals(CaseloadFormat.NONE_OF_THESE)) {
        return Answer.any(List.of());
      }
      int bar = v.indexOf('|');
      if (bar < 0) {
        return Answer.one(v);
      }
      int parts = 2;
      for (int i = v.indexOf('|', bar + 1); i >= 0; i = v.indexOf('|', i + 1)) {
        parts++;
      }
      String[] out = new String[parts];
      int from = 0;
      for (int k = 0; k < parts - 1; k++) {
        out[k] = v.substring(from, bar).strip();
        from = bar + 1;
        bar = v.indexOf('|', from);
      }
      out[parts - 1] = v.substring(from).strip();
      return Answer.any(out);
    }

    /**
     * The date of an ISO {@code YYYY-MM-DD} cell, as {@link LocalDate#parse} reads it; the common
     * form (four-digit year, valid day) without the general parser.
     *
     * @throws DateTimeParseException when it is not an ISO date
     */
    static LocalDate isoDate(String d) {
      if (d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-') {
        int y = digits(d, 0, 4);
        int m = digits(d, 5, 7);
        int day = digits(d, 8, 10);
        if (y >= 0 && m >= 1 && m <= 12 && day >= 1 && day <= 31) {
          try {
            return LocalDate.of(y, m, day);
          } catch (DateTimeException noSuchDay) {
            // 30 February: the general parser says so
          }
        }
      }
      return LocalDate.parse(d);
    }

    /** The number the ASCII digits {@code s[from, to)} spell, or -1 if one is not a digit. */
    private static int digits(String s, int from, int to) {
      int v = 0;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        v = 10 * v + (c - '0');
      }
      return v;
    }

    /**
     * What the cells of each column last read as, by their text: for each column a small table, the
     * slot chosen by the text's hash, a newcomer replacing the text in its slot. Bounded, so memory
     * stays flat; the answers and texts kept are immutable, shared by the assessments.
     */
    static final class Recent {
      private static final int SLOTS = 64;

      private final String[][] texts;
      private final Object[][] values;

      Recent(int columns) {
        this.texts = new String[columns][];
        this.values = new Object[columns][];
      }

      /** The answer of a question's cell, or null if it has none (as {@link #answer(String)}). */
      Answer answer(String[] cells, int i) {
        return (Answer) recall(cells, i, Csv::answer);
      }

      /** A cell's text, stripped, or null if there is none (as {@link #cell}). */
      String text(String[] cells, int i) {
        return (String) recall(cells, i, t -> t);
      }

      /**
       * What the cell at {@code i} reads as: {@code read} of its stripped text, made once for each
       * recent text; null when there is no such cell or it is blank.
       */
      private Object recall(String[] cells, int i, Function<String, Object> read) {
        if (i < 0 || i >= cells.length || cells[i].isEmpty()) {
          return null;
        }
        String raw = cells[i];
        Object v = find(i, raw);
        if (v == null) {
          String t = cell(cells, i);
          if (t == null) {
            return null;
          }
          v = keep(i, raw, read.apply(t));
        }
        return v;
      }

      private Object find(int column, String raw) {
        String[] t = texts[column];
        if (t == null) {
          return null;
        }
        int slot = raw.hashCode() & (SLOTS - 1);
        return raw.equals(t[slot]) ? values[column][slot] : null;
      }

      private Object keep(int column, String raw, Object value) {
        if (texts[column] == null) {
          texts[column] = new String[SLOTS];
          values[column] = new Object[SLOTS];
        }
        int slot = raw.hashCode() & (SLOTS - 1);
        texts[column][slot] = raw;
        values[column][slot] = value;
        return value;
      }
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
      parser.close();
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
      this.in = withoutByteOrderMark(file);
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
    public Supplier<CaseloadRow> next() {
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
          return new CaseloadRow(n, a.id(), a, null);
        } catch (RasException e) {
          return new CaseloadRow(n, null, null, e);
        }
      };
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
