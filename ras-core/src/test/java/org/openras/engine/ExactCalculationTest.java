package org.openras.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact calculation's own arithmetic: its addition and its division by 100 are {@link
 * BigDecimal#add} and {@link BigDecimal#divide} exactly, value and scale.
 */
class ExactCalculationTest {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @ParameterizedTest
  @CsvSource({
    "150, 1.5",
    "100, 1",
    "1E+3, 1E+1",
    "1E+2, 1",
    "12E+3, 1.2E+2",
    "-0.05, -0.0005",
    "2.50, 0.025",
    "25.00, 0.25",
    "7, 0.07",
    "-30, -0.3",
    "0, 0",
    "0.00, 0.00",
    "0E+3, 0E+3"
  })
  void hundredthByHand(String x, String expected) {
    BigDecimal q = ExactCalculation.hundredth(new BigDecimal(x));
    assertThat(q).isEqualTo(new BigDecimal(expected)); // equals: value and scale
    assertThat(q).isEqualTo(new BigDecimal(x).divide(HUNDRED));
  }

  @Test
  void hundredthIsDivideOnGeneratedNumbers() {
    SplittableRandom r = new SplittableRandom(2026);
    for (int i = 0; i < 20_000; i++) {
      BigInteger unscaled =
          switch (i % 4) {
            case 0 -> BigInteger.valueOf(r.nextLong(-1_000_000, 1_000_000));
            case 1 ->
                BigInteger.valueOf(r.nextLong(-100, 100))
                    .multiply(BigInteger.TEN.pow(r.nextInt(5)));
            case 2 -> BigInteger.valueOf(r.nextLong());
            default -> new BigInteger(r.nextInt(60, 200), new java.util.Random(r.nextLong()));
          };
      BigDecimal x = new BigDecimal(unscaled, r.nextInt(-6, 12));
      assertThat(ExactCalculation.hundredth(x)).as("%s", x).isEqualTo(x.divide(HUNDRED));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0, 2.5, 2.5",
    "0.0, 2.5, 2.5",
    "0.00, 2.5, 2.50",
    "2.5, 0, 2.5",
    "2.5, 0.0, 2.5",
    "2.5, 0.00, 2.50",
    "0, 1E+1, 10",
    "0E+2, 1E+1, 1E+1",
    "0E-1, 0, 0.0",
    "1.5, 2.25, 3.75",
    "-1.5, 1.5, 0.0"
  })
  void plusByHand(String a, String b, String expected) {
    BigDecimal sum = ExactCalculation.plus(new BigDecimal(a), new BigDecimal(b));
    assertThat(sum).isEqualTo(new BigDecimal(expected));
    assertThat(sum).isEqualTo(new BigDecimal(a).add(new BigDecimal(b)));
  }

  @Test
  void plusIsAddOnGeneratedNumbers() {
    SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      BigDecimal a =
          BigDecimal.valueOf(i % 3 == 0 ? 0 : r.nextLong(-10_000, 10_000), r.nextInt(-3, 5));
      BigDecimal b =
          BigDecimal.valueOf(i % 5 == 0 ? 0 : r.nextLong(-10_000, 10_000), r.nextInt(-3, 5));
      assertThat(ExactCalculation.plus(a, b)).as("%s + %s", a, b).isEqualTo(a.add(b));
    }
  }
}
