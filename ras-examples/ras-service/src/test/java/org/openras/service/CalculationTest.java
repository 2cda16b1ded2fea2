package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.engine.Tracing;
import org.openras.spi.TableProvider;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;

/**
 * The calculate endpoint's work apart from HTTP, and the run of it the start makes while it waits
 * for the server's parts: it reaches a result on a real table, and it can never fail a start.
 */
class CalculationTest {

  @Test
  void theStartUpRunReachesAResultOnTheWorkedExample(@TempDir Path dir) {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    Tables tables = Tables.directory(dir);
    assertThat(Calculation.warmUp(RasJson.standard(), tables.snapshot())).isTrue();
  }

  @Test
  void theEndpointsWorkGivesTheLibrarysResult(@TempDir Path dir) {
    Served.copy(Served.TABLE, dir.resolve(Served.TABLE));
    Tables.Snapshot s = Tables.directory(dir).snapshot();
    RasJson json = RasJson.standard();
    String assessment = Served.resource(Served.ASSESSMENT);
    Api.Reply reply =
        Calculation.calculate(
            json,
            s.engine(),
            new ByteArrayInputStream(assessment.getBytes(StandardCharsets.UTF_8)),
            Tracing.OFF,
            Api.Form.JSON);
    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.contentType).isEqualTo("application/json");
    assertThat(reply.body)
        .isEqualTo(
            json.writeResult(
                s.engine().calculate(json.readAssessment(assessment, "a"), Tracing.OFF)));
    assertThat(reply.tables).hasSize(1);
    assertThat(reply.tables.get(0).id()).isEqualTo("worked-example");
  }

  @Test
  void theStartUpRunNeverFails() {
    TableProvider none =
        new TableProvider() {
          @Override
          public Set<String> tableIds() {
            return Set.of();
          }

          @Override
          public List<RasTable> versions(String tableId) {
            return List.of();
          }
        };
    assertThat(Calculation.warmUp(RasJson.standard(), Tables.fixed(none, "none").snapshot()))
        .as("no table to run")
        .isFalse();

    TableProvider broken =
        new TableProvider() {
          @Override
          public Set<String> tableIds() {
            return Set.of("t");
          }

          @Override
          public List<RasTable> versions(String tableId) {
            throw new IllegalStateException("unreadable");
          }
        };
    assertThat(Calculation.warmUp(RasJson.standard(), Tables.fixed(broken, "broken").snapshot()))
        .as("a provider that throws")
        .isFalse();
  }
}
