package org.openras.tables;

import static java.util.Objects.requireNonNull;
import static org.openras.ErrorCode.JSON_READ;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.openras.InvalidAssessmentException;
import org.openras.InvalidResultException;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.Source;
import org.openras.assessment.Assessment;
import org.openras.engine.Result;
import org.openras.explain.ClaimedResult;
import org.openras.table.RasTable;

/**
 * Reads and writes the RAS v1 JSON formats: tables ({@code ras-table/1}), assessments ({@code
 * ras-assessment/1}) and results ({@code ras-result/1}); results are also read back, as a {@link
 * ClaimedResult} to be verified.
 *
 * <p>Like Jackson's {@code ObjectReader}, a {@code RasJson} is immutable and thread-safe: build it
 * once ({@link #standard()}, or {@link #withLimits(JsonLimits)} for other limits) and share it.
 *
 * <p><b>Reading</b> is strict, as the spec asks: the {@code format} tag must be exact, unknown
 * fields and duplicate keys are errors at every level, and every value must have its JSON type
 * ({@code null} is never a value). Numbers are read exactly as {@code BigDecimal}. A table read
 * here goes through the same validator as one built in code. All problems found in one document —
 * JSON form and table rules together — come in <em>one</em> {@link InvalidTableException} (or
 * {@link InvalidAssessmentException}), each problem with its {@link org.openras.ErrorCode}, JSON
 * pointer, line and column; the exception message names the source (the file) and lists them.
 * Nothing else escapes for bad input: no parser exception, no {@code NullPointerException}.
 *
 * <p><b>Writing</b> gives UTF-8 JSON, indented by two spaces, numbers in plain notation. A table or
 * an assessment written and read back is equal to the original (a table has the same fingerprint).
 *
 * <p>{@code null} arguments are programming errors and throw {@code NullPointerException}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RasJson {
  private static final RasJson STANDARD = new RasJson(JsonLimits.defaults());
  private static final JsonFactory WRITER_FACTORY = JsonFactory.builder().build();

  private final JsonLimits limits;
  private final TreeReader reader;

  private RasJson(JsonLimits limits) {
    this.limits = limits;
    this.reader = new TreeReader(limits);
  }

  /**
   * The reader and writer with {@link JsonLimits#defaults() the default limits}.
   *
   * @return the shared standard instance
   */
  public static RasJson standard() {
    return STANDARD;
  }

  /**
   * A reader and writer like this one, with other limits on the input it reads.
   *
   * @param limits the limits on input
   * @return this instance when the limits are the same, else a new one
   */
  public RasJson withLimits(JsonLimits limits) {
    return requireNonNull(limits, "limits").equals(this.limits) ? this : new RasJson(limits);
  }

  /**
   * The limits on the input this reader reads.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  // ------------------------------------------------------------------ tables

  /**
   * Reads the {@code ras-table/1} file at {@code file}; problems name the file by this path.
   *
   * @param file the table's file
   * @return the table, valid by every rule of spec §2
   * @throws InvalidTableException when the file cannot be read, is not well-formed JSON within the
   *     limits, is not a {@code ras-table/1} document, or breaks a rule of spec §2
   */
  public RasTable readTable(Path file) {
    String name = file.toString();
    return TableReader.read(parse(file, name, Kind.TABLE), name);
  }

  /**
   * Reads a {@code ras-table/1} document given as text.
   *
   * @param json the document
   * @param sourceName how problems name the document (a file name, a URL, "request body")
   * @return the table, valid by every rule of spec §2
   * @throws InvalidTableException as {@link #readTable(Path)}
   */
  public RasTable readTable(String json, String sourceName) {
    requireNonNull(sourceName, "sourceName");
    return TableReader.read(reader.read(requireNonNull(json, "json")), sourceName);
  }

  /**
   * Reads a {@code ras-table/1} document from {@code in} (UTF-8), to its end; the stream is not
   * closed.
   *
   * @param in the document's bytes
   * @param sourceName how problems name the document
   * @return the table, valid by every rule of spec §2
   * @throws InvalidTableException as {@link #readTable(Path)}
   */
  public RasTable readTable(InputStream in, String sourceName) {
    requireNonNull(sourceName, "sourceName");
    return TableReader.read(parse(requireNonNull(in, "in"), sourceName, Kind.TABLE), sourceName);
  }

  // ------------------------------------------------------------------ assessments

  /**
   * Reads the {@code ras-assessment/1} file at {@code file}. The assessment remembers where it came
   * from, so that problems the engine finds later (an unknown question) are located in the file
   * too.
   *
   * @param file the assessment's file
   * @return the assessment; the rules that need its table are checked when it is computed
   * @throws InvalidAssessmentException when the file cannot be read, is not well-formed JSON within
   *     the limits, is not a {@code ras-assessment/1} document, or breaks a rule of spec §4 that
   *     needs no table
   */
  public Assessment readAssessment(Path file) {
    String name = file.toString();
    return AssessmentReader.read(parse(file, name, Kind.ASSESSMENT), name);
  }

  /**
   * Reads a {@code ras-assessment/1} document given as text.
   *
   * @param json the document
   * @param sourceName how problems name the document
   * @return the assessment; the rules that need its table are checked when it is computed
   * @throws InvalidAssessmentException as {@link #readAssessment(Path)}
   */
  public Assessment readAssessment(String json, String sourceName) {
    requireNonNull(sourceName, "sourceName");
    return AssessmentReader.read(reader.read(requireNonNull(json, "json")), sourceName);
  }

  /**
   * Reads a {@code ras-assessment/1} document from {@code in} (UTF-8), to its end; the stream is
   * not closed.
   *
   * @param in the document's bytes
   * @param sourceName how problems name the document
   * @return the assessment; the rules that need its table are checked when it is computed
   * @throws InvalidAssessmentException as {@link #readAssessment(Path)}
   */
  public Assessment readAssessment(InputStream in, String sourceName) {
    requireNonNull(sourceName, "sourceName");
    return AssessmentReader.read(
        parse(requireNonNull(in, "in"), sourceName, Kind.ASSESSMENT), sourceName);
  }

  // ------------------------------------------------------------------ results

  /**
   * Reads the {@code ras-result/1} file at {@code file}, to be verified against a fresh calculation
   * ({@link org.openras.explain.Verification}). The claim remembers where it came from, so that a
   * difference is located in the file.
   *
   * @throws InvalidResultException when the file cannot be read, is not well-formed JSON within the
   *     limits, is not a {@code ras-result/1} document, has an unknown or missing field, a value of
   *     the wrong type or a malformed fingerprint
   * @param file a {@code ras-result/1} file
   * @return the figures the file claims, with its trace when it has one
   */
  public ClaimedResult readResult(Path file) {
    String name = file.toString();
    return ResultReader.read(parse(file, name, Kind.RESULT), name);
  }

  /**
   * Reads a {@code ras-result/1} document given as text.
   *
   * @param sourceName how problems name the document
   * @throws InvalidResultException as {@link #readResult(Path)}
   * @param json the document's text
   * @return the figures the document claims, with its trace when it has one
   */
  public ClaimedResult readResult(String json, String sourceName) {
    requireNonNull(sourceName, "sourceName");
    return ResultReader.read(reader.read(requireNonNull(json, "json")), sourceName);
  }

  /**
   * Reads a {@code ras-result/1} document from {@code in} (UTF-8), to its end; the stream is not
   * closed.
   *
   * @param sourceName how problems name the document
   * @throws InvalidResultException as {@link #readResult(Path)}
   * @param in the document's bytes
   * @return the figures the document claims, with its trace when it has one
   */
  public ClaimedResult readResult(InputStream in, String sourceName) {
    requireNonNull(sourceName, "sourceName");
    return ResultReader.read(parse(requireNonNull(in, "in"), sourceName, Kind.RESULT), sourceName);
  }

  // ------------------------------------------------------------------ writing

  /**
   * The {@code ras-table/1} JSON of {@code table}: the spec's field order, every default written
   * out, numbers in their shortest plain form.
   *
   * @param table the table
   * @return its JSON, indented by two spaces
   */
  public String writeTable(RasTable table) {
    requireNonNull(table, "table");
    return text(out -> writeTable(table, out));
  }

  /**
   * Writes the {@code ras-table/1} JSON of {@code table} to {@code out} as UTF-8; does not close
   * it.
   *
   * @param table the table
   * @param out where the JSON goes
   */
  public void writeTable(RasTable table, OutputStream out) {
    requireNonNull(table, "table");
    write(out, g -> Writers.table(g, table));
  }

  /**
   * The {@code ras-assessment/1} JSON of {@code assessment}.
   *
   * @param assessment the assessment
   * @return its JSON, indented by two spaces
   */
  public String writeAssessment(Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return text(out -> writeAssessment(assessment, out));
  }

  /**
   * Writes the {@code ras-assessment/1} JSON of {@code assessment} to {@code out}; does not close
   * it.
   *
   * @param assessment the assessment
   * @param out where the JSON goes, as UTF-8
   */
  public void writeAssessment(Assessment assessment, OutputStream out) {
    requireNonNull(assessment, "assessment");
    write(out, g -> Writers.assessment(g, assessment));
  }

  /**
   * The {@code ras-result/1} JSON of {@code result} (spec §5): the table version and its
   * fingerprint, every domain's figures, total points, band, the indicative budget, the final
   * budget when the assessment was moderated, the flags and every step of the trace with its
   * inputs, value and explanation. Points and percents are in their shortest plain form; money as
   * the engine rounded it.
   *
   * @param result what the engine computed
   * @return its JSON, indented by two spaces
   */
  public String writeResult(Result result) {
    requireNonNull(result, "result");
    return text(out -> writeResult(result, out));
  }

  /**
   * Writes the {@code ras-result/1} JSON of {@code result} to {@code out}; does not close it.
   *
   * @param result what the engine computed
   * @param out where the JSON goes, as UTF-8
   */
  public void writeResult(Result result, OutputStream out) {
    requireNonNull(result, "result");
    write(out, g -> Writers.result(g, result));
  }

  @Override
  public String toString() {
    return "RasJson" + limits;
  }

  // ------------------------------------------------------------------ implementation

  private enum Kind {
    TABLE,
    ASSESSMENT,
    RESULT
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private interface ToStream {
    void write(OutputStream out);
  }

  private static String text(ToStream w) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    w.write(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void write(OutputStream out, Body body) {
    requireNonNull(out, "out");
    try (JsonGenerator g = WRITER_FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(Writers.prettyPrinter());
      body.write(g);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TreeReader.Parsed parse(Path file, String name, Kind kind) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, name, kind);
    } catch (NoSuchFileException e) {
      throw unreadable(kind, name, "the file does not exist");
    } catch (AccessDeniedException e) {
      throw unreadable(kind, name, "the file may not be read (access denied)");
    } catch (IOException e) {
      throw unreadable(
          kind, name, Files.isDirectory(file) ? "it is a directory, not a file" : e.toString());
    }
  }

  private TreeReader.Parsed parse(InputStream in, String name, Kind kind) {
    long max = limits.maxDocumentLength();
    long cap = Math.min(max + 1, Integer.MAX_VALUE - 16);
    byte[] buffer = new byte[(int) Math.min(8192, cap)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length > max || length >= cap) {
            return reader.tooLong(-1);
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(Math.max(16, length * 2L), cap));
        }
        int n = in.read(buffer, length, buffer.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException e) {
      throw unreadable(kind, name, "cannot read it: " + e);
    }
    if (length > max) {
      return reader.tooLong(-1);
    }
    return reader.read(buffer, length);
  }

  private static RuntimeException unreadable(Kind kind, String name, String why) {
    List<Problem> p = List.of(Problem.at(JSON_READ, "", why));
    Source source = Source.named(name);
    return switch (kind) {
      case TABLE -> new InvalidTableException(source, p);
      case ASSESSMENT -> new InvalidAssessmentException(source, p);
      case RESULT -> new InvalidResultException(source, p);
    };
  }
}
