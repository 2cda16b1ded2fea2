package org.openras.tables.batch;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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
import org.openras.tables.SafeText;

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

  /** {@return the bytes of the file read so far, for progress} */
  abstract long bytesRead();

  static RasException readError(Path file, IOException e) {
    return new InvalidAssessmentException(
        Source.named(file.toString()),
        List.of(
            Problem.at(ErrorCode.JSON_READ, "", "the caseload cannot be read: " + e.getMessage())));
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
    private final Utf8Text text;
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
      this.text = new Utf8Text(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      this.parser =
          CsvFactory.builder()
              .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
              .build()
              .createParser(text);
      try {
        if (!hasNext()) {
          throw new InvalidAssessmentException(
              Source.named(file.toString()),
              List.of(Problem.at(ErrorCode.CASELOAD_HEADER, "", "the caseload is empty")));
        }
        this.header = nextCells();
        this.width = header.length;
        Utf8Text.Malformed bad = text.firstBetween(0, parser.currentLocation().getCharOffset());
        if (bad != null) {
          throw new InvalidAssessmentException(
              Source.named(file.toString()),
              List.of(
                  Problem.at(
                      ErrorCode.CASELOAD_BAD_TEXT, "", "the header row, " + bad.describe())));
        }
      } catch (RuntimeException | IOException e) {
        parser.close();
        throw e;
      }
      List<String> h = Arrays.asList(header);
      for (int i = 0; i < header.length; i++) {
        int first = h.indexOf(header[i]);
        if (first < i) {
          parser.close();
          throw new InvalidAssessmentException(
              Source.named(file.toString()),
              List.of(
                  Problem.at(
                      ErrorCode.CASELOAD_DUPLICATE_COLUMN,
                      "",
                      "the header row names the column '"
                          + SafeText.value(header[i])
                          + "' twice (columns "
                          + (first + 1)
                          + " and "
                          + (i + 1)
                          + "); name each column once")));
        }
      }
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

    @Override
    long bytesRead() {
      return text.bytesRead();
    }

    /** {@return whether the header has the {@link #COST} column} */
    boolean hasCostColumn() {
      return cost >= 0;
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
      Utf8Text.Malformed bad;
      try {
        long start = parser.currentTokenLocation().getCharOffset();
        cells = nextCells();
        bad = text.firstBetween(start, parser.currentLocation().getCharOffset());
      } catch (IOException e) {
        throw readError(file, e);
      }
      long n = ++number;
      if (bad != null) {
        String rowId = looseCell(cells, id);
        RasException e = rowProblem(n, bad.describe());
        return () -> new CaseloadRow(n, rowId, null, e);
      }
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
      String rowId = looseCell(cells, id);
      try {
        try {
          rowId = cell(cells, id);
        } catch (BadCell e) {
          e.column = id;
          throw e;
        }
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
      } catch (BadCell e) {
        return new CaseloadRow(
            n,
            rowId,
            null,
            rowProblem(
                n,
                "the cell "
                    + SafeText.value(e.raw)
                    + (e.column >= 0 ? " in column '" + SafeText.value(header[e.column]) + "'" : "")
                    + " starts or ends with white space other than a space, or with a control"
                    + " character; remove it (only spaces around a cell are taken away)"));
      }
    }

    /**
     * A cell whose text, once the spaces around it are taken away, starts or ends with other white
     * space or a control character (a tab, a line break, a no-break space): it is reported rather
     * than stripped into something else.
     */
    static final class BadCell extends RuntimeException {
      private static final long serialVersionUID = 1L;

      final String raw;
      int column = -1;

      BadCell(String raw) {
        super(null, null, false, false);
        this.raw = raw;
      }
    }

    /**
     * {@code v} without the spaces (U+0020) around it.
     *
     * @throws BadCell when what is left starts or ends with other white space or a control
     *     character
     */
    static String trimSpaces(String v) {
      int from = 0;
      int to = v.length();
      while (from < to && v.charAt(from) == ' ') {
        from++;
      }
      while (to > from && v.charAt(to - 1) == ' ') {
        to--;
      }
      if (from < to && (edgy(v.charAt(from)) || edgy(v.charAt(to - 1)))) {
        throw new BadCell(v);
      }
      return from == 0 && to == v.length() ? v : v.substring(from, to);
    }

    private static boolean edgy(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /** The cell's text stripped, for naming a row in error; never throws. */
    private static String looseCell(String[] cells, int i) {
      if (i < 0 || i >= cells.length) {
        return null;
      }
      String v = cells[i].strip();
      return v.isEmpty() ? null : v;
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
      if (v.indexOf('\\') >= 0) {
        return escaped(v);
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
        out[k] = trimSpaces(v.substring(from, bar));
        from = bar + 1;
        bar = v.indexOf('|', from);
      }
      out[parts - 1] = trimSpaces(v.substring(from));
      return Answer.any(out);
    }

    /**
     * The answer of a cell with backslash escapes ({@link CaseloadFormat#escape}): {@code \|} is a
     * bar within a code, {@code \\} a backslash, and a backslash before anything else stands for
     * that character; unescaped bars separate the codes of an ANY answer.
     */
    private static Answer escaped(String v) {
      List<String> codes = new java.util.ArrayList<>();
      StringBuilder code = new StringBuilder();
      boolean bars = false;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\\' && i + 1 < v.length()) {
          code.append(v.charAt(++i));
        } else if (c == '|') {
          bars = true;
          codes.add(trimSpaces(code.toString()));
          code.setLength(0);
        } else {
          code.append(c);
        }
      }
      if (!bars) {
        return Answer.one(code.toString());
      }
      codes.add(trimSpaces(code.toString()));
      return Answer.any(codes.toArray(new String[0]));
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
          try {
            String t = cell(cells, i);
            if (t == null) {
              return null;
            }
            v = keep(i, raw, read.apply(t));
          } catch (BadCell e) {
            e.column = i;
            throw e;
          }
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
      String v;
      try {
        v = trimSpaces(cells[i]);
      } catch (BadCell e) {
        e.column = i;
        throw e;
      }
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

  /**
   * One ras-assessment/1 document per line; blank lines are skipped. Lines are read as bytes, each
   * at most the JSON reader's {@link org.openras.tables.JsonLimits#maxDocumentLength() document
   * length}: a longer line, or one that is not UTF-8, is a row in error (the rest of the line is
   * skipped without being kept), and the run goes on.
   */
  static final class JsonLines extends CaseloadReader {
    private final Path file;

    /**
     * How much longer than the limit a line may go on, skipped, before the file is taken not to be
     * JSON Lines at all (say {@code /dev/zero}): reading then stops with an error.
     */
    static final long SKIP_FACTOR = 16;

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkAt;
    private int chunkEnd;
    private final RasJson json;
    private final long limit;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[256];
    private Supplier<CaseloadRow> pending;
    private long line;
    private long number;
    private long offset;
    private boolean eof;

    JsonLines(Path file, RasJson json) throws IOException {
      this.file = file;
      this.in = Files.newInputStream(file);
      this.json = json;
      this.limit = Math.min(json.limits().maxDocumentLength(), Integer.MAX_VALUE - 16);
      if (refill()
          && chunkEnd >= 3
          && (chunk[0] & 0xff) == 0xEF
          && (chunk[1] & 0xff) == 0xBB
          && (chunk[2] & 0xff) == 0xBF) {
        chunkAt = 3;
        offset = 3;
      }
    }

    @Override
    public boolean hasNext() {
      try {
        while (pending == null && !eof) {
          pending = readLine();
        }
        return pending != null;
      } catch (IOException e) {
        throw readError(file, e);
      }
    }

    /** The next line's row, or null for a blank line or the end of the file. */
    private Supplier<CaseloadRow> readLine() throws IOException {
      long start = offset;
      int n = 0;
      long length = 0;
      boolean ended = false;
      while (!ended) {
        if (chunkAt == chunkEnd && !refill()) {
          break;
        }
        int from = chunkAt;
        int to = from;
        while (to < chunkEnd && chunk[to] != '\n') {
          to++;
        }
        ended = to < chunkEnd;
        int count = to - from;
        if (length + count <= limit) {
          if (n + count > buffer.length) {
            buffer =
                Arrays.copyOf(
                    buffer, (int) Math.min(limit, Math.max(2L * buffer.length, n + count)));
          }
          System.arraycopy(chunk, from, buffer, n, count);
          n += count;
        }
        length += count;
        if (length > SKIP_FACTOR * limit) {
          throw new InvalidAssessmentException(
              Source.named(file + " line " + (line + 1)),
              List.of(
                  Problem.at(
                      ErrorCode.CASELOAD_BAD_TEXT,
                      "",
                      "the line goes on for more than "
                          + SKIP_FACTOR * limit
                          + " bytes without ending: this is not a JSON Lines caseload")));
        }
        chunkAt = ended ? to + 1 : to;
        offset += count + (ended ? 1 : 0);
      }
      if (!ended) {
        eof = true;
        if (length == 0) {
          return null;
        }
      }
      line++;
      if (n > 0 && buffer[n - 1] == '\r') {
        n--;
        length--;
      }
      long at = line;
      if (length > limit) {
        long number = ++this.number;
        RasException e =
            lineProblem(
                at,
                "the line is "
                    + length
                    + " bytes long, more than the limit of "
                    + limit
                    + " (maxDocumentLength)");
        return () -> new CaseloadRow(number, null, null, e);
      }
      String text;
      try {
        text = decoder.decode(ByteBuffer.wrap(buffer, 0, n)).toString();
      } catch (CharacterCodingException e) {
        int bad = firstMalformed(buffer, n);
        long number = ++this.number;
        RasException x =
            lineProblem(
                at,
                String.format(
                    "the text is not UTF-8 at byte offset %d (byte 0x%02x)",
                    start + bad, buffer[bad] & 0xff));
        return () -> new CaseloadRow(number, null, null, x);
      }
      if (text.isBlank()) {
        return null;
      }
      long number = ++this.number;
      String name = file + " line " + at;
      return () -> {
        try {
          Assessment a = json.readAssessment(text, name);
          return new CaseloadRow(number, a.id(), a, null);
        } catch (RasException e) {
          return new CaseloadRow(number, null, null, e);
        }
      };
    }

    @Override
    long bytesRead() {
      return offset;
    }

    /** Reads the next chunk of the file; false at its end. */
    private boolean refill() throws IOException {
      int r = in.read(chunk, 0, chunk.length);
      chunkAt = 0;
      chunkEnd = Math.max(r, 0);
      return r > 0;
    }

    /** The index of the first byte of {@code b[0, n)} that is not part of valid UTF-8. */
    private static int firstMalformed(byte[] b, int n) {
      CharsetDecoder d =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(b, 0, n);
      CharBuffer out = CharBuffer.allocate(n + 1);
      CoderResult r = d.decode(in, out, true);
      return r.isError() ? in.position() : Math.max(0, n - 1);
    }

    private RasException lineProblem(long at, String message) {
      return new InvalidAssessmentException(
          Source.named(file + " line " + at),
          List.of(Problem.at(ErrorCode.CASELOAD_BAD_TEXT, "", message)));
    }

    @Override
    public Supplier<CaseloadRow> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Supplier<CaseloadRow> s = pending;
      pending = null;
      return s;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
