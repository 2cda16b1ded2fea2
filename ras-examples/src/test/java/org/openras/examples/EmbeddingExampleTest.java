package org.openras.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openras.engine.Result;

/** Runs the embedding example so that it cannot rot, and checks its figures by hand. */
class EmbeddingExampleTest {

  @Test
  void computesTheHandWorkedBudget() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Result r = EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // D1: 1C = 16 points, carer 3B gives -20%: 16 × 0.8 = 12.8
    // D2: 2A + 2C = 3 + 5 = 8 (under the cap of 10), weight 1.5: 12
    // D3: weight 0: 0.  Total 12.8 + 12 = 24.8, band High (from 20):
    // 120 + (24.8 − 20) × 4.50 = 120 + 21.6 = 141.60 a week; × 52 = 7363.20 a year
    assertThat(r.totalPoints()).isEqualByComparingTo("24.8");
    assertThat(r.band()).isEqualTo("High");
    assertThat(r.indicativeBudget().weekly()).isEqualTo(new BigDecimal("141.60"));
    assertThat(r.indicativeBudget().annual()).isEqualTo(new BigDecimal("7363.20"));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Indicative budget: 141.60 a week, 7363.20 a year (band High, 24.8 points)")
        .contains("changes the points for D1 by -20%")
        .contains("£120.00 + (24.8 − 20) × £4.50 a point = £141.60 a week");
  }
}
