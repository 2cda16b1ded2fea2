package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests: each gets its status and problem body, never a stack trace, and the server
 * stays up for the next request.
 */
class SecurityTest {
  @TempDir static Path dir;
  static Served served;

  @BeforeAll
  static void start() {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    served =
        new Served(
            ServiceConfig.directory(dir)
                .withBodyLimits(20_000, 200_000)
                .withTimings(Duration.ofMillis(700), Duration.ofHours(1), Duration.ofSeconds(2)));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @AfterEach
  void theServerStaysUp() {
    HttpResponse<String> r = served.get("/v1/health");
    assertThat(r.statusCode()).isEqualTo(200);
    HttpResponse<String> c = served.post("/v1/calculate", Served.resource(Served.ASSESSMENT));
    assertThat(c.statusCode()).isEqualTo(200);
  }

  @Test
  void anOversizedBodyIs413() {
    String big = "{\"format\": \"ras-assessment/1\", \"id\": \"" + "x".repeat(30_000) + "\"}";
    JsonNode p = Served.assertProblem(served.post("/v1/calculate", big), 413, "RAS-H413");
    assertThat(p.get("detail").asText()).contains("20000");
  }

  @Test
  void anOversizedChunkedBodyIs413() {
    byte[] big = ("{\"id\": \"" + "x".repeat(30_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest r =
        HttpRequest.newBuilder(served.uri("/v1/calculate"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
            .build();
    Served.assertProblem(served.send(r), 413, "RAS-H413");
  }

  @Test
  void aSlowBodyTimesOutAlone() throws IOException {
    try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), served.service.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 500\r\n\r\n{\"format\"")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();
      // meanwhile the server answers others
      assertThat(served.get("/v1/health").statusCode()).isEqualTo(200);
      String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
      if (!reply.isEmpty()) {
        assertThat(reply).startsWith("HTTP/1.1 408").contains("RAS-H408");
      }
    }
  }

  @Test
  void deepJsonIsRefusedWithTheReadersLimit() {
    String deep =
        "{\"format\": \"ras-assessment/1\", \"id\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    JsonNode p = Served.assertProblem(served.post("/v1/calculate", deep), 400, "RAS-J006");
    assertThat(p.get("problems").get(0).has("line")).isTrue();
    String deepCompare = "{\"before\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
    Served.assertProblem(served.post("/v1/compare", deepCompare), 400, "RAS-J006");
  }

  @Test
  void wrongContentTypesAre415() {
    String a = Served.resource(Served.ASSESSMENT);
    Served.assertProblem(
        served.post("/v1/calculate", a, "Content-Type", "text/plain"), 415, "RAS-H415");
    Served.assertProblem(
        served.post("/v1/calculate", a, "Content-Type", "application/x-www-form-urlencoded"),
        415,
        "RAS-H415");
    Served.assertProblem(
        served.post("/v1/batch", a, "Content-Type", "application/json"), 415, "RAS-H415");
    HttpRequest none =
        HttpRequest.newBuilder(served.uri("/v1/calculate"))
            .POST(HttpRequest.BodyPublishers.ofString(a))
            .build();
    Served.assertProblem(served.send(none), 415, "RAS-H415");
  }

  @Test
  void wrongMethodsAndFormsAreRefused() {
    Served.assertProblem(served.get("/v1/calculate"), 405, "RAS-H405");
    Served.assertProblem(served.post("/v1/tables", "{}"), 405, "RAS-H405");
    Served.assertProblem(
        served.post("/v1/explain", Served.resource(Served.ASSESSMENT), "Accept", "image/png"),
        406,
        "RAS-H406");
    Served.assertProblem(served.get("/v1/nothing"), 404, "RAS-H404");
    Served.assertProblem(served.get("/v1/"), 404, "RAS-H404");
    Served.assertProblem(
        served.post("/v1/calculate?trace=maybe", Served.resource(Served.ASSESSMENT)),
        400,
        "RAS-H400");
  }

  @Test
  void pathTricksInTableIdsNeverReachAFile() throws IOException {
    Files.writeString(dir.resolve("secret.txt"), "not for you");
    for (String path :
        new String[] {
          "/v1/tables/..%2F..%2Fetc%2Fpasswd",
          "/v1/tables/%2e%2e/%2e%2e/secret.txt",
          "/v1/tables/worked-example/..%2Fsecret.txt",
          "/v1/tables/worked%00example",
          "/v1/tables/" + "a".repeat(65),
          "/v1/tables/worked-example/2026.1/../../../secret.txt",
          "/v1/tables/%252e%252e",
          "/schemas/..%2F..%2Fversion.properties",
          "/schemas/../org/openras/service/version.properties"
        }) {
      String reply = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(reply)
          .as(path)
          .matches("(?s)HTTP/1.1 (400|404) .*")
          .contains("application/problem+json");
      assertThat(reply).as(path).doesNotContain("not for you").doesNotContain("openras.version");
    }
  }

  @Test
  void aMalformedRequestIsAProblemToo() throws IOException {
    String reply = raw("GARBAGE\r\n\r\n");
    assertThat(reply).startsWith("HTTP/1.1 400").contains("RAS-H400");
    String huge =
        raw("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n");
    assertThat(huge).matches("(?s)HTTP/1.1 (431|400) .*");
  }

  @Test
  void unknownTablesAre404() {
    Served.assertProblem(served.get("/v1/tables/no-such-table"), 404, "RAS-H404");
    Served.assertProblem(served.get("/v1/tables/worked-example/1999"), 404, "RAS-H404");
  }

  static String raw(String request) throws IOException {
    try (Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), served.service.port())) {
      s.setSoTimeout(5_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[65536];
      int n = in.readNBytes(buf, 0, buf.length);
      return new String(buf, 0, n, StandardCharsets.UTF_8);
    }
  }
}
