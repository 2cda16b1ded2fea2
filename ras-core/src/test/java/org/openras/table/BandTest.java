package org.openras.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The band formula of spec §3.5, worked by hand. */
class BandTest {
  @Test
  void amountAtIsTheAmountPlusEachPointAboveFromTimesThePerPointRate() {
    Band b = Band.of("B", new BigDecimal("10.5"), new BigDecimal("40.25"), new BigDecimal("3.10"));
    // 40.25 + (14 - 10.5) × 3.1 = 40.25 + 10.85 = 51.10
    assertThat(b.amountAt(new BigDecimal("14"))).isEqualTo(new BigDecimal("51.10"));
    assertThat(b.amountAt(new BigDecimal("10.5"))).isEqualByComparingTo("40.25");
    // a step band gives its amount whatever the points, at the scale of the sum
    Band step = Band.of("S", 5, 100, BigDecimal.ZERO);
    assertThat(step.amountAt(new BigDecimal("12.75"))).isEqualTo(new BigDecimal("100.00"));
  }
}
