package org.openras.service;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.openras.ErrorCode;
import org.openras.RasException;
import org.openras.assessment.Assessment;
import org.openras.check.TableChecks;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.TableRef;
import org.openras.engine.Tracing;
import org.openras.explain.ClaimedResult;
import org.openras.explain.Comparison;
import org.openras.explain.ComparisonReport;
import org.openras.explain.PublishedTable;
import org.openras.explain.Statement;
import org.openras.explain.Verification;
import org.openras.explain.VerificationReport;
import org.openras.explain.WhatIf;
import org.openras.explain.WhatIfReport;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.tables.CheckJson;
import org.openras.tables.ComparisonJson;
import org.openras.tables.RasJson;
import org.openras.tables.StatementJson;
import org.openras.tables.VerificationJson;
import org.openras.tables.WhatIfJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON API: routes each request to its endpoint and turns every failure into a problem. */
final class Api extends Handler.Abstract {
  private static final Logger LOG = LoggerFactory.getLogger("org.openras.service");
  private static final Logger ACCESS = LoggerFactory.getLogger("org.openras.service.access");
  static final String JSON = "application/json";
  static final String BODY = "request body";

  /** The forms a reply can take, chosen by the {@code Accept} header. */
  enum Form {
    JSON("application/json"),
    HTML("text/html"),
    MARKDOWN("text/markdown"),
    TEXT("text/plain");

    final String mediaType;

    Form(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  private final ServiceConfig config;
  private final Tables tables;
  private final Metrics metrics;
  private final Batch batch;
  private final RasJson json = RasJson.standard();
  private final byte[] token;

  Api(ServiceConfig config, Tables tables, Metrics metrics) {
    super(InvocationType.BLOCKING);
    this.config = config;
    this.tables = tables;
    this.metrics = metrics;
    this.batch = new Batch(config);
    this.token =
        config.token().map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8)).orElse(null);
  }

  /** Requests being handled now (a streaming batch until its last line is written). */
  private final AtomicInteger inFlight = new AtomicInteger();

  private volatile boolean stopping;

  /** Runs the computations that have a deadline, so that the request can be answered at it. */
  private final ExecutorService compute =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "openras-compute");
            t.setDaemon(true);
            return t;
          });

  /**
   * Runs {@code work} (a pure computation) within the compute timeout. Past it the computation is
   * interrupted (table checks stop at their next step) and the reply is 504 ({@code RAS-H504}).
   */
  private <T> T withDeadline(Supplier<T> work) {
    Future<T> f = compute.submit(work::get);
    try {
      return f.get(config.computeTimeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new HttpProblem(
          ServiceError.DEADLINE,
          "the computation took longer than "
              + config.computeTimeout().toMillis()
              + " ms, this service's compute timeout, and was stopped");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new HttpProblem(ServiceError.UNAVAILABLE, "the service is stopping");
    }
  }

  /** Stops the threads of the computations with a deadline. */
  void close() {
    compute.shutdownNow();
  }

  /**
   * From now on, every new request is refused with 503 ({@code RAS-H503}) and its connection
   * closed.
   */
  void stopping() {
    stopping = true;
  }

  /** {@return the requests being handled now} */
  int requestsUnderWay() {
    return inFlight.get();
  }

  /**
   * Waits until no request is being handled, or {@code timeout} has passed.
   *
   * @return whether no request is being handled
   */
  boolean awaitIdle(Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (inFlight) {
      while (inFlight.get() > 0) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          inFlight.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return inFlight.get() == 0;
        }
      }
    }
    return true;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    inFlight.incrementAndGet();
    try {
      return serve(request, response, callback);
    } finally {
      if (inFlight.decrementAndGet() == 0) {
        synchronized (inFlight) {
          inFlight.notifyAll();
        }
      }
    }
  }

  private boolean serve(Request request, Response response, Callback callback) {
    long start = System.nanoTime();
    String path = request.getHttpURI().getPath();
    String route = "unknown";
    String code = null;
    Reply reply;
    try {
      if (stopping) {
        throw new HttpProblem(
            ServiceError.UNAVAILABLE,
            "the service is stopping; send the request again once it has restarted");
      }
      cors(request, response);
      if ("OPTIONS".equals(request.getMethod())) {
        route = "options";
        reply = Reply.empty(204);
      } else {
        route = route(path);
        authorize(request, route);
        if ("batch".equals(route)) {
          method(request, "POST");
          Tables.Snapshot s = tables.snapshot();
          contentType(request, Batch.MEDIA_TYPES);
          response.setStatus(200);
          common(response);
          batch.run(
              s,
              request,
              response,
              callback,
              trace(request, false),
              (sent, stoppedBy) -> done(request, "batch", sent, stoppedBy, start));
          return true;
        }
        reply = dispatch(route, path, request);
      }
    } catch (HttpProblem e) {
      int status = e.error.status;
      code = e.error.code;
      if (e.error == ServiceError.UNAUTHORIZED) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"openras\"");
      }
      if (request.getLength() != 0 || e.error == ServiceError.UNAVAILABLE) {
        // refused before its body was read: the connection cannot carry another request, so
        // say so, or a client that pools connections sends its next request into a closed one
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        discardRest(request);
      }
      reply =
          "page".equals(route)
              ? Pages.problem(status, e.error.title, e.getMessage())
              : Reply.problem(status, Problems.of(e.error, e.getMessage(), path, Versions.OPENRAS));
    } catch (RasException e) {
      int status = Problems.status(e);
      code = e.problems().get(0).code().code();
      reply =
          "page".equals(route)
              ? Pages.problem(status, "The table cannot give a budget", e.getMessage())
              : Reply.problem(status, Problems.of(e, path, Versions.OPENRAS));
    } catch (RuntimeException | IOException e) {
      LOG.error("internal failure on {} {}", request.getMethod(), path, e);
      code = ServiceError.INTERNAL.code;
      reply =
          Reply.problem(
              500,
              Problems.of(
                  ServiceError.INTERNAL,
                  "the service failed on this request; the log has the details",
                  path,
                  Versions.OPENRAS));
    }
    // counted before the reply is sent: a client holding the reply finds it in /metrics
    done(request, route, reply.status, code, start);
    send(response, callback, reply);
    return true;
  }

  /**
   * Counts the request and writes its access-log line: method, path, status, error code and time,
   * never a body, a query, a header or the caller's address. Called before the reply's last byte is
   * written, so that a client which has had its reply finds it counted in {@code /metrics}; the
   * time is the time to compute the reply, not to send it.
   */
  private void done(Request request, String route, int status, String code, long start) {
    long nanos = System.nanoTime() - start;
    metrics.record(route, status, code, nanos);
    if (ACCESS.isInfoEnabled()) {
      ACCESS.info(
          "{} {} {} {} {}ms",
          request.getMethod(),
          Versions.printable(request.getHttpURI().getPath()),
          status,
          code == null ? "-" : code,
          String.format(Locale.ROOT, "%.2f", nanos / 1e6));
    }
  }

  /** {@return the name of the endpoint a path calls, or a 404} */
  static String route(String path) {
    if (path == null) {
      throw new HttpProblem(ServiceError.NOT_FOUND, "no such path");
    }
    switch (path) {
      case "/v1/calculate":
        return "calculate";
      case "/v1/explain":
        return "explain";
      case "/v1/whatif":
        return "whatif";
      case "/v1/compare":
        return "compare";
      case "/v1/verify":
        return "verify";
      case "/v1/check":
        return "check";
      case "/v1/batch":
        return "batch";
      case "/v1/tables":
        return "tables";
      case "/v1/health":
      case "/health":
        return "health";
      case "/v1/ready":
      case "/ready":
        return "ready";
      case "/metrics":
        return "metrics";
      case "/v1/openapi.json":
        return "openapi";
      case "/":
        return "page";
      default:
        if (path.startsWith("/tables/")) {
          return "page";
        }
        if (path.startsWith("/v1/tables/")) {
          return "table";
        }
        if (path.startsWith("/schemas/")) {
          return "schema";
        }
        throw new HttpProblem(ServiceError.NOT_FOUND, "no endpoint at " + Versions.printable(path));
    }
  }

  private Reply dispatch(String route, String path, Request request) throws IOException {
    switch (route) {
      case "page":
        return page(path, request);
      case "health":
        method(request, "GET");
        return Reply.json(
            200,
            Json.write(
                g -> {
                  g.writeStartObject();
                  g.writeStringField("status", "up");
                  g.writeStringField("openrasVersion", Versions.OPENRAS);
                  g.writeEndObject();
                }));
      case "ready":
        method(request, "GET");
        return ready();
      case "metrics":
        method(request, "GET");
        return new Reply(200, "text/plain; version=0.0.4; charset=utf-8", metrics.text(), null);
      case "openapi":
        method(request, "GET");
        return Resources.openApi();
      case "schema":
        method(request, "GET");
        return Resources.schema(path.substring("/schemas/".length()));
      case "tables":
        method(request, "GET");
        return TablesReply.list(tables.snapshot());
      case "table":
        method(request, "GET");
        return table(path.substring("/v1/tables/".length()), request);
      default:
        break;
    }
    method(request, "POST");
    Tables.Snapshot s = tables.snapshot();
    RasEngine engine = s.engine();
    switch (route) {
      case "calculate":
        {
          Form form = accept(request, Form.JSON);
          Tracing tracing = trace(request, true) ? Tracing.ON : Tracing.OFF;
          return Calculation.calculate(json, engine, body(request), tracing, form);
        }
      case "explain":
        {
          Form form = accept(request, Form.JSON, Form.HTML, Form.MARKDOWN, Form.TEXT);
          Assessment a = json.readAssessment(body(request), BODY);
          Result r = engine.calculate(a);
          Statement st = Statement.of(engine.tableFor(a), r);
          String text =
              switch (form) {
                case JSON -> StatementJson.write(st);
                case HTML -> Renderer.html(st);
                case MARKDOWN -> Renderer.markdown(st);
                case TEXT -> Renderer.text(st);
              };
          return Reply.of(200, form, text, r.table());
        }
      case "whatif":
        {
          Form form = accept(request, Form.JSON, Form.HTML, Form.MARKDOWN, Form.TEXT);
          Assessment a = json.readAssessment(body(request), BODY);
          WhatIf w = withDeadline(() -> WhatIf.of(engine, a));
          String text =
              switch (form) {
                case JSON -> WhatIfJson.write(w);
                case HTML -> WhatIfReport.html(w);
                case MARKDOWN -> WhatIfReport.markdown(w);
                case TEXT -> WhatIfReport.text(w);
              };
          return Reply.of(200, form, text, w.result().table());
        }
      case "compare":
        return compare(request, engine, s);
      case "verify":
        {
          Form form = accept(request, Form.JSON, Form.HTML, Form.MARKDOWN, Form.TEXT);
          String body = text(request);
          Parts parts = Parts.of(body, BODY, Set.of("assessment", "result"));
          Parts.Part ap = parts.required("assessment", ErrorCode.ASSESSMENT_REQUIRED);
          Parts.Part rp = parts.required("result", ErrorCode.RESULT_REQUIRED);
          Assessment a = Parts.read(ap, json::readAssessment);
          ClaimedResult c = Parts.read(rp, json::readResult);
          Verification v = Parts.compute(() -> Verification.of(engine, a, c), ap, rp);
          String text =
              switch (form) {
                case JSON -> VerificationJson.write(v);
                case HTML -> VerificationReport.html(v);
                case MARKDOWN -> VerificationReport.markdown(v);
                case TEXT -> VerificationReport.sentence(v) + "\n";
              };
          return Reply.of(200, form, text, v.recomputed().table());
        }
      case "check":
        {
          Form form = accept(request, Form.JSON);
          RasTable t = json.readTable(body(request), BODY);
          return Reply.of(
              200,
              form,
              CheckJson.write(t, withDeadline(() -> TableChecks.check(t))),
              TableRef.of(t));
        }
      default:
        throw new HttpProblem(ServiceError.NOT_FOUND, "no endpoint at " + Versions.printable(path));
    }
  }

  private Reply compare(Request request, RasEngine engine, Tables.Snapshot s) throws IOException {
    Form form = accept(request, Form.JSON, Form.HTML, Form.MARKDOWN, Form.TEXT);
    String body = text(request);
    Parts parts =
        Parts.of(body, BODY, Set.of("before", "after", "assessment", "beforeTable", "afterTable"));
    Comparison c;
    if (parts.optional("assessment").isPresent()) {
      Parts.Part ap = parts.required("assessment", ErrorCode.ASSESSMENT_REQUIRED);
      Assessment a = Parts.read(ap, json::readAssessment);
      RasTable before = tableRef(parts.required("beforeTable", ErrorCode.ASSESSMENT_REQUIRED), s);
      RasTable after = tableRef(parts.required("afterTable", ErrorCode.ASSESSMENT_REQUIRED), s);
      c = Parts.compute(() -> Comparison.of(before, after, a), ap);
    } else {
      Parts.Part bp = parts.required("before", ErrorCode.ASSESSMENT_REQUIRED);
      Parts.Part ap = parts.required("after", ErrorCode.ASSESSMENT_REQUIRED);
      Assessment before = Parts.read(bp, json::readAssessment);
      Assessment after = Parts.read(ap, json::readAssessment);
      c = Parts.compute(() -> Comparison.of(engine, before, after), bp, ap);
    }
    String text =
        switch (form) {
          case JSON -> ComparisonJson.write(c);
          case HTML -> ComparisonReport.html(c);
          case MARKDOWN -> ComparisonReport.markdown(c);
          case TEXT -> ComparisonReport.text(c);
        };
    return Reply.of(200, form, text, c.before().table(), c.after().table());
  }

  /** A table named in a body as {@code "id@version"}, from the tables served. */
  private static RasTable tableRef(Parts.Part part, Tables.Snapshot s) {
    String text = part.text().trim();
    if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
      throw Parts.moved(
          new org.openras.InvalidAssessmentException(
              null,
              List.of(
                  new org.openras.Problem(
                      ErrorCode.JSON_WRONG_TYPE,
                      "",
                      Optional.of(new org.openras.Location(1, 1)),
                      "a table is named as a string \"id@version\""))),
          part);
    }
    String ref = text.substring(1, text.length() - 1);
    int at = ref.indexOf('@');
    String id = at < 0 ? ref : ref.substring(0, at);
    String version = at < 0 ? "" : ref.substring(at + 1);
    for (RasTable t : s.provider().versions(id)) {
      if (t.version().equals(version)) {
        return t;
      }
    }
    throw Parts.moved(
        new org.openras.TableSelectionException(
            null,
            List.of(
                new org.openras.Problem(
                    ErrorCode.VERSION_UNKNOWN_TABLE,
                    "",
                    Optional.of(new org.openras.Location(1, 1)),
                    "no table '"
                        + Versions.printable(id)
                        + "' version '"
                        + Versions.printable(version)
                        + "' is served; name it as \"id@version\" (see /v1/tables)"))),
        part);
  }

  /** {@code /v1/tables/{id}}, {@code /v1/tables/{id}/{version}} and {@code …/check}. */
  private Reply table(String rest, Request request) {
    String[] seg = rest.split("/", -1);
    Tables.Snapshot s = tables.snapshot();
    if (seg.length == 1) {
      checkTableId(seg[0]);
      return TablesReply.one(seg[0], versions(s, seg[0]));
    }
    for (int i = 2; i < seg.length; i++) {
      checkTableId(seg[i]);
    }
    RasTable t = servedTable(s, seg[0], seg[1]);
    if (seg.length == 2) {
      Form form = accept(request, Form.JSON, Form.HTML, Form.MARKDOWN, Form.TEXT);
      String text =
          switch (form) {
            case JSON -> json.writeTable(t);
            case HTML -> Renderer.html(PublishedTable.of(t));
            case MARKDOWN -> Renderer.markdown(PublishedTable.of(t));
            case TEXT -> Renderer.text(PublishedTable.of(t));
          };
      return Reply.of(200, form, text, TableRef.of(t));
    }
    if (seg.length == 3 && seg[2].equals("check")) {
      Form form = accept(request, Form.JSON);
      return Reply.of(
          200, form, CheckJson.write(t, withDeadline(() -> TableChecks.check(t))), TableRef.of(t));
    }
    throw new HttpProblem(
        ServiceError.NOT_FOUND, "no endpoint at /v1/tables/" + Versions.printable(rest));
  }

  /** A table id or version of a path: 1 to 64 of A-Z a-z 0-9 . _ -, or a 404. */
  static void checkTableId(String x) {
    if (!Versions.isTableId(x)) {
      throw new HttpProblem(
          ServiceError.NOT_FOUND,
          "'"
              + Versions.printable(x)
              + "' is not a table id or version (1 to 64 of A-Z a-z 0-9 . _ -)");
    }
  }

  /** {@return every version of a table served, or a 404} */
  static List<RasTable> versions(Tables.Snapshot s, String id) {
    checkTableId(id);
    List<RasTable> versions = s.provider().versions(id);
    if (versions.isEmpty()) {
      throw new HttpProblem(
          ServiceError.NOT_FOUND,
          "no table '" + id + "' is served (see /v1/tables for the tables served)");
    }
    return versions;
  }

  /** {@return one version of a table served, or a 404} */
  static RasTable servedTable(Tables.Snapshot s, String id, String version) {
    List<RasTable> versions = versions(s, id);
    checkTableId(version);
    return versions.stream()
        .filter(v -> v.version().equals(version))
        .findFirst()
        .orElseThrow(
            () ->
                new HttpProblem(
                    ServiceError.NOT_FOUND, "table '" + id + "' has no version '" + version + "'"));
  }

  /** The pages a person reads in a browser: {@link Pages}. */
  private Reply page(String path, Request request) throws IOException {
    Tables.Snapshot s = tables.snapshot();
    if (path.equals("/")) {
      method(request, "GET");
      return Pages.home(s);
    }
    String method = request.getMethod();
    String body = null;
    if ("POST".equals(method)) {
      body = decodeUtf8(bytes(request, Set.of(Pages.FORM)));
    }
    return Pages.table(
        s, path.substring("/tables/".length()), method, request.getHttpURI().getQuery(), body);
  }

  private Reply ready() {
    Tables.Snapshot s = tables.snapshot();
    return Reply.json(
        200,
        Json.write(
            g -> {
              g.writeStartObject();
              g.writeStringField("status", "ready");
              g.writeStringField("tables", s.source());
              g.writeNumberField("tableCount", s.provider().tableIds().size());
              g.writeStringField("loadedAt", s.loadedAt().toString());
              g.writeStringField("openrasVersion", Versions.OPENRAS);
              g.writeEndObject();
            }));
  }

  // ------------------------------------------------------------------ request checks

  private void authorize(Request request, String route) {
    if (token == null || route.equals("health") || route.equals("ready")) {
      return;
    }
    String given = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (given == null) {
      throw new HttpProblem(
          ServiceError.UNAUTHORIZED, "this service needs an Authorization: Bearer header");
    }
    if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new HttpProblem(ServiceError.UNAUTHORIZED, "the bearer token is not this service's");
    }
  }

  private static void method(Request request, String allowed) {
    if (!allowed.equals(request.getMethod())) {
      throw new HttpProblem(
          ServiceError.METHOD, request.getMethod() + " is not allowed here; use " + allowed);
    }
  }

  static void contentType(Request request, Set<String> allowed) {
    String ct = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String base = ct == null ? "" : ct.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!allowed.contains(base)) {
      throw new HttpProblem(
          ServiceError.MEDIA_TYPE,
          "the body must be "
              + String.join(" or ", allowed)
              + (ct == null
                  ? ", but no Content-Type was given"
                  : ", but is " + Versions.printable(ct)));
    }
  }

  /** The body of a one-document request, within the size limit, for the library's readers. */
  private InputStream body(Request request) throws IOException {
    return new java.io.ByteArrayInputStream(bytes(request));
  }

  /** The body of a request of several documents, as text (strict UTF-8). */
  private String text(Request request) throws IOException {
    return decodeUtf8(bytes(request));
  }

  private static String decodeUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new org.openras.InvalidAssessmentException(
          org.openras.Source.named(BODY),
          List.of(
              org.openras.Problem.at(
                  ErrorCode.JSON_SYNTAX, "", "the body is not well-formed UTF-8 text")));
    }
  }

  private byte[] bytes(Request request) throws IOException {
    return bytes(request, Set.of(JSON));
  }

  /** The body, of one of these content types, within the size limit. */
  private byte[] bytes(Request request, Set<String> types) throws IOException {
    contentType(request, types);
    long declared = request.getLength();
    long max = config.maxBodyBytes();
    if (declared > max) {
      throw new HttpProblem(
          ServiceError.TOO_LARGE,
          "the body is " + declared + " bytes; this service takes at most " + max);
    }
    byte[] bytes;
    try (InputStream in = Content.Source.asInputStream(request)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        // read the rest (within an allowance) so that the 413 is not lost to a reset
        discardRest(in, discardAllowance(config));
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (bytes.length > max) {
      throw new HttpProblem(
          ServiceError.TOO_LARGE, "the body is over " + max + " bytes, this service's limit");
    }
    return bytes;
  }

  /** What is read and thrown away of a refused body beyond the limit of a document: 1 MiB. */
  static final long DISCARD_BEYOND_LIMIT = 1_048_576;

  /**
   * {@return the most of a refused body that is read and thrown away: the limit of a document and 1
   * MiB more}
   *
   * @param config the service's configuration
   */
  static long discardAllowance(ServiceConfig config) {
    long limit = config.maxBodyBytes();
    return limit > Long.MAX_VALUE - DISCARD_BEYOND_LIMIT
        ? Long.MAX_VALUE
        : limit + DISCARD_BEYOND_LIMIT;
  }

  /**
   * Reads and throws away what is left of a refused request's body, when it is within the {@link
   * #discardAllowance discard allowance}. Jetty closes a connection whose body was left unread with
   * a reset, and a reset can overtake the reply, so that a client still sending would see
   * "connection reset" instead of the problem it is owed; a longer body is not read (the limits are
   * there so that it is not), and such a client may see the reset.
   */
  private void discardRest(Request request) {
    long allowance = discardAllowance(config);
    if (request.getLength() <= allowance) {
      discardRest(Content.Source.asInputStream(request), allowance);
    }
  }

  /**
   * Reads and throws away the rest of {@code in}, at most {@code allowance} bytes; a body that
   * stops coming ends it quietly.
   *
   * @param in what is left of a body
   * @param allowance the most bytes read
   */
  static void discardRest(InputStream in, long allowance) {
    long left = allowance;
    byte[] buffer = new byte[8192];
    try {
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= n;
      }
    } catch (IOException e) {
      // the body stopped coming or was already given up: the reply is all that is left to say
    }
  }

  /** A body that stopped coming: the idle timeout, or the client went away. */
  static HttpProblem unreadable(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.util.concurrent.TimeoutException) {
        return new HttpProblem(
            ServiceError.TIMEOUT, "the body did not arrive within the idle timeout");
      }
    }
    return new HttpProblem(
        ServiceError.BAD_REQUEST, "the body could not be read: " + e.getMessage());
  }

  /** The {@code trace} query parameter: {@code true} or {@code false}. */
  static boolean trace(Request request, boolean dflt) {
    String q = request.getHttpURI().getQuery();
    if (q == null) {
      return dflt;
    }
    for (String kv : Splitter.on('&').split(q)) {
      if (kv.equals("trace=false")) {
        return false;
      }
      if (kv.equals("trace=true") || kv.equals("trace")) {
        return true;
      }
      if (kv.startsWith("trace=")) {
        throw new HttpProblem(
            ServiceError.BAD_REQUEST,
            "trace is true or false, but is " + Versions.printable(kv.substring(6)));
      }
    }
    return dflt;
  }

  /** The form the {@code Accept} header asks for, among those the endpoint has (first: default). */
  static Form accept(Request request, Form... forms) {
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    if (accept == null || accept.isBlank()) {
      return forms[0];
    }
    Form best = null;
    double bestQ = 0;
    for (String range : Splitter.on(',').split(accept)) {
      String[] parts = range.split(";", -1);
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].trim();
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q <= bestQ) {
        continue;
      }
      Form match = null;
      if (type.equals("*/*")) {
        match = forms[0];
      } else {
        for (Form f : forms) {
          if (type.equals(f.mediaType)
              || (type.endsWith("/*")
                  && f.mediaType.startsWith(type.substring(0, type.length() - 1)))) {
            match = f;
            break;
          }
        }
      }
      if (match != null) {
        best = match;
        bestQ = q;
      }
    }
    if (best == null) {
      List<String> types = new ArrayList<>();
      for (Form f : forms) {
        types.add(f.mediaType);
      }
      throw new HttpProblem(
          ServiceError.NOT_ACCEPTABLE,
          "this endpoint answers in " + String.join(", ", types) + ", none of which Accept allows");
    }
    return best;
  }

  private void cors(Request request, Response response) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null || config.corsOrigins().isEmpty()) {
      return;
    }
    if (config.corsOrigins().contains("*") || config.corsOrigins().contains(origin)) {
      response.getHeaders().put("Access-Control-Allow-Origin", origin);
      response.getHeaders().put("Vary", "Origin");
      response.getHeaders().put("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      response
          .getHeaders()
          .put("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept");
      response
          .getHeaders()
          .put(
              "Access-Control-Expose-Headers",
              "OpenRAS-Version, OpenRAS-Table-Id, OpenRAS-Table-Version, OpenRAS-Table-Fingerprint");
      response.getHeaders().put("Access-Control-Max-Age", "600");
    }
  }

  // ------------------------------------------------------------------ replies

  static void common(Response response) {
    response.getHeaders().put("OpenRAS-Version", Versions.OPENRAS);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
  }

  private static void send(Response response, Callback callback, Reply reply) {
    response.setStatus(reply.status);
    common(response);
    if (!reply.tables.isEmpty()) {
      Set<String> ids = new LinkedHashSet<>();
      Set<String> versions = new LinkedHashSet<>();
      Set<String> prints = new LinkedHashSet<>();
      for (TableRef t : reply.tables) {
        ids.add(t.id());
        versions.add(t.version());
        prints.add(t.fingerprint().value());
      }
      response.getHeaders().put("OpenRAS-Table-Id", String.join(", ", ids));
      response.getHeaders().put("OpenRAS-Table-Version", String.join(", ", versions));
      response.getHeaders().put("OpenRAS-Table-Fingerprint", String.join(", ", prints));
    }
    if (reply.body == null) {
      callback.succeeded();
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType);
    if (reply.contentType.startsWith("text/html")) {
      response.getHeaders().put("Content-Security-Policy", Pages.POLICY);
    }
    byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** One reply: status, content type, body and the tables it used. */
  static final class Reply {
    final int status;
    final String contentType;
    final String body;
    final List<TableRef> tables;

    Reply(int status, String contentType, String body, List<TableRef> tables) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.tables = tables == null ? List.of() : tables;
    }

    static Reply json(int status, String body) {
      return new Reply(status, JSON, body, null);
    }

    static Reply problem(int status, String body) {
      return new Reply(status, Problems.MEDIA_TYPE, body, null);
    }

    static Reply empty(int status) {
      return new Reply(status, null, null, null);
    }

    static Reply of(int status, Form form, String body, TableRef... tables) {
      String type = form.mediaType + (form == Form.JSON ? "" : "; charset=utf-8");
      return new Reply(status, type, body, List.of(tables));
    }
  }

  static Optional<String> header(Request r, String name) {
    return Optional.ofNullable(r.getHeaders().get(name));
  }
}
