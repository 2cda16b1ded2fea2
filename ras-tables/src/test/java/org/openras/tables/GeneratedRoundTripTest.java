package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openras.assessment.Assessment;
import org.openras.engine.DomainScore;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.Period;
import org.openras.table.RasTable;
import org.openras.testing.Properties;

/**
 * Properties of the JSON forms over generated tables and assessments: what is written reads back as
 * the same thing (same fingerprint), and a written result carries the engine's exact figures.
 */
class GeneratedRoundTripTest {
  private static final RasJson JSON = RasJson.standard();
  // Jackson's tree model strips trailing zeros from decimals, so figures are compared by value
  // here; the spelling of money (199.69, 185.00) is pinned by SpecExampleTest.
  private static final ObjectMapper PARSER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final List<TableGenerator> GENERATORS =
      List.of(
          TableGenerator.defaults(),
          TableGenerator.defaults()
              .withPeriods(Period.YEAR)
              .withRoundingModes(RoundingMode.HALF_EVEN, RoundingMode.FLOOR)
              .withRoundingIncrements(new BigDecimal("0.05"), BigDecimal.ONE),
          TableGenerator.defaults().withDomains(4, 8).withMaxBands(6).withMaxSupplements(3));

  private static TableGenerator generator(long seed) {
    return GENERATORS.get((int) Math.floorMod(seed, (long) GENERATORS.size()));
  }

  @Test
  void aTableWrittenAndReadBackKeepsItsFingerprint() {
    Properties.forAll(
        "table round trip keeps the fingerprint",
        Properties.seeds(1, 600),
        c -> {
          RasTable table = c.table(generator(c.seed()).generate(c.seed()));
          String written = JSON.writeTable(table);
          RasTable read = JSON.readTable(written, "generated-" + c.seed() + ".json");
          assertThat(read.fingerprint()).isEqualTo(table.fingerprint());
          assertThat(read.canonicalForm()).isEqualTo(table.canonicalForm());
          assertThat(read).isEqualTo(table);
          assertThat(JSON.writeTable(read)).as("writing is deterministic").isEqualTo(written);
        });
  }

  @Test
  void anAssessmentWrittenAndReadBackIsEqual() {
    Properties.forAll(
        "assessment round trip",
        Properties.seeds(1, 200),
        c -> {
          RasTable table = c.table(generator(c.seed()).generate(c.seed()));
          AssessmentGenerator gen =
              AssessmentGenerator.forTable(table).withModerationProbability(0.5);
          for (Assessment a : gen.stream(c.seed(), 10).toList()) {
            c.assessment(a);
            Assessment read = JSON.readAssessment(JSON.writeAssessment(a), "generated.json");
            assertThat(read).isEqualTo(a);
          }
        });
  }

  @Test
  void aWrittenResultCarriesTheEngineFiguresExactly() {
    Properties.forAll(
        "result JSON has the engine's figures",
        Properties.seeds(1, 200),
        c -> {
          RasTable table = c.table(generator(c.seed()).generate(c.seed()));
          RasEngine engine = RasEngine.of(table);
          AssessmentGenerator gen =
              AssessmentGenerator.forTable(table).withModerationProbability(0.5);
          for (Assessment a : gen.stream(c.seed(), 5).toList()) {
            c.assessment(a);
            Result r = engine.calculate(a);
            JsonNode root = PARSER.readTree(JSON.writeResult(r));
            assertThat(root.get("format").asText()).isEqualTo("ras-result/1");
            assertThat(root.get("table").get("fingerprint").asText())
                .isEqualTo(table.fingerprint().value());
            assertThat(root.get("totalPoints").decimalValue())
                .isEqualByComparingTo(r.totalPoints());
            assertThat(root.get("band").asText()).isEqualTo(r.band());
            JsonNode indicative = root.get("indicativeBudget");
            assertThat(indicative.get("weekly").decimalValue())
                .isEqualByComparingTo(r.indicativeBudget().weekly());
            assertThat(indicative.get("annual").decimalValue())
                .isEqualByComparingTo(r.indicativeBudget().annual());
            assertThat(root.has("finalBudget")).isEqualTo(r.finalBudget().isPresent());
            r.finalBudget()
                .ifPresent(
                    f -> {
                      assertThat(root.get("finalBudget").get("weekly").decimalValue())
                          .isEqualByComparingTo(f.weekly());
                      assertThat(root.get("finalBudget").get("annual").decimalValue())
                          .isEqualByComparingTo(f.annual());
                    });
            JsonNode domains = root.get("domains");
            assertThat(domains.size()).isEqualTo(r.domains().size());
            for (int i = 0; i < r.domains().size(); i++) {
              DomainScore d = r.domains().get(i);
              JsonNode n = domains.get(i);
              assertThat(n.get("code").asText()).isEqualTo(d.code());
              assertThat(n.get("adjusted").decimalValue()).isEqualByComparingTo(d.adjusted());
              assertThat(n.get("weighted").decimalValue()).isEqualByComparingTo(d.weighted());
            }
            assertThat(root.get("trace").size()).isEqualTo(r.trace().steps().size());
          }
        });
  }
}
