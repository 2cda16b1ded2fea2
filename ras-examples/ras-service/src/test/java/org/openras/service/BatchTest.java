package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.RasEngine;
import org.openras.engine.Tracing;
import org.openras.tables.RasJson;

/** The streaming batch: one line out for each line in, a bad line giving one problem line. */
class BatchTest {
  @TempDir static Path dir;
  static Served served;
  static final RasJson JSON = RasJson.standard();
  static String line;

  @BeforeAll
  static void start() {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    served =
        new Served(
            ServiceConfig.directory(dir)
                .withBodyLimits(5_000, 60_000)
                .withTimings(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofSeconds(2)));
    line = Batch.minify(Served.resource(Served.ASSESSMENT));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static HttpResponse<String> batch(String path, String body) {
    return served.send(
        HttpRequest.newBuilder(served.uri(path))
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void eachLineGivesOneLineAndABadLineOnlyItsError() {
    String bad = line.replace("\"1C\"", "\"1Z\"");
    String body = line + "\n" + bad + "\n{not json\n\n" + line + "\r\n";
    long before = batchesCounted();
    HttpResponse<String> r = batch("/v1/batch", body);
    assertThat(r.statusCode()).isEqualTo(200);
    // counted before its last chunk: the client that has the whole reply finds it counted
    assertThat(batchesCounted()).isEqualTo(before + 1);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
    List<String> out = r.body().lines().collect(Collectors.toList());
    assertThat(out).hasSize(4);
    RasEngine engine = RasEngine.of(JSON.readTable(Served.resource(Served.TABLE), "t"));
    String expected =
        Batch.minify(
            JSON.writeResult(engine.calculate(JSON.readAssessment(line, "l"), Tracing.OFF)));
    assertThat(out.get(0)).isEqualTo(expected);
    assertThat(out.get(3)).isEqualTo(expected);
    JsonNode e1 = parse(out.get(1));
    assertThat(e1.get("line").asInt()).isEqualTo(2);
    assertThat(e1.get("code").asText()).isEqualTo("RAS-A003");
    assertThat(e1.get("status").asInt()).isEqualTo(422);
    assertThat(e1.get("problems").get(0).get("pointer").asText()).isEqualTo("/answers/Q1");
    JsonNode e2 = parse(out.get(2));
    assertThat(e2.get("line").asInt()).isEqualTo(3);
    assertThat(e2.get("code").asText()).isEqualTo("RAS-J001");
  }

  @Test
  void traceTrueGivesTheFullResults() {
    HttpResponse<String> r = batch("/v1/batch?trace=true", line + "\n");
    assertThat(parse(r.body().strip()).get("trace").size()).isPositive();
  }

  @Test
  void aLongLineIsAnErrorLineAndTheRestGoesOn() {
    String longLine = "{\"id\": \"" + "x".repeat(6_000) + "\"}";
    HttpResponse<String> r = batch("/v1/batch", longLine + "\n" + line + "\n");
    List<String> out = r.body().lines().collect(Collectors.toList());
    assertThat(out).hasSize(2);
    assertThat(parse(out.get(0)).get("code").asText()).isEqualTo("RAS-J006");
    assertThat(parse(out.get(1)).get("format").asText()).isEqualTo("ras-result/1");
  }

  @Test
  void aBatchOverItsLimitStopsWithAProblemLine() {
    String body = IntStream.range(0, 200).mapToObj(i -> line).collect(Collectors.joining("\n"));
    long too = counted("openras_requests_total{endpoint=\"batch\",status=\"413\"}");
    long ok = counted("openras_requests_total{endpoint=\"batch\",status=\"200\"}");
    long errors = counted("openras_errors_total{code=\"RAS-H413\"}");
    HttpResponse<String> declared = batch("/v1/batch", body);
    Served.assertProblem(declared, 413, "RAS-H413");
    HttpResponse<String> chunked =
        served.send(
            HttpRequest.newBuilder(served.uri("/v1/batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new java.io.ByteArrayInputStream(
                                body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build());
    List<String> out = chunked.body().lines().collect(Collectors.toList());
    assertThat(parse(out.get(0)).get("format").asText()).isEqualTo("ras-result/1");
    assertThat(parse(out.get(out.size() - 1)).get("code").asText()).isEqualTo("RAS-H413");
    assertThat(served.get("/v1/health").statusCode()).isEqualTo(200);
    // counted as what was sent: a 200 reply whose last line is a RAS-H413 problem
    assertThat(chunked.statusCode()).isEqualTo(200);
    assertThat(counted("openras_requests_total{endpoint=\"batch\",status=\"413\"}"))
        .isEqualTo(too + 1);
    assertThat(counted("openras_requests_total{endpoint=\"batch\",status=\"200\"}"))
        .isEqualTo(ok + 1);
    assertThat(counted("openras_errors_total{code=\"RAS-H413\"}")).isEqualTo(errors + 2);
  }

  /** {@return the value of the {@code /metrics} line that starts with {@code series}, else 0} */
  static long counted(String series) {
    return served
        .get("/metrics")
        .body()
        .lines()
        .filter(l -> l.startsWith(series + " "))
        .mapToLong(l -> Long.parseLong(l.substring(series.length() + 1)))
        .sum();
  }

  /** {@return the batches counted in {@code /metrics}} */
  static long batchesCounted() {
    String prefix = "openras_request_duration_seconds_count{endpoint=\"batch\"} ";
    return served
        .get("/metrics")
        .body()
        .lines()
        .filter(l -> l.startsWith(prefix))
        .mapToLong(l -> Long.parseLong(l.substring(prefix.length())))
        .sum();
  }

  static JsonNode parse(String s) {
    try {
      return Served.MAPPER.readTree(s);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
