package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.explain.Statement;
import org.openras.table.RasTable;
import org.openras.testing.WorkedExample;

/** The statement's JSON, read back with an independent parser. */
class StatementJsonTest {
  static final RasTable TABLE = WorkedExample.table();
  static final Statement STATEMENT =
      Statement.of(TABLE, RasEngine.of(TABLE).calculate(WorkedExample.assessment()));

  @Test
  void everyFigureOfTheWorkedExample() throws Exception {
    String json = StatementJson.write(STATEMENT);
    JsonNode n =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
    assertThat(n.get("format").asText()).isEqualTo("ras-statement/1");
    assertThat(n.at("/header/fingerprint").asText()).isEqualTo(TABLE.fingerprint().value());
    assertThat(n.at("/header/effectiveTo").asText()).isEqualTo("2027-04-01");
    assertThat(n.at("/header/reference").isMissingNode()).isTrue();
    assertThat(n.at("/domains/0/questions/0/choices/0/code").asText()).isEqualTo("1C");
    assertThat(n.at("/domains/0/questions/0/choices/0/points").decimalValue())
        .isEqualByComparingTo("14");
    assertThat(n.at("/domains/0/adjustments/0/percent").decimalValue()).isEqualByComparingTo("-10");
    assertThat(n.at("/domains/0/adjusted").toString()).isEqualTo("17.1");
    assertThat(n.at("/totalPoints").toString()).isEqualTo("39.6");
    assertThat(n.at("/money/steps/1/after").toString()).isEqualTo("199.692");
    assertThat(n.at("/money/steps/3/type").asText()).isEqualTo("ROUNDING");
    assertThat(n.at("/money/indicative/weekly").toString()).isEqualTo("199.69");
    assertThat(n.at("/money/indicative/annual").toString()).isEqualTo("10383.88");
    assertThat(n.at("/moderation/finalBudget/weekly").toString()).isEqualTo("239.69");
    assertThat(n.at("/moderation/changes/0/by").asText()).isEqualTo("review panel");
    assertThat(n.at("/moderation/panel/required").asBoolean()).isTrue();
    assertThat(n.at("/flags/0").asText()).isEqualTo("PANEL_APPROVAL_REQUIRED");
    assertThat(n.at("/domains/0/sentences").size()).isEqualTo(5);
    assertThat(json).doesNotContain("E+").doesNotContain("E-").endsWith("}\n");
  }

  @Test
  void aTablesReviewRouteIsInTheHeaderOnlyWhenItHasOne() throws Exception {
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(StatementJson.write(STATEMENT)).path("header").has("review")).isFalse();
    RasTable t =
        WorkedExample.tableBuilder()
            .review(
                new org.openras.table.Review(
                    "Ask your social worker for a review within 28 days.",
                    "Adult Social Care reviews, 0300 123 4567",
                    java.util.Optional.empty()))
            .build();
    JsonNode review =
        m.readTree(
                StatementJson.write(
                    Statement.of(t, RasEngine.of(t).calculate(WorkedExample.assessment()))))
            .path("header")
            .path("review");
    assertThat(review.path("text").asText())
        .isEqualTo("Ask your social worker for a review within 28 days.");
    assertThat(review.path("contact").asText())
        .isEqualTo("Adult Social Care reviews, 0300 123 4567");
    assertThat(review.has("reference")).isFalse();
  }
}
