package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.assessment.Assessment;
import org.openras.check.TableChecks;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.explain.ClaimedResult;
import org.openras.explain.Comparison;
import org.openras.explain.PublishedTable;
import org.openras.explain.Statement;
import org.openras.explain.Verification;
import org.openras.explain.render.Renderer;
import org.openras.table.RasTable;
import org.openras.tables.CheckJson;
import org.openras.tables.ComparisonJson;
import org.openras.tables.RasJson;
import org.openras.tables.VerificationJson;

/** Each endpoint answers with the library's document, in the form Accept asks for. */
class EndpointsTest {
  @TempDir static Path dir;
  static Served served;
  static final RasJson JSON = RasJson.standard();
  static RasTable table;
  static RasEngine engine;
  static String assessment;

  @BeforeAll
  static void start() {
    served = Served.workedExample(dir);
    table = JSON.readTable(Served.resource(Served.TABLE), "t");
    engine = RasEngine.of(table);
    assessment = Served.resource(Served.ASSESSMENT);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void theWorkedExampleIsComputedAsTheSpecSays() {
    JsonNode r = Served.json(served.post("/v1/calculate", assessment));
    assertThat(r.get("totalPoints").decimalValue()).isEqualByComparingTo("39.6");
    assertThat(r.get("indicativeBudget").get("weekly").decimalValue())
        .isEqualByComparingTo("199.69");
    assertThat(r.get("finalBudget").get("weekly").decimalValue()).isEqualByComparingTo("239.69");
    assertThat(r.get("trace").size()).isPositive();
    JsonNode fast = Served.json(served.post("/v1/calculate?trace=false", assessment));
    assertThat(fast.get("trace").size()).isZero();
    assertThat(fast.get("finalBudget")).isEqualTo(r.get("finalBudget"));
  }

  @Test
  void explainAnswersInEachForm() {
    Statement st = Statement.of(table, engine.calculate(JSON.readAssessment(assessment, "a")));
    HttpResponse<String> html = served.post("/v1/explain", assessment, "Accept", "text/html");
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(html.body()).isEqualTo(Renderer.html(st));
    HttpResponse<String> md =
        served.post("/v1/explain", assessment, "Accept", "text/markdown, */*;q=0.1");
    assertThat(md.body()).isEqualTo(Renderer.markdown(st));
    HttpResponse<String> text = served.post("/v1/explain", assessment, "Accept", "text/plain");
    assertThat(text.body()).isEqualTo(Renderer.text(st));
    HttpResponse<String> browser =
        served.post(
            "/v1/explain",
            assessment,
            "Accept",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertThat(browser.body()).isEqualTo(Renderer.html(st));
    HttpResponse<String> any = served.post("/v1/explain", assessment, "Accept", "*/*");
    assertThat(any.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(Served.tableHeaders(text)).containsEntry("id", "worked-example");
  }

  @Test
  void compareAReviewAndTwoVersions() {
    String after = assessment.replace("\"Q1\": \"1C\"", "\"Q1\": \"1A\"");
    Assessment a = JSON.readAssessment(assessment, "a");
    Assessment b = JSON.readAssessment(after, "b");
    HttpResponse<String> r =
        served.post("/v1/compare", "{\"before\": " + assessment + ", \"after\": " + after + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(ComparisonJson.write(Comparison.of(engine, a, b)));

    HttpResponse<String> v =
        served.post(
            "/v1/compare",
            "{\"assessment\": "
                + assessment
                + ", \"beforeTable\": \"worked-example@2026.1\", \"afterTable\":"
                + " \"worked-example@2026.1\"}");
    assertThat(v.body()).isEqualTo(ComparisonJson.write(Comparison.of(table, table, a)));
    JsonNode p =
        Served.assertProblem(
            served.post(
                "/v1/compare",
                "{\"assessment\": "
                    + assessment
                    + ", \"beforeTable\": \"worked-example@1999\", \"afterTable\": 7}"),
            422,
            "RAS-V001");
    assertThat(p.get("problems").get(0).get("pointer").asText()).isEqualTo("/beforeTable");
  }

  @Test
  void verifySaysVerifiedOrNamesTheFirstDifference() {
    Assessment a = JSON.readAssessment(assessment, "a");
    Result r = engine.calculate(a);
    String result = JSON.writeResult(r);
    HttpResponse<String> ok =
        served.post(
            "/v1/verify", "{\"assessment\": " + assessment + ", \"result\": " + result + "}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    ClaimedResult claimed = JSON.readResult(result, "r");
    assertThat(ok.body()).isEqualTo(VerificationJson.write(Verification.of(engine, a, claimed)));
    assertThat(Served.json(ok).toString()).contains("\"verified\":true");

    String wrong = result.replace("\"weekly\": 239.69", "\"weekly\": 249.69");
    HttpResponse<String> no =
        served.post(
            "/v1/verify", "{\"assessment\": " + assessment + ", \"result\": " + wrong + "}");
    assertThat(no.statusCode()).isEqualTo(200);
    assertThat(Served.json(no).toString()).contains("\"verified\":false");
    HttpResponse<String> sentence =
        served.post(
            "/v1/verify",
            "{\"assessment\": " + assessment + ", \"result\": " + result + "}",
            "Accept",
            "text/plain");
    assertThat(sentence.body()).containsIgnoringCase("verified");

    Served.assertProblem(
        served.post("/v1/verify", "{\"assessment\": " + assessment + "}"), 422, "RAS-R001");
  }

  @Test
  void tablesAreListedAndServedInEachForm() {
    JsonNode list = Served.json(served.get("/v1/tables"));
    JsonNode t = list.get("tables").get(0);
    assertThat(t.get("id").asText()).isEqualTo("worked-example");
    JsonNode v = t.get("versions").get(0);
    assertThat(v.get("version").asText()).isEqualTo(table.version());
    assertThat(v.get("fingerprint").asText()).isEqualTo(table.fingerprint().value());
    assertThat(v.get("effectiveFrom").asText()).isEqualTo(table.effectiveFrom().toString());
    assertThat(list.get("openrasVersion").asText()).isEqualTo(Versions.OPENRAS);

    assertThat(Served.json(served.get("/v1/tables/worked-example")).get("versions").size())
        .isEqualTo(1);
    HttpResponse<String> json = served.get("/v1/tables/worked-example/2026.1");
    assertThat(json.body()).isEqualTo(JSON.writeTable(table));
    assertThat(Served.tableHeaders(json)).containsEntry("fingerprint", table.fingerprint().value());
    HttpResponse<String> html =
        served.get("/v1/tables/worked-example/2026.1", "Accept", "text/html");
    assertThat(html.body()).isEqualTo(Renderer.html(PublishedTable.of(table)));
  }

  @Test
  void checkATableServedOrSent() {
    String expected = CheckJson.write(table, TableChecks.check(table));
    assertThat(served.get("/v1/tables/worked-example/2026.1/check").body()).isEqualTo(expected);
    HttpResponse<String> sent = served.post("/v1/check", Served.resource(Served.TABLE));
    assertThat(sent.body()).isEqualTo(expected);
    String bad =
        Served.resource(Served.TABLE)
            .replaceFirst("\"weeksPerYear\": [0-9.]+", "\"weeksPerYear\": 0");
    JsonNode p = Served.assertProblem(served.post("/v1/check", bad), 422, "RAS-T006");
    assertThat(p.get("title").asText()).isEqualTo("Invalid table");
    assertThat(p.get("problems").get(0).get("line").asInt()).isPositive();
  }

  @Test
  void healthReadinessAndMetrics() {
    assertThat(Served.json(served.get("/v1/health")).get("status").asText()).isEqualTo("up");
    JsonNode ready = Served.json(served.get("/v1/ready"));
    assertThat(ready.get("status").asText()).isEqualTo("ready");
    assertThat(ready.get("tableCount").asInt()).isEqualTo(1);
    served.post("/v1/calculate", "{}", "Content-Type", "text/plain");
    HttpResponse<String> m = served.get("/metrics");
    assertThat(m.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/plain; version=0.0.4");
    assertThat(m.body())
        .contains("# TYPE openras_requests_total counter")
        .contains("openras_errors_total{code=\"RAS-H415\"}")
        .contains("openras_request_duration_seconds_bucket{endpoint=\"calculate\",le=\"+Inf\"}");
  }
}
