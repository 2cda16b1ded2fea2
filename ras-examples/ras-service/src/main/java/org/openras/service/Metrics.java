package org.openras.service;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters in the Prometheus text format: requests by endpoint and status, a latency histogram by
 * endpoint, and errors by our stable code.
 */
final class Metrics {
  /** Upper bounds of the latency buckets, in seconds. */
  static final double[] BUCKETS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final LongAdder reloads = new LongAdder();
  private final LongAdder refusedReloads = new LongAdder();

  private static final class Histogram {
    final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
    final LongAdder sumNanos = new LongAdder();

    Histogram() {
      for (int i = 0; i < counts.length; i++) {
        counts[i] = new LongAdder();
      }
    }
  }

  void record(String route, int status, String code, long nanos) {
    requests.computeIfAbsent(route + "\u0000" + status, k -> new LongAdder()).increment();
    if (code != null) {
      errors.computeIfAbsent(code, k -> new LongAdder()).increment();
    }
    Histogram h = latency.computeIfAbsent(route, k -> new Histogram());
    double s = nanos / 1e9;
    int i = 0;
    while (i < BUCKETS.length && s > BUCKETS[i]) {
      i++;
    }
    h.counts[i].increment();
    h.sumNanos.add(nanos);
  }

  void reloaded(boolean ok) {
    (ok ? reloads : refusedReloads).increment();
  }

  String text() {
    StringBuilder b = new StringBuilder();
    b.append("# HELP openras_requests_total Requests answered, by endpoint and status.\n");
    b.append("# TYPE openras_requests_total counter\n");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(requests).entrySet()) {
      String[] k = e.getKey().split("\u0000", -1);
      b.append("openras_requests_total{endpoint=\"")
          .append(k[0])
          .append("\",status=\"")
          .append(k[1])
          .append("\"} ")
          .append(e.getValue().sum())
          .append('\n');
    }
    b.append("# HELP openras_errors_total Problems answered, by OpenRAS error code.\n");
    b.append("# TYPE openras_errors_total counter\n");
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(errors).entrySet()) {
      b.append("openras_errors_total{code=\"")
          .append(e.getKey())
          .append("\"} ")
          .append(e.getValue().sum())
          .append('\n');
    }
    b.append("# HELP openras_request_duration_seconds Time to answer, by endpoint.\n");
    b.append("# TYPE openras_request_duration_seconds histogram\n");
    for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
      Histogram h = e.getValue();
      long cumulative = 0;
      for (int i = 0; i <= BUCKETS.length; i++) {
        cumulative += h.counts[i].sum();
        b.append("openras_request_duration_seconds_bucket{endpoint=\"")
            .append(e.getKey())
            .append("\",le=\"")
            .append(
                i == BUCKETS.length
                    ? "+Inf"
                    : java.math.BigDecimal.valueOf(BUCKETS[i]).toPlainString())
            .append("\"} ")
            .append(cumulative)
            .append('\n');
      }
      b.append("openras_request_duration_seconds_sum{endpoint=\"")
          .append(e.getKey())
          .append("\"} ")
          .append(h.sumNanos.sum() / 1e9)
          .append('\n');
      b.append("openras_request_duration_seconds_count{endpoint=\"")
          .append(e.getKey())
          .append("\"} ")
          .append(cumulative)
          .append('\n');
    }
    b.append("# HELP openras_table_reloads_total Reloads of the tables directory, by outcome.\n");
    b.append("# TYPE openras_table_reloads_total counter\n");
    b.append("openras_table_reloads_total{outcome=\"loaded\"} ").append(reloads.sum()).append('\n');
    b.append("openras_table_reloads_total{outcome=\"refused\"} ")
        .append(refusedReloads.sum())
        .append('\n');
    return b.toString();
  }
}
