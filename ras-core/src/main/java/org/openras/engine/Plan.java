package org.openras.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openras.table.Adjustment;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;

/** A table prepared once for computing: the look-ups the kernel needs, by code. */
final class Plan {
  final RasTable table;
  final Map<String, Curve> curves = new HashMap<>();
  final Map<String, CostFactor> costFactors = new HashMap<>();
  /** For each domain, in order, the adjustments that apply to it. */
  final List<List<Adjustment>> adjustmentsByDomain = new ArrayList<>();
  /** For each domain, its question codes joined for the trace. */
  final List<String> questionList = new ArrayList<>();
  final String domainList;

  Plan(RasTable table) {
    this.table = table;
    for (Curve c : table.allocation().curves()) {
      curves.put(c.clientGroup(), c);
    }
    for (CostFactor f : table.allocation().costFactors()) {
      costFactors.put(f.locality(), f);
    }
    List<String> codes = new ArrayList<>();
    for (Domain d : table.domains()) {
      List<Adjustment> applying = new ArrayList<>();
      for (Adjustment a : table.adjustments()) {
        if (a.appliesTo(d.code())) {
          applying.add(a);
        }
      }
      adjustmentsByDomain.add(List.copyOf(applying));
      questionList.add(
          String.join(", ", d.questions().stream().map(Question::code).toList()));
      codes.add(d.code());
    }
    this.domainList = String.join(", ", codes);
  }

  /** The curve for the client group, else the {@code *} curve, else null. */
  Curve curve(String clientGroup) {
    Curve c = clientGroup == null ? null : curves.get(clientGroup);
    return c != null ? c : curves.get(Curve.ANY_GROUP);
  }

  /** The cost factor for the locality, else the {@code *} factor, else null. */
  CostFactor costFactor(String locality) {
    CostFactor f = locality == null ? null : costFactors.get(locality);
    return f != null ? f : costFactors.get(CostFactor.ANY_LOCALITY);
  }
}
