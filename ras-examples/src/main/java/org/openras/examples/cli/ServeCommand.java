package org.openras.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Tracing;
import org.openras.service.RasService;
import org.openras.service.ServiceConfig;
import org.openras.spi.TableProvider;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import org.openras.tables.TableProviders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ras serve}: the budget over HTTP, a JSON API for any case-management system. */
@Command(
    name = ServeCommand.NAME,
    mixinStandardHelpOptions = true,
    description = {
      "Serves the budget over HTTP: a JSON API under /v1/ (calculate, explain, whatif,",
      "compare, verify, check, tables, batch), with the OpenAPI document at",
      "/v1/openapi.json. Serves the tables of --tables DIR (every version; the one in force",
      "is chosen by date; reloaded when the directory changes), or the spec's worked",
      "example. Listens on 127.0.0.1 unless told otherwise; stops on Ctrl-C or SIGTERM."
    })
final class ServeCommand implements Callable<Integer> {
  /** The subcommand's name, which {@link RasCommand} finds it by without reflection. */
  static final String NAME = "serve";

  /** The name the built-in worked example is served under. */
  private static final String BUILT_IN = "worked example (built in)";

  /**
   * The built-in worked example, read and calculated once by {@link #warmUp} on a thread of its
   * own, until a run takes it; else null.
   */
  private static final AtomicReference<FutureTask<TableProvider>> WARM_UP = new AtomicReference<>();

  /**
   * Begins, on a daemon thread, what every {@code ras serve} does before it can answer, whatever
   * its options: reading a table and an assessment, checking the table, calculating and writing a
   * result, here on the built-in worked example. It overlaps with picocli reading the arguments on
   * the main thread (a third of a second of loading and initialising classes on each side), and the
   * table it reads is the one served when no {@code --tables} is given. {@link #call} waits for it
   * before it touches OpenRAS itself, so that no class is being initialised by both threads at
   * once. A failure here is ignored: the run reads the example again and reports what it finds.
   */
  static void warmUp() {
    FutureTask<TableProvider> task =
        new FutureTask<>(
            () -> {
              TableProvider example = builtIn();
              RasJson json = RasJson.standard();
              try (InputStream in = DemoCommand.resource(DemoCommand.ASSESSMENT)) {
                Assessment a = json.readAssessment(in, DemoCommand.ASSESSMENT);
                RasTable table = example.versions(example.tableIds().iterator().next()).get(0);
                json.writeResult(RasEngine.of(table).calculate(a, Tracing.OFF));
              }
              return example;
            });
    WARM_UP.set(task);
    Thread t = new Thread(task, "openras-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** {@return the built-in worked example's table, read from the jar} */
  private static TableProvider builtIn() {
    return TableProviders.classpath(
        ServeCommand.class.getClassLoader(), DemoCommand.TABLE.substring(1));
  }

  /**
   * Waits for what {@link #warmUp} began, and takes it.
   *
   * @return the worked example it read; null when it failed, never began or was taken
   */
  static TableProvider warmedUp() {
    FutureTask<TableProvider> task = WARM_UP.getAndSet(null);
    if (task == null) {
      return null;
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      return null;
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--tables",
      paramLabel = "DIR",
      description = "A directory of ras-table/1 files (default: the built-in worked example).")
  Path tables;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "A file holding the bearer token every request (but health and readiness) must"
              + " carry. Required to listen beyond localhost.")
  Path tokenFile;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description = "An origin browsers may call from (repeat; * for any). CORS is off by default.")
  List<String> corsOrigins = List.of();

  @Option(
      names = "--max-body",
      paramLabel = "SIZE",
      defaultValue = "1m",
      converter = ByteSize.class,
      description =
          "The largest body of one document: bytes, or k, m or g (1024, 1024² or 1024³ bytes)"
              + " (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(
      names = "--max-batch",
      paramLabel = "SIZE",
      defaultValue = "1g",
      converter = ByteSize.class,
      description =
          "The largest body of a batch, written as --max-body's (default: ${DEFAULT-VALUE}).")
  long maxBatch;

  @Option(
      names = "--compute-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "The deadline of a table check or a what-if, 1 to 3600 seconds; past it the reply is"
              + " 504 (default: ${DEFAULT-VALUE}).")
  int computeTimeout;

  @Option(
      names = "--allow-unauthenticated",
      description = "Listen beyond localhost without a token (behind a proxy that authenticates).")
  boolean allowUnauthenticated;

  @Override
  public Integer call() {
    TableProvider example = warmedUp();
    ServiceConfig config =
        tables != null
            ? ServiceConfig.directory(tables)
            : ServiceConfig.fixed(example != null ? example : builtIn(), BUILT_IN);
    if (computeTimeout < 1 || computeTimeout > 3600) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--compute-timeout must be 1 to 3600 seconds, but is " + computeTimeout);
    }
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be 0 to 65535, but is " + port);
    }
    if (maxBody < 1 || maxBatch < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          (maxBody < 1 ? "--max-body" : "--max-batch") + " must be at least 1 byte");
    }
    config =
        config
            .withAddress(bind, port)
            .withBodyLimits(maxBody, maxBatch)
            .withComputeTimeout(java.time.Duration.ofSeconds(computeTimeout));
    if (!corsOrigins.isEmpty()) {
      try {
        config = config.withCorsOrigins(corsOrigins);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--cors-origin " + e.getMessage());
      }
    }
    if (tokenFile != null) {
      String token;
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "cannot read the token file " + tokenFile + ": " + e);
      }
      if (token.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "the token file " + tokenFile + " is empty");
      }
      config = config.withToken(token);
    } else if (!loopback(bind) && !allowUnauthenticated) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--bind "
              + bind
              + " listens beyond localhost: give --token-file FILE (or"
              + " --allow-unauthenticated behind a proxy that authenticates)");
    }
    RasService service;
    try {
      service = RasService.start(config);
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("ras: " + e.getMessage());
      return RasCommand.BAD_INPUT;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "openras-stop"));
    spec.commandLine().getErr().println("ras: serving on " + service.uri() + " (Ctrl-C to stop)");
    spec.commandLine().getErr().flush();
    service.join();
    return RasCommand.DONE;
  }

  private static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
