package org.openras.calibration;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Least squares with every parameter at least 0, from the normal equations: minimises {@code |A x −
 * y|²} over {@code x ≥ 0} given only {@code Q = AᵀA} and {@code c = Aᵀy}, which a caller
 * accumulates one observation at a time (so memory does not grow with the caseload).
 *
 * <p>The Lawson–Hanson active-set method; each unconstrained sub-problem is solved with
 * Hipparchus's singular value decomposition (a least-squares solution even when some parameters
 * have no data).
 */
final class NonNegativeLeastSquares {
  private final int n;
  private final double[][] q;
  private final double[] c;
  private long observations;

  NonNegativeLeastSquares(int parameters) {
    this.n = parameters;
    this.q = new double[n][n];
    this.c = new double[n];
  }

  /** Adds one observation: the row {@code a} of A and its target {@code y}. */
  void add(double[] a, double y) {
    for (int i = 0; i < n; i++) {
      if (a[i] == 0) {
        continue;
      }
      c[i] += a[i] * y;
      for (int j = 0; j < n; j++) {
        q[i][j] += a[i] * a[j];
      }
    }
    observations++;
  }

  long observations() {
    return observations;
  }

  /**
   * The observations whose row has 1 at parameter {@code i}: for a parameter that is an indicator
   * (a band's amount), how many people it rests on.
   */
  long indicatorCount(int i) {
    return Math.round(q[i][i]);
  }

  /** Whether parameter {@code i} was touched by any observation. */
  boolean hasData(int i) {
    return q[i][i] > 0;
  }

  /** The fitted parameters, each at least 0. */
  double[] solve() {
    double[] x = new double[n];
    boolean[] passive = new boolean[n];
    double scale = 0;
    for (int i = 0; i < n; i++) {
      scale = Math.max(scale, Math.abs(c[i]));
    }
    double tol = 1e-10 * Math.max(1, scale);
    for (int iteration = 0; iteration < 3 * n + 10; iteration++) {
      double[] w = gradient(x);
      int best = -1;
      for (int j = 0; j < n; j++) {
        if (!passive[j] && hasData(j) && w[j] > tol && (best < 0 || w[j] > w[best])) {
          best = j;
        }
      }
      if (best < 0) {
        break;
      }
      passive[best] = true;
      while (true) {
        double[] s = subproblem(passive);
        boolean feasible = true;
        for (int i = 0; i < n; i++) {
          if (passive[i] && s[i] <= 0) {
            feasible = false;
            break;
          }
        }
        if (feasible) {
          x = s;
          break;
        }
        double alpha = 1;
        for (int i = 0; i < n; i++) {
          if (passive[i] && s[i] <= 0) {
            alpha = Math.min(alpha, x[i] / (x[i] - s[i]));
          }
        }
        for (int i = 0; i < n; i++) {
          x[i] += alpha * (s[i] - x[i]);
          if (passive[i] && x[i] <= 1e-12) {
            passive[i] = false;
            x[i] = 0;
          }
        }
      }
    }
    return x;
  }

  /** {@code c − Q x}: how the error falls as each parameter grows. */
  private double[] gradient(double[] x) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double qx = 0;
      for (int j = 0; j < n; j++) {
        qx += q[i][j] * x[j];
      }
      w[i] = c[i] - qx;
    }
    return w;
  }

  /** The unconstrained least-squares solution over the passive parameters, 0 elsewhere. */
  private double[] subproblem(boolean[] passive) {
    int k = 0;
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      if (passive[i]) {
        index[k++] = i;
      }
    }
    RealMatrix qp = new Array2DRowRealMatrix(k, k);
    RealVector cp = new ArrayRealVector(k);
    for (int a = 0; a < k; a++) {
      cp.setEntry(a, c[index[a]]);
      for (int b = 0; b < k; b++) {
        qp.setEntry(a, b, q[index[a]][index[b]]);
      }
    }
    RealVector sp = new SingularValueDecomposition(qp).getSolver().solve(cp);
    double[] s = new double[n];
    for (int a = 0; a < k; a++) {
      s[index[a]] = sp.getEntry(a);
    }
    return s;
  }
}
