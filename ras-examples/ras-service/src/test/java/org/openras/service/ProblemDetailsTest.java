package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.Problem;
import org.openras.RasException;
import org.openras.engine.RasEngine;
import org.openras.tables.RasJson;

/**
 * Every bad assessment of the hostile-input corpus gets, over HTTP, the problems the library
 * reports: the same codes, pointers, lines, columns and sentences, in order, with 400 for a body
 * that is not a well-formed document and 422 for a document that breaks a rule.
 */
class ProblemDetailsTest {
  static final Path CORPUS =
      Path.of("..", "..", "ras-tables", "src", "test", "resources", "hostile");

  @TempDir static Path dir;
  static Served served;

  @BeforeAll
  static void start() {
    served = Served.workedExample(dir);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void theHostileAssessmentsGetTheLibrarysProblems() throws Exception {
    RasJson json = RasJson.standard();
    RasEngine library =
        RasEngine.of(json.readTable(Served.resource(Served.TABLE), "worked-table.json"));
    int cases = 0;
    for (String line : Files.readAllLines(CORPUS.resolve("manifest.tsv"))) {
      if (!line.startsWith("assessment/")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      byte[] body = Files.readAllBytes(CORPUS.resolve(f[0]));
      HttpResponse<String> r = served.post("/v1/calculate", body);
      if (f[1].equals("OK")) {
        assertThat(r.statusCode()).as(f[0]).isEqualTo(200);
        continue;
      }
      List<Problem> expected = new ArrayList<>();
      try {
        library.calculate(json.readAssessment(new ByteArrayInputStream(body), Api.BODY));
      } catch (RasException e) {
        expected.addAll(e.problems());
      }
      assertThat(expected).as(f[0]).isNotEmpty();
      int status = expected.stream().allMatch(p -> p.code().code().startsWith("RAS-J")) ? 400 : 422;
      JsonNode p = Served.assertProblem(r, status, f[1]);
      assertThat(p.get("instance").asText()).isEqualTo("/v1/calculate");
      assertThat(p.get("problems").size()).as(f[0]).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        Problem e = expected.get(i);
        JsonNode g = p.get("problems").get(i);
        assertThat(g.get("code").asText()).isEqualTo(e.code().code());
        assertThat(g.get("rule").asText()).isEqualTo(e.code().rule());
        assertThat(g.get("pointer").asText()).isEqualTo(e.pointer());
        assertThat(g.get("message").asText()).isEqualTo(e.message());
        if (e.location().isPresent()) {
          assertThat(g.get("line").asInt()).isEqualTo(e.location().get().line());
          assertThat(g.get("column").asInt()).isEqualTo(e.location().get().column());
        } else {
          assertThat(g.has("line")).isFalse();
        }
      }
      // the corpus's own expectation: the first problem's pointer and place
      assertThat(p.get("problems").get(0).get("pointer").asText()).as(f[0]).isEqualTo(f[2]);
      if (!f[3].equals("-")) {
        String[] lc = f[3].split(":", -1);
        assertThat(p.get("problems").get(0).get("line").asInt()).isEqualTo(Integer.parseInt(lc[0]));
        assertThat(p.get("problems").get(0).get("column").asInt())
            .isEqualTo(Integer.parseInt(lc[1]));
      }
      cases++;
    }
    assertThat(cases).isGreaterThanOrEqualTo(20);
  }

  @Test
  void problemsInsideACompareBodyArePlacedInTheWholeBody() {
    String a = Served.resource(Served.ASSESSMENT);
    String bad = a.replace("\"Q1\": \"1C\"", "\"Q1\": \"1Z\"");
    String body = "{\n  \"before\": " + a + ",\n  \"after\": " + bad + "\n}\n";
    JsonNode p = Served.assertProblem(served.post("/v1/compare", body), 422, "RAS-A003");
    JsonNode q = p.get("problems").get(0);
    assertThat(q.get("pointer").asText()).isEqualTo("/after/answers/Q1");
    // the line and column of "1Z" in the whole body
    String[] lines = body.split("\n", -1);
    int line = q.get("line").asInt();
    int column = q.get("column").asInt();
    assertThat(lines[line - 1].substring(column - 1)).startsWith("\"1Z\"");
  }

  @Test
  void aCompareBodyWithAnUnknownMemberIsLocated() {
    String a = Served.resource(Served.ASSESSMENT);
    String body = "{\"before\": " + a + ", \"later\": " + a + "}";
    JsonNode p = Served.assertProblem(served.post("/v1/compare", body), 400, "RAS-J002");
    assertThat(p.get("problems").get(0).get("pointer").asText()).isEqualTo("/later");
    int at = body.indexOf("\"later\"");
    String before = body.substring(0, at);
    assertThat(p.get("problems").get(0).get("line").asInt())
        .isEqualTo(before.split("\n", -1).length);
    assertThat(p.get("problems").get(0).get("column").asInt())
        .isEqualTo(at - before.lastIndexOf('\n'));
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedAsAFile() {
    byte[] body = "{\"before\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    Served.assertProblem(served.post("/v1/compare", body), 400, "RAS-J001");
  }
}
