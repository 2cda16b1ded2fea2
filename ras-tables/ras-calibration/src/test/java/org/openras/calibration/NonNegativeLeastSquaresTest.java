package org.openras.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The NNLS solver against fits worked out by hand. */
class NonNegativeLeastSquaresTest {

  @Test
  void exactLineIsFound() {
    // y = 2 + 3x at x = 0..9
    NonNegativeLeastSquares f = new NonNegativeLeastSquares(2);
    for (int x = 0; x < 10; x++) {
      f.add(new double[] {1, x}, 2 + 3 * x);
    }
    double[] p = f.solve();
    assertThat(p[0]).isCloseTo(2, within(1e-9));
    assertThat(p[1]).isCloseTo(3, within(1e-9));
    assertThat(f.observations()).isEqualTo(10);
  }

  @Test
  void aFallingLineGetsSlopeZeroAndTheMeanAsIntercept() {
    // y = 10 − x at x = 0..4: unconstrained slope −1; with slope ≥ 0 the best is slope 0 and
    // the intercept the mean of y, (10 + 9 + 8 + 7 + 6) / 5 = 8
    NonNegativeLeastSquares f = new NonNegativeLeastSquares(2);
    for (int x = 0; x < 5; x++) {
      f.add(new double[] {1, x}, 10 - x);
    }
    double[] p = f.solve();
    assertThat(p[0]).isCloseTo(8, within(1e-9));
    assertThat(p[1]).isZero();
  }

  @Test
  void aParameterWithNoDataStaysZero() {
    // only the first of two bands has people: y = 5 + 1x; band 2's columns are all 0
    NonNegativeLeastSquares f = new NonNegativeLeastSquares(4);
    for (int x = 0; x < 5; x++) {
      f.add(new double[] {1, x, 0, 0}, 5 + x);
    }
    double[] p = f.solve();
    assertThat(p[0]).isCloseTo(5, within(1e-9));
    assertThat(p[1]).isCloseTo(1, within(1e-9));
    assertThat(p[2]).isZero();
    assertThat(p[3]).isZero();
    assertThat(f.hasData(2)).isFalse();
  }

  @Test
  void agreesWithUnconstrainedLeastSquaresWhenThatIsNonNegative() {
    // noisy y = 1.5 + 0.25 x: the unconstrained optimum is positive, so NNLS must equal it;
    // compare with the closed-form simple regression
    SplittableRandom r = new SplittableRandom(5);
    NonNegativeLeastSquares f = new NonNegativeLeastSquares(2);
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    int m = 500;
    for (int i = 0; i < m; i++) {
      double x = r.nextDouble(0, 40);
      double y = 1.5 + 0.25 * x + r.nextDouble(-1, 1);
      f.add(new double[] {1, x}, y);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
    double intercept = (sy - slope * sx) / m;
    double[] p = f.solve();
    assertThat(p[0]).isCloseTo(intercept, within(1e-7));
    assertThat(p[1]).isCloseTo(slope, within(1e-9));
  }
}
