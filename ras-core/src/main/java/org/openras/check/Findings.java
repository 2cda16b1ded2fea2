package org.openras.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects findings with the configured severities; figures as name, value pairs. */
final class Findings {
  private final CheckConfig config;
  private final List<Finding> list = new ArrayList<>();

  Findings(CheckConfig config) {
    this.config = config;
  }

  void add(Check check, String pointer, String message, Object... figures) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < figures.length; i += 2) {
      Object v = figures[i + 1];
      if (v != null) {
        map.put(String.valueOf(figures[i]), Numbers.text(v));
      }
    }
    list.add(new Finding(config.severity(check), check, pointer, message, map));
  }

  /** The findings by severity (errors first), then by check, then in the order found. */
  List<Finding> sorted() {
    List<Finding> out = new ArrayList<>(list);
    out.sort(java.util.Comparator.comparing(Finding::severity).thenComparing(Finding::check));
    return out;
  }
}
