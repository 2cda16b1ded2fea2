package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A service started for a test on an ephemeral port of 127.0.0.1, and a client to call it. */
final class Served implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String TABLE = "worked-table.json";
  static final String ASSESSMENT = "worked-assessment.json";

  final RasService service;
  final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  Served(ServiceConfig config) {
    this.service = RasService.start(config.withAddress("127.0.0.1", 0));
  }

  /** A service over a directory holding the worked example's table. */
  static Served workedExample(Path dir) {
    copy(TABLE, dir.resolve(TABLE));
    return new Served(
        ServiceConfig.directory(dir)
            .withTimings(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofSeconds(5)));
  }

  static String resource(String name) {
    try (InputStream in = Served.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void copy(String resource, Path to) {
    try {
      Files.writeString(to, resource(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI uri(String path) {
    return service.uri().resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  HttpResponse<String> post(String path, String body, String... headers) {
    return post(path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  HttpResponse<String> post(String path, byte[] body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      b.setHeader(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  /** Sends a request; every reply is checked against the JSON Schema of what it says it is. */
  HttpResponse<String> send(HttpRequest r) {
    try {
      HttpResponse<String> reply =
          client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Schemas.check(r.uri().getRawPath() + "", reply);
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts a problem reply: status, media type, our code, and the RFC 9457 members. */
  static JsonNode assertProblem(HttpResponse<String> r, int status, String code) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("code").asText()).isEqualTo(code);
    assertThat(p.get("type").asText()).isEqualTo("https://openras.org/errors/" + code);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText())
        .isNotBlank()
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(p.get("problems").size()).isPositive();
    assertThat(r.body()).doesNotContain("at org.").doesNotContain("at java.");
    return p;
  }

  static Map<String, String> tableHeaders(HttpResponse<String> r) {
    return Map.of(
        "id", r.headers().firstValue("OpenRAS-Table-Id").orElse(""),
        "version", r.headers().firstValue("OpenRAS-Table-Version").orElse(""),
        "fingerprint", r.headers().firstValue("OpenRAS-Table-Fingerprint").orElse(""));
  }

  @Override
  public void close() {
    service.close();
  }
}
