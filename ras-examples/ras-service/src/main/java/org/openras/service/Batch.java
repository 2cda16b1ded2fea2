package org.openras.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.openras.ErrorCode;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.RasException;
import org.openras.assessment.Assessment;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.tables.RasJson;

/**
 * The streaming batch: JSON Lines in (one {@code ras-assessment/1} per line), JSON Lines out, in
 * the same order: one {@code ras-result/1} on one line for each good line, one problem document
 * (with its {@code line}) for each bad one. A bad line never fails the request; the body's size is
 * limited as a whole and each line as a document.
 */
final class Batch {
  static final Set<String> MEDIA_TYPES = Set.of("application/x-ndjson", "application/jsonl");
  static final String OUT_TYPE = "application/x-ndjson";

  private final ServiceConfig config;
  private final RasJson json = RasJson.standard();

  Batch(ServiceConfig config) {
    this.config = config;
  }

  /** What a batch tells its caller when it ends, to count it. */
  @FunctionalInterface
  interface Finished {
    /**
     * The batch has ended.
     *
     * @param status the reply's status: 200 once results are streaming, even when the batch stopped
     *     at its limit (its last line then says so); 400 when the client went away
     * @param code the error code of a batch that stopped at its limit, else null
     */
    void accept(int status, String code);
  }

  /**
   * Streams the results. {@code finished} is told the status and, for a batch stopped at its limit,
   * its error code, before the last chunk is written, so that a client which has had the whole
   * reply finds it counted.
   */
  void run(
      Tables.Snapshot s,
      Request request,
      Response response,
      Callback callback,
      boolean trace,
      Finished finished) {
    long declared = request.getLength();
    if (declared > config.maxBatchBytes()) {
      throw new HttpProblem(
          ServiceError.TOO_LARGE,
          "the batch is "
              + declared
              + " bytes; this service takes at most "
              + config.maxBatchBytes());
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, OUT_TYPE);
    long maxLine = Math.min(config.maxBodyBytes(), json.limits().maxDocumentLength());
    boolean counted = false;
    try (InputStream body = Content.Source.asInputStream(request);
        InputStream in = new Limited(body, config.maxBatchBytes());
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        OutputStream os = Content.Sink.asOutputStream(response);
        Writer out = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      int n = 0;
      String code = null;
      StringBuilder line = new StringBuilder();
      while (true) {
        try {
          if (!readLine(r, line, maxLine)) {
            break;
          }
        } catch (Limited.Exceeded e) {
          // the results so far are sent; the last line says why the batch stopped
          out.write(
              minify(
                  Problems.of(
                      ServiceError.TOO_LARGE,
                      "the batch is over "
                          + config.maxBatchBytes()
                          + " bytes, this service's limit; the lines from "
                          + (n + 1)
                          + " on were not computed",
                      request.getHttpURI().getPath(),
                      Versions.OPENRAS)));
          out.write('\n');
          code = ServiceError.TOO_LARGE.code;
          // read the rest (within an allowance) so that the reply is not lost to a reset
          Api.discardRest(body, Api.discardAllowance(config));
          break;
        }
        n++;
        String text = line.toString();
        if (text.isBlank()) {
          continue;
        }
        if (line.length() > maxLine) {
          out.write(
              error(
                  n,
                  new InvalidAssessmentException(
                      null,
                      List.of(
                          Problem.at(
                              ErrorCode.JSON_LIMIT,
                              "",
                              "the line is over "
                                  + maxLine
                                  + " characters, the limit of a line")))));
        } else {
          try {
            Assessment a = json.readAssessment(text, "line " + n);
            Result res = s.engine().calculate(a, trace ? Tracing.ON : Tracing.OFF);
            out.write(minify(json.writeResult(res)));
          } catch (RasException e) {
            out.write(error(n, e));
          }
        }
        out.write('\n');
        if (n % 256 == 0) {
          out.flush();
        }
      }
      finished.accept(200, code);
      counted = true;
    } catch (IOException e) {
      // the client went away or stopped sending: nothing more can be said to it
      if (!counted) {
        finished.accept(400, null);
      }
      callback.failed(e);
      return;
    }
    // the streams are closed: the last chunk is written and the reply complete
    callback.succeeded();
  }

  /** Reads one line into {@code line}, keeping at most {@code max + 1} characters. */
  private static boolean readLine(BufferedReader r, StringBuilder line, long max)
      throws IOException {
    line.setLength(0);
    int c = r.read();
    if (c < 0) {
      return false;
    }
    while (c >= 0 && c != '\n') {
      if (line.length() <= max) {
        line.append((char) c);
      }
      c = r.read();
    }
    if (line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    return true;
  }

  private static String error(int n, RasException e) {
    return Json.line(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", Problems.TYPE_BASE + e.problems().get(0).code().code());
          g.writeStringField("title", Problems.title(e));
          g.writeNumberField("status", Problems.status(e));
          g.writeStringField("detail", e.getMessage());
          g.writeNumberField("line", n);
          g.writeStringField("code", e.problems().get(0).code().code());
          g.writeArrayFieldStart("problems");
          for (Problem p : e.problems()) {
            Problems.problem(g, p);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** {@return well-formed JSON text on one line: whitespace outside strings removed} */
  static String minify(String json) {
    StringBuilder b = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        b.append(c);
        if (c == '\\') {
          b.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        b.append(c);
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** An input stream that fails once more than its limit has been read. */
  static final class Limited extends java.io.FilterInputStream {
    /** The body went over the limit. */
    static final class Exceeded extends IOException {
      private static final long serialVersionUID = 1L;

      Exceeded() {
        super("over the limit");
      }
    }

    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0 && --left < 0) {
        throw new Exceeded();
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        left -= n;
        if (left < 0) {
          throw new Exceeded();
        }
      }
      return n;
    }
  }
}
