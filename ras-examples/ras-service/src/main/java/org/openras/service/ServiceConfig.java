package org.openras.service;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.openras.spi.TableProvider;

/**
 * How a {@link RasService} runs: where it listens, which tables it serves, its limits and its
 * access rules. Immutable; each {@code with…} method returns a changed copy.
 *
 * @param bind the address to listen on; {@code 127.0.0.1} unless told otherwise
 * @param port the TCP port, or 0 for any free port
 * @param tablesDir the directory whose {@code *.json} tables are served and reloaded when it
 *     changes, or null when {@code fixedTables} are served
 * @param fixedTables the tables served when there is no directory (the worked example), or null
 * @param fixedTablesName how the fixed tables are named in replies and logs
 * @param maxBodyBytes the largest request body of a single document, in bytes (413 above)
 * @param maxBatchBytes the largest body of a streaming batch, in bytes (413 above)
 * @param idleTimeout how long a connection may stay silent, also in the middle of a body
 * @param reloadInterval how often the tables directory is looked at for changes
 * @param token the bearer token every request but health and readiness must carry, if any
 * @param corsOrigins the origins allowed to call from a browser (CORS), none by default
 * @param stopTimeout how long a stop waits for requests under way to finish
 * @param computeTimeout the deadline of the computations whose time can grow beyond a few
 *     milliseconds (table checks, what-if); past it the reply is 504 ({@code RAS-H504})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ServiceConfig(
    String bind,
    int port,
    Path tablesDir,
    TableProvider fixedTables,
    String fixedTablesName,
    long maxBodyBytes,
    long maxBatchBytes,
    Duration idleTimeout,
    Duration reloadInterval,
    Optional<String> token,
    List<String> corsOrigins,
    Duration stopTimeout,
    Duration computeTimeout) {
  /**
   * An origin as a browser sends it in its {@code Origin} header (RFC 6454): a scheme, a host and
   * perhaps a port, in lower case; the service compares it with the header as it is.
   */
  private static final Pattern ORIGIN =
      Pattern.compile("[a-z][a-z0-9+.-]*://(\\[[0-9a-f:.]+\\]|[a-z0-9._~%-]+)(:[0-9]{1,5})?");

  /** The default port, 8080. */
  public static final int DEFAULT_PORT = 8080;

  /**
   * Checks the configuration.
   *
   * @param bind the address to listen on
   * @param port the TCP port, or 0 for any free port
   * @param tablesDir the tables directory, or null
   * @param fixedTables the fixed tables, or null
   * @param fixedTablesName the name of the fixed tables
   * @param maxBodyBytes the largest body of one document
   * @param maxBatchBytes the largest body of a batch
   * @param idleTimeout the idle timeout of connections
   * @param reloadInterval how often the directory is looked at
   * @param token the bearer token, if any
   * @param corsOrigins the origins allowed by CORS
   * @param stopTimeout how long a stop waits
   * @param computeTimeout the deadline of table checks and what-if computations
   */
  public ServiceConfig {
    requireNonNull(bind, "bind");
    requireNonNull(fixedTablesName, "fixedTablesName");
    requireNonNull(idleTimeout, "idleTimeout");
    requireNonNull(reloadInterval, "reloadInterval");
    requireNonNull(token, "token");
    requireNonNull(stopTimeout, "stopTimeout");
    requireNonNull(computeTimeout, "computeTimeout");
    if (computeTimeout.isNegative() || computeTimeout.isZero()) {
      throw new IllegalArgumentException("the compute timeout must be positive");
    }
    corsOrigins = List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      if (!origin.equals("*") && !ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException(
            "'"
                + origin
                + "' is not an origin as a browser sends it: write * or scheme://host[:port],"
                + " in lower case, with no path or trailing slash (e.g."
                + " https://cases.example.gov.uk)");
      }
    }
    if ((tablesDir == null) == (fixedTables == null)) {
      throw new IllegalArgumentException("exactly one of tablesDir and fixedTables is needed");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, but is " + port);
    }
    if (maxBodyBytes <= 0 || maxBatchBytes <= 0) {
      throw new IllegalArgumentException("body limits must be positive");
    }
    if (token.isPresent() && token.get().isBlank()) {
      throw new IllegalArgumentException("the token must not be blank");
    }
  }

  /**
   * {@return a configuration serving the {@code *.json} tables of a directory on 127.0.0.1:8080}
   *
   * @param dir the tables directory
   */
  public static ServiceConfig directory(Path dir) {
    return defaults(requireNonNull(dir, "dir"), null, dir.toString());
  }

  /**
   * {@return a configuration serving fixed tables (such as the built-in worked example)}
   *
   * @param tables the tables
   * @param name how the tables are named in replies and logs
   */
  public static ServiceConfig fixed(TableProvider tables, String name) {
    return defaults(null, requireNonNull(tables, "tables"), name);
  }

  private static ServiceConfig defaults(Path dir, TableProvider tables, String name) {
    return new ServiceConfig(
        "127.0.0.1",
        DEFAULT_PORT,
        dir,
        tables,
        name,
        1_048_576,
        1_073_741_824L,
        Duration.ofSeconds(30),
        Duration.ofSeconds(2),
        Optional.empty(),
        List.of(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(10));
  }

  /**
   * {@return this configuration listening on another address and port}
   *
   * @param bind the address, such as {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port the port, or 0 for any free port
   */
  public ServiceConfig withAddress(String bind, int port) {
    Copy c = new Copy();
    c.bind = bind;
    c.port = port;
    return c.build();
  }

  /**
   * {@return this configuration with other body limits}
   *
   * @param maxBodyBytes the largest body of one document, in bytes
   * @param maxBatchBytes the largest body of a batch, in bytes
   */
  public ServiceConfig withBodyLimits(long maxBodyBytes, long maxBatchBytes) {
    Copy c = new Copy();
    c.maxBodyBytes = maxBodyBytes;
    c.maxBatchBytes = maxBatchBytes;
    return c.build();
  }

  /**
   * {@return this configuration with other timings}
   *
   * @param idleTimeout how long a connection may stay silent
   * @param reloadInterval how often the tables directory is looked at
   * @param stopTimeout how long a stop waits for requests under way
   */
  public ServiceConfig withTimings(
      Duration idleTimeout, Duration reloadInterval, Duration stopTimeout) {
    Copy c = new Copy();
    c.idleTimeout = idleTimeout;
    c.reloadInterval = reloadInterval;
    c.stopTimeout = stopTimeout;
    return c.build();
  }

  /**
   * {@return this configuration requiring a bearer token}
   *
   * @param token the token every request (but health and readiness) must carry
   */
  public ServiceConfig withToken(String token) {
    Copy c = new Copy();
    c.token = Optional.of(token);
    return c.build();
  }

  /**
   * {@return this configuration allowing browsers from these origins (CORS)}
   *
   * @param origins the origins, such as {@code https://cases.example.gov.uk}, or {@code *}
   * @throws IllegalArgumentException when one is not an origin as a browser sends it (a scheme, a
   *     host and perhaps a port, in lower case, with no path)
   */
  public ServiceConfig withCorsOrigins(List<String> origins) {
    Copy c = new Copy();
    c.corsOrigins = origins;
    return c.build();
  }

  /**
   * {@return this configuration with another deadline for table checks and what-if computations}
   *
   * @param computeTimeout the deadline, positive; past it the reply is 504 ({@code RAS-H504})
   */
  public ServiceConfig withComputeTimeout(Duration computeTimeout) {
    Copy c = new Copy();
    c.computeTimeout = computeTimeout;
    return c.build();
  }

  /**
   * This configuration's fields, to change some and build the copy: the one place a {@code with…}
   * method names every field, so that a new field is carried by all of them.
   */
  private final class Copy {
    String bind = ServiceConfig.this.bind;
    int port = ServiceConfig.this.port;
    Path tablesDir = ServiceConfig.this.tablesDir;
    TableProvider fixedTables = ServiceConfig.this.fixedTables;
    String fixedTablesName = ServiceConfig.this.fixedTablesName;
    long maxBodyBytes = ServiceConfig.this.maxBodyBytes;
    long maxBatchBytes = ServiceConfig.this.maxBatchBytes;
    Duration idleTimeout = ServiceConfig.this.idleTimeout;
    Duration reloadInterval = ServiceConfig.this.reloadInterval;
    Optional<String> token = ServiceConfig.this.token;
    List<String> corsOrigins = ServiceConfig.this.corsOrigins;
    Duration stopTimeout = ServiceConfig.this.stopTimeout;
    Duration computeTimeout = ServiceConfig.this.computeTimeout;

    ServiceConfig build() {
      return new ServiceConfig(
          bind,
          port,
          tablesDir,
          fixedTables,
          fixedTablesName,
          maxBodyBytes,
          maxBatchBytes,
          idleTimeout,
          reloadInterval,
          token,
          corsOrigins,
          stopTimeout,
          computeTimeout);
    }
  }
}
