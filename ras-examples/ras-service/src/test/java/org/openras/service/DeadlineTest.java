package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table checks and what-if computations have a deadline: past it the reply is 504 with {@code
 * RAS-H504}, and the service keeps answering (issue 15).
 */
class DeadlineTest {
  private static final Path CHOOSE_ALL =
      Path.of(
          "..",
          "..",
          "ras-tables",
          "src",
          "test",
          "resources",
          "hostile",
          "table",
          "check-choose-all.json");

  @TempDir Path dir;

  @Test
  void aCheckPastTheComputeTimeoutIs504AndTheServiceStaysUp() throws IOException {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    try (Served served =
        new Served(
            ServiceConfig.directory(dir)
                .withBodyLimits(100_000, 1_000_000)
                .withComputeTimeout(Duration.ofMillis(50)))) {
      HttpResponse<String> r = served.post("/v1/check", Files.readString(CHOOSE_ALL));
      Served.assertProblem(r, 504, "RAS-H504");
      assertThat(Served.json(r).get("detail").asText()).contains("50 ms");
      // a cheap request still gets its answer
      HttpResponse<String> ok = served.post("/v1/calculate", Served.resource(Served.ASSESSMENT));
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(served.get("/metrics").body()).contains("RAS-H504");
    }
  }

  @Test
  void withinTheComputeTimeoutTheCheckIsAnswered() throws IOException {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    try (Served served =
        new Served(
            ServiceConfig.directory(dir)
                .withBodyLimits(100_000, 1_000_000)
                .withComputeTimeout(Duration.ofSeconds(60)))) {
      HttpResponse<String> r = served.post("/v1/check", Files.readString(CHOOSE_ALL));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).contains("NOT_EXACT");
    }
  }

  @Test
  void theComputeTimeoutMustBePositive() {
    ServiceConfig c = ServiceConfig.directory(dir);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.withComputeTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThat(c.computeTimeout()).isEqualTo(Duration.ofSeconds(10));
  }
}
