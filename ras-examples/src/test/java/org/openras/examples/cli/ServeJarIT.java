package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.RasEngine;
import org.openras.tables.RasJson;

/**
 * The built {@code target/ras.jar} serving the worked example: it answers with the library's
 * result, and stops gracefully on SIGTERM.
 */
class ServeJarIT {
  private static final Path JAR = Paths.get("target", "ras.jar");

  @Test
  void theJarServesTheWorkedExampleAndStopsOnSigterm() throws Exception {
    Process p =
        new ProcessBuilder("java", "-jar", JAR.toString(), "serve", "--port", "0")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String assessment = assessment();
      HttpResponse<String> r = calculate(servingOn(p), assessment);
      assertThat(r.statusCode()).isEqualTo(200);
      RasJson json = RasJson.standard();
      String table;
      try (InputStream in = ServeJarIT.class.getResourceAsStream(DemoCommand.TABLE)) {
        table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(r.body())
          .isEqualTo(
              json.writeResult(
                  RasEngine.of(json.readTable(table, "t"))
                      .calculate(json.readAssessment(assessment, "a"))));
      assertThat(r.headers().firstValue("OpenRAS-Table-Id")).hasValue("worked-example");
    } finally {
      p.destroy(); // SIGTERM: the shutdown hook stops the server gracefully
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(p.exitValue()).isIn(0, 143);
  }

  /**
   * Up to its first answer, {@code ras serve} builds the model of no other subcommand and starts no
   * JMX (Jetty's probe of compressed references, which the platform MBean server answers): the two
   * took half of its start-up. Read from the JVM's own log of the classes it loaded.
   */
  @Test
  void theFirstAnswerNeedsNeitherOtherSubcommandsNorJmx(@TempDir Path dir) throws Exception {
    Path loaded = dir.resolve("classes.txt");
    Process p =
        new ProcessBuilder(
                "java",
                "-Xlog:class+load=info:file=" + loaded,
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String classes;
    try {
      assertThat(calculate(servingOn(p), assessment()).statusCode()).isEqualTo(200);
      classes = Files.readString(loaded, StandardCharsets.UTF_8);
    } finally {
      p.destroy();
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    // the log is complete up to the answer: the command, the server and the engine are in it
    assertThat(classes)
        .contains(" org.openras.examples.cli.ServeCommand ")
        .contains(" org.eclipse.jetty.server.Server ")
        .contains(" org.openras.engine.RasEngine ");
    assertThat(classes)
        .doesNotContain(" java.lang.management.ManagementFactory ")
        .doesNotContain(" javax.management.MBeanServer ")
        // the types of other subcommands' options, which only picocli's model of them loads
        .doesNotContain(" org.openras.examples.cli.CheckCommand$Format ")
        .doesNotContain(" org.openras.examples.cli.CompareCommand$Mode ")
        .doesNotContain(" org.openras.calibration.Calibration$Shape ");
  }

  /** Waits for the service's "serving on" line; {@return its base address} */
  private static String servingOn(Process p) throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
    Pattern serving = Pattern.compile("ras: serving on (http://127\\.0\\.0\\.1:\\d+/)");
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      Matcher m = serving.matcher(line);
      if (m.find()) {
        // keep draining the log, so that the service never blocks on a full pipe
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (err.readLine() != null) {
                      // the access log, not needed here
                    }
                  } catch (IOException e) {
                    // the process ended
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError("the service never said where it serves");
  }

  private static String assessment() throws IOException {
    try (InputStream in = ServeJarIT.class.getResourceAsStream(DemoCommand.ASSESSMENT)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static HttpResponse<String> calculate(String base, String assessment)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "v1/calculate"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(assessment))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
