package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads of the tables directory, bearer tokens and CORS. */
class ReloadAndAccessTest {

  @Test
  void aValidChangeIsServedAndABadOneRefusedWhileTheOldSetServes(@TempDir Path dir)
      throws Exception {
    try (Served served = Served.workedExample(dir)) {
      String table = Served.resource(Served.TABLE);
      String next =
          table
              .replace("\"version\": \"2026.1\"", "\"version\": \"2027.1\"")
              .replace("\"effectiveFrom\": \"2026-04-01\"", "\"effectiveFrom\": \"2027-04-01\"")
              .replace("\"effectiveTo\": \"2027-04-01\"", "\"effectiveTo\": \"2028-04-01\"");
      assertThat(next).contains("2027.1").contains("2028-04-01");
      Files.writeString(dir.resolve("worked-2027.json"), next);
      assertThat(served.service.reloadNow()).isEqualTo(1);
      JsonNode list = Served.json(served.get("/v1/tables"));
      assertThat(list.get("tables").get(0).get("versions").size()).isEqualTo(2);

      // a bad table: refused, and both good versions still served
      Files.writeString(
          dir.resolve("zz-broken.json"),
          table.replace("\"weeksPerYear\": 52", "\"weeksPerYear\": 0"));
      assertThat(served.service.reloadNow()).isEqualTo(-1);
      assertThat(served.service.reloadNow()).as("the same bad set is not read again").isZero();
      assertThat(Served.json(served.get("/v1/tables")).get("tables").get(0).get("versions").size())
          .isEqualTo(2);
      assertThat(served.post("/v1/calculate", Served.resource(Served.ASSESSMENT)).statusCode())
          .isEqualTo(200);
      assertThat(served.get("/metrics").body())
          .contains("openras_table_reloads_total{outcome=\"refused\"} ")
          .doesNotContain("openras_table_reloads_total{outcome=\"refused\"} 0");

      // the broken file taken away: the directory is again the set served, nothing to load
      Files.delete(dir.resolve("zz-broken.json"));
      assertThat(served.service.reloadNow()).isZero();
      Files.delete(dir.resolve("worked-2027.json"));
      assertThat(served.service.reloadNow()).isEqualTo(1);
      assertThat(Served.json(served.get("/v1/tables")).get("tables").get(0).get("versions").size())
          .isEqualTo(1);
    }
  }

  @Test
  void theDirectoryIsWatchedOnItsOwn(@TempDir Path dir) throws Exception {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    try (Served served =
        new Served(
            ServiceConfig.directory(dir)
                .withTimings(
                    Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(1)))) {
      Files.delete(dir.resolve(Served.TABLE));
      Files.writeString(
          dir.resolve("other.json"),
          Served.resource(Served.TABLE).replace("\"id\": \"worked-example\"", "\"id\": \"other\""));
      long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      String ids = "";
      while (System.nanoTime() < until) {
        ids = served.get("/v1/tables").body();
        if (ids.contains("\"other\"")) {
          break;
        }
        Thread.sleep(50);
      }
      assertThat(ids).contains("\"id\": \"other\"").doesNotContain("\"worked-example\"");
    }
  }

  @Test
  void aTokenIsNeededForAllButHealthAndReadiness(@TempDir Path dir) {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    try (Served served = new Served(ServiceConfig.directory(dir).withToken("s3cret-token"))) {
      String a = Served.resource(Served.ASSESSMENT);
      HttpResponse<String> none = served.post("/v1/calculate", a);
      Served.assertProblem(none, 401, "RAS-H401");
      assertThat(none.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"openras\"");
      Served.assertProblem(
          served.post("/v1/calculate", a, "Authorization", "Bearer wrong"), 401, "RAS-H401");
      Served.assertProblem(
          served.post("/v1/calculate", a, "Authorization", "s3cret-token"), 401, "RAS-H401");
      Served.assertProblem(served.get("/metrics"), 401, "RAS-H401");
      Served.assertProblem(served.get("/v1/tables"), 401, "RAS-H401");
      assertThat(
              served.post("/v1/calculate", a, "Authorization", "Bearer s3cret-token").statusCode())
          .isEqualTo(200);
      assertThat(served.get("/v1/health").statusCode()).isEqualTo(200);
      assertThat(served.get("/v1/ready").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void corsIsOffUnlessAnOriginIsAllowed(@TempDir Path dir) {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    try (Served off = new Served(ServiceConfig.directory(dir))) {
      HttpResponse<String> r = off.get("/v1/tables", "Origin", "https://cases.example.org");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    try (Served on =
        new Served(
            ServiceConfig.directory(dir).withCorsOrigins(List.of("https://cases.example.org")))) {
      HttpResponse<String> r = on.get("/v1/tables", "Origin", "https://cases.example.org");
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin"))
          .hasValue("https://cases.example.org");
      HttpResponse<String> other = on.get("/v1/tables", "Origin", "https://evil.example");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      HttpResponse<String> preflight =
          on.send(
              java.net.http.HttpRequest.newBuilder(on.uri("/v1/calculate"))
                  .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                  .header("Origin", "https://cases.example.org")
                  .header("Access-Control-Request-Method", "POST")
                  .build());
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
          .hasValue("GET, POST, OPTIONS");
    }
  }

  @Test
  void aBadTablesDirectoryAtStartIsTheLibrarysLocatedError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"format\": \"ras-table/1\",");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Served(ServiceConfig.directory(dir)))
        .isInstanceOf(org.openras.RasException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("RAS-J001");
  }
}
