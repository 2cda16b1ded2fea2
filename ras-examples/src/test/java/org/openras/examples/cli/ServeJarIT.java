package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
      BufferedReader err =
          new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
      Pattern serving = Pattern.compile("ras: serving on (http://127\\.0\\.0\\.1:\\d+/)");
      String base = null;
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher m = serving.matcher(line);
        if (m.find()) {
          base = m.group(1);
          break;
        }
      }
      assertThat(base).isNotNull();
      String assessment;
      try (InputStream in = ServeJarIT.class.getResourceAsStream(DemoCommand.ASSESSMENT)) {
        assessment = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "v1/calculate"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(assessment))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
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
}
