package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.RasException;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.explain.Statement;
import org.openras.explain.WhatIf;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import org.openras.tables.StatementJson;
import org.openras.tables.TableProviders;
import org.openras.tables.WhatIfJson;

/**
 * The same cases through HTTP and through the library give the same bytes: the result, the headline
 * figures, the statement and the what-if, over generated tables and assessments (with moderations,
 * fallback contexts and unanswered questions) and the worked example.
 */
class HttpLibraryIdentityTest {
  @TempDir static Path dir;
  static Served served;
  static RasEngine library;
  static final RasJson JSON = RasJson.standard();
  static final List<Assessment> CASES = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    CASES.add(JSON.readAssessment(Served.resource(Served.ASSESSMENT), "worked"));
    for (long seed = 1; seed <= 4; seed++) {
      RasTable t = TableGenerator.defaults().generate(seed * 7919);
      Files.writeString(dir.resolve("gen-" + seed + ".json"), JSON.writeTable(t));
      AssessmentGenerator.forTable(t)
          .withModerationProbability(0.3)
          .withFallbackContextProbability(0.2)
          .withUnansweredProbability(0.2)
          .stream(seed, 30)
          .forEach(CASES::add);
    }
    library = RasEngine.using(TableProviders.directory(dir));
    served =
        new Served(
            ServiceConfig.directory(dir)
                .withTimings(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofSeconds(5)));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void calculateGivesTheLibrarysResultByteForByte() {
    int computed = 0;
    for (Assessment a : CASES) {
      String body = JSON.writeAssessment(a);
      HttpResponse<String> r = served.post("/v1/calculate", body);
      Result expected;
      try {
        expected = library.calculate(JSON.readAssessment(body, "case"));
      } catch (RasException e) {
        // a generated case the library refuses: HTTP refuses it with the same problems
        assertThat(r.statusCode()).isIn(400, 422);
        assertThat(Served.json(r).get("code").asText())
            .isEqualTo(e.problems().get(0).code().code());
        continue;
      }
      computed++;
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).isEqualTo(JSON.writeResult(expected));
      assertThat(Served.tableHeaders(r))
          .containsEntry("id", expected.table().id())
          .containsEntry("version", expected.table().version())
          .containsEntry("fingerprint", expected.table().fingerprint().value());
      assertThat(r.headers().firstValue("OpenRAS-Version")).hasValue(Versions.OPENRAS);

      HttpResponse<String> fast = served.post("/v1/calculate?trace=false", body);
      assertThat(fast.body()).isEqualTo(JSON.writeResult(library.calculate(a, Tracing.OFF)));
    }
    assertThat(computed).isGreaterThan(CASES.size() / 2);
  }

  @Test
  void explainAndWhatIfGiveTheLibrarysDocuments() {
    for (Assessment a : CASES.subList(0, 20)) {
      String body = JSON.writeAssessment(a);
      Statement st;
      try {
        st = Statement.of(library.tableFor(a), library.calculate(a));
      } catch (RasException e) {
        continue;
      }
      HttpResponse<String> r = served.post("/v1/explain", body);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).isEqualTo(StatementJson.write(st));
      HttpResponse<String> w = served.post("/v1/whatif", body);
      assertThat(w.body()).isEqualTo(WhatIfJson.write(WhatIf.of(library, a)));
    }
  }
}
