package org.openras.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpGenerator;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.ManagedSelector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.ShutdownMonitor;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ExceptionUtil;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.security.SecurityUtils;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.ShutdownThread;
import org.eclipse.jetty.util.thread.strategy.AdaptiveExecutionStrategy;
import org.openras.RasException;
import org.openras.tables.RasJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenRAS HTTP service ({@code ras serve}): a JSON API under {@code /v1/} over the tables of a
 * directory (reloaded when it changes) or fixed tables. Start it with {@link #start}, stop it with
 * {@link #close}.
 *
 * <p>See {@code docs/service.md} and the OpenAPI document at {@code /v1/openapi.json}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RasService implements AutoCloseable {
  private static final String LOG_NAME = "org.openras.service";
  private static final AtomicReference<Preparation> PREPARED = new AtomicReference<>();

  /**
   * The service's log. Not a constant: {@link #prepare} initialises this class on its caller's
   * thread, which must not be kept waiting for the logging to start.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(LOG_NAME);
  }

  private final Server server;
  private final ServerConnector connector;
  private final Tables tables;
  private final Metrics metrics;
  private final Api api;
  private final java.time.Duration stopTimeout;
  private ScheduledExecutorService reloader;

  private RasService(
      Server server,
      ServerConnector connector,
      Tables tables,
      Metrics metrics,
      Api api,
      java.time.Duration stopTimeout) {
    this.api = api;
    this.stopTimeout = stopTimeout;
    this.server = server;
    this.connector = connector;
    this.tables = tables;
    this.metrics = metrics;
  }

  /**
   * Loads the tables and starts listening.
   *
   * @param config where to listen, which tables, limits and access rules
   * @return the running service
   * @throws RasException when the tables cannot be loaded (every problem located)
   * @throws IllegalStateException when the server cannot listen (the port is taken, say)
   */
  public static RasService start(ServiceConfig config) {
    Preparation preparation = PREPARED.get();
    if (preparation != null) {
      // no logger before SLF4J is ready: one asked for during its initialisation, from another
      // thread, would be a stand-in (and, in a narrow window, one that stays silent)
      preparation.logging().join();
    }
    Tables tables =
        config.tablesDir() != null
            ? Tables.directory(config.tablesDir())
            : Tables.fixed(config.fixedTables(), config.fixedTablesName());
    Metrics metrics = new Metrics();
    if (preparation != null && !preparation.jetty().isDone()) {
      // waiting for the preparing thread anyway: run the calculate endpoint's own steps once now,
      // on this thread and before anything listens, rather than on the first request's thread
      Calculation.warmUp(RasJson.standard(), tables.snapshot());
      openChannels();
    }

    Jetty jetty = preparedOrNew();
    Server server = jetty.server();
    ServerConnector connector = jetty.connector();
    connector.setHost(config.bind());
    connector.setPort(config.port());
    connector.setIdleTimeout(config.idleTimeout().toMillis());

    Api api = new Api(config, tables, metrics);
    GracefulHandler graceful = new GracefulHandler(api);
    server.setHandler(graceful);
    server.setErrorHandler(new ProblemErrorHandler(metrics));
    server.setStopTimeout(config.stopTimeout().toMillis());
    server.setStopAtShutdown(false);
    try {
      server.start();
    } catch (Exception e) {
      try {
        server.stop();
      } catch (Exception ignored) {
        // nothing more to release
      }
      throw new IllegalStateException(
          "cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage(), e);
    }
    RasService s = new RasService(server, connector, tables, metrics, api, config.stopTimeout());
    if (tables.reloadable()) {
      ScheduledExecutorService reloader =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "openras-reload");
                t.setDaemon(true);
                return t;
              });
      long every = Math.max(1, config.reloadInterval().toMillis());
      var unused =
          reloader.scheduleWithFixedDelay(
              () -> {
                try {
                  s.reloadNow();
                } catch (RuntimeException e) {
                  log().error("reload of the tables failed", e);
                }
              },
              every,
              every,
              TimeUnit.MILLISECONDS);
      s.reloader = reloader;
    }
    log()
        .info("OpenRAS {} serving {} on {}", Versions.OPENRAS, tables.snapshot().source(), s.uri());
    return s;
  }

  /**
   * Begins building, on a daemon thread, the parts of the server that depend on no configuration,
   * for the next {@link #start} to take: Jetty's server, thread pool and connector (building them
   * starts the logging, and Jetty's table of media types asks the JDK for every locale it knows),
   * and the classes every request goes through (Jetty's HTTP parser and generator, its dates). A
   * program that will start the service, such as {@code ras serve}, calls it first, so that this
   * overlaps with its own work (reading its arguments, loading the tables) on another core; {@link
   * #start} then waits for it rather than doing it again. Optional, and calling it again before a
   * start does nothing.
   *
   * <p>Between this call and the start, the caller may use OpenRAS's libraries but not Jetty: the
   * preparing thread initialises Jetty's classes, and two threads initialising classes that need
   * each other could deadlock. The thread touches nothing but Jetty, SLF4J (which it starts first;
   * the start waits for that before it asks for a logger) and the JDK.
   */
  public static void prepare() {
    CompletableFuture<Void> logging = new CompletableFuture<>();
    FutureTask<Jetty> jetty =
        new FutureTask<>(
            () -> {
              try {
                LoggerFactory.getILoggerFactory();
              } finally {
                logging.complete(null);
              }
              return jetty();
            });
    if (PREPARED.compareAndSet(null, new Preparation(logging, jetty))) {
      Thread t = new Thread(jetty, "openras-prepare");
      t.setDaemon(true);
      t.start();
      // Jetty's table of media types asks the JDK for every locale it knows (MimeTypes'
      // KNOWN_LOCALES), which the JDK works out once, from its locale data, and then keeps: the
      // largest single step of the preparing thread, so begun at once on a thread of its own
      Thread locales = new Thread(Locale::getAvailableLocales, "openras-locales");
      locales.setDaemon(true);
      locales.start();
    }
  }

  /** {@return whether parts {@link #prepare} began are waiting for a start (for tests)} */
  static boolean prepared() {
    return PREPARED.get() != null;
  }

  /**
   * What {@link #prepare} began.
   *
   * @param logging done once SLF4J is ready
   * @param jetty the server's parts
   */
  private record Preparation(CompletableFuture<Void> logging, FutureTask<Jetty> jetty) {}

  /** The server's parts that depend on no configuration. */
  private record Jetty(Server server, ServerConnector connector) {}

  /** {@return the parts {@link #prepare} built, when it was called, else new ones} */
  private static Jetty preparedOrNew() {
    Preparation preparation = PREPARED.getAndSet(null);
    if (preparation != null) {
      try {
        return preparation.jetty().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        log().warn("preparing the server failed, building it again: {}", e.getCause().toString());
      }
    }
    return jetty();
  }

  /** Builds the server's parts that depend on no configuration (nothing is started). */
  private static Jetty jetty() {
    withoutJmx();
    QueuedThreadPool pool = new QueuedThreadPool(200, 8);
    pool.setName("openras-http");
    Server server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setSendDateHeader(true);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    server.addConnector(connector);
    // what every request initialises on its way (their tables of known headers, the Date header),
    // and what the start does before it listens (its shutdown hook, selectors, scheduler)
    for (Class<?> c :
        List.of(
            HttpParser.class,
            HttpGenerator.class,
            DateGenerator.class,
            ShutdownThread.class,
            SecurityUtils.class,
            ShutdownMonitor.class,
            ExceptionUtil.class,
            VirtualThreads.class,
            ScheduledExecutorScheduler.class,
            AdaptiveExecutionStrategy.class,
            ManagedSelector.class)) {
      try {
        Class.forName(c.getName(), true, c.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    openChannels();
    return new Jetty(server, connector);
  }

  /** Whether {@link #openChannels} has run (or is running) in this JVM. */
  private static final AtomicBoolean CHANNELS_OPENED = new AtomicBoolean();

  /**
   * Opens and closes, unbound, the JDK's kinds of channel the start opens (a server socket and a
   * selector), so that the JDK's network classes (its selector provider, socket options, epoll) are
   * initialised ahead of the start, by whichever of the preparing thread and the start's thread is
   * waiting for the other first; only the first call in a JVM does anything. Only JDK classes:
   * either thread may. A failure here is the start's to report, so it is ignored.
   */
  static void openChannels() {
    if (!CHANNELS_OPENED.compareAndSet(false, true)) {
      return;
    }
    try (ServerSocketChannel channel = ServerSocketChannel.open();
        Selector selector = Selector.open()) {
      channel.socket().setReuseAddress(true);
      channel.configureBlocking(false);
    } catch (IOException | RuntimeException e) {
      // nothing is lost: the start opens its own and reports what fails
    }
  }

  /** The system property that spares Jetty its JMX probe (see {@link #withoutJmx}). */
  static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  /**
   * Spares the start the platform MBean server. Jetty's {@code MemoryUtils}, initialised with the
   * thread pool's queue, asks JMX's HotSpot diagnostic bean whether object references are
   * compressed, to compute a number of references per cache line, unless the system property
   * {@value #REFERENCES_PER_CACHE_LINE} gives it: starting the MBean server registers every
   * platform bean (JFR's included), a tenth of the start. Nothing in Jetty 12.1 reads that number
   * (its queue pads by integers per cache line, which does not depend on it), so when the property
   * is not set it is set to the value compressed references give (the JVM's default on heaps under
   * 32 GB). A value the user gives is left alone.
   */
  static void withoutJmx() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      int cacheLine = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64);
      System.setProperty(REFERENCES_PER_CACHE_LINE, Integer.toString(Math.max(1, cacheLine / 4)));
    }
  }

  /** {@return the port the service listens on (the one chosen when the configuration said 0)} */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@return the service's base address, such as {@code http://127.0.0.1:8080/}} */
  public URI uri() {
    String host = connector.getHost();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** {@return the address the service listens on} */
  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), port());
  }

  /**
   * Looks at the tables directory now rather than at the next interval (for tests and signals).
   *
   * @return 1 when a changed set was loaded, -1 when it was refused, 0 when nothing changed
   */
  public synchronized int reloadNow() {
    int outcome = tables.reloadIfChanged();
    if (outcome != 0) {
      metrics.reloaded(outcome > 0);
    }
    return outcome;
  }

  /** {@return the requests being handled now (for tests)} */
  int requestsUnderWay() {
    return api.requestsUnderWay();
  }

  /** Waits until the service has stopped. */
  public void join() {
    try {
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops gracefully: stops accepting connections, refuses new requests on open connections (503,
   * {@code RAS-H503}), lets the requests under way finish (a streaming batch whose body is still
   * arriving included, as long as it keeps arriving within the idle timeout), and waits for them at
   * most the configured stop timeout before closing what is left.
   */
  @Override
  public void close() {
    if (reloader != null) {
      reloader.shutdownNow();
    }
    // Jetty's graceful stop sets every connection's idle timeout to one second, which cuts a body
    // still arriving more slowly (a streaming batch); so first refuse new connections and
    // requests, wait for those under way, and only then stop Jetty (which then closes the idle
    // connections within that second).
    api.stopping();
    connector.close();
    if (!api.awaitIdle(stopTimeout)) {
      log().warn("stopping with requests still under way after {} ms", stopTimeout.toMillis());
    }
    try {
      server.stop();
    } catch (Exception e) {
      log().warn("stopping the server: {}", e.toString());
    }
    api.close();
  }

  /** Jetty's own refusals (a malformed request line, a path trick) as problem details. */
  static final class ProblemErrorHandler extends ErrorHandler {
    private final Metrics metrics;

    ProblemErrorHandler(Metrics metrics) {
      this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      Object s = request.getAttribute(ErrorHandler.ERROR_STATUS);
      int status = s instanceof Integer i ? i : response.getStatus();
      ServiceError error = ServiceError.ofStatus(status);
      Object m = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
      String detail = m == null ? error.rule : Versions.printable(m.toString());
      String body = Problems.of(error, detail, null, Versions.OPENRAS);
      response.setStatus(error.status);
      Api.common(response);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
      metrics.record("rejected", error.status, error.code, 0);
      response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
      return true;
    }
  }
}
