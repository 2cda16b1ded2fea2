package org.openras.engine;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openras.table.Adjustment;
import org.openras.table.CostFactor;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Select;
import org.openras.table.Unit;

/**
 * A table prepared once for computing: the look-ups the exact calculation needs, by code; questions
 * and descriptors numbered in questionnaire order (domain by domain) for the answer check and the
 * scaled calculation; and the table compiled for the scaled calculation, when its numbers fit.
 */
final class Plan {
  final RasTable table;

  /**
   * The engine that prepared this plan for the table it chose, or null for a plan made alone (in
   * tests): an assessment whose kept {@link Encoding} is of a plan of the engine computing it again
   * needs no table look-up (see {@link RasEngine}).
   */
  final RasEngine engine;

  /** Curve and cost factor numbers (their place in the table) by client group and locality. */
  final Map<String, Integer> curveIndex = new HashMap<>();

  final Map<String, Integer> costFactorIndex = new HashMap<>();

  /** Every question, domain by domain: a question's number is its place here. */
  final List<Question> questions = new ArrayList<>();

  final Map<String, Integer> questionIndex = new HashMap<>();

  /** Descriptor numbers by code; a question's descriptors are numbered consecutively. */
  final Map<String, Integer> descriptorIndex = new HashMap<>();

  /** The descriptors by number. */
  final Descriptor[] descriptors;

  final int[] descriptorQuestion;
  final int[] questionFirstDescriptor;
  final boolean[] questionAny;
  final boolean[] questionRequired;
  final int requiredCount;

  /** For each domain, the numbers (places in the table) of the adjustments that apply to it. */
  final int[][] adjustmentNumbersByDomain;

  /** For each domain, its question codes joined for the trace. */
  final List<String> questionList = new ArrayList<>();

  final String domainList;

  /** The unit the allocation counts (spec v1.1 §5), or null when it counts money. */
  final Unit unit;

  /** The digits of the currency's minor unit, to which a unit's cost is rounded (v1.1 §5). */
  final int costDigits;

  /** The table compiled for the scaled calculation, or null when its numbers do not fit. */
  final ScaledTable scaled;

  /**
   * The most steps a trace of this table has had so far, so that a recorder is made big enough at
   * once (read and written without synchronization: any value seen is a fine guess).
   */
  int traceSteps = 64;

  Plan(RasTable table) {
    this(table, null);
  }

  Plan(RasTable table, RasEngine engine) {
    this.table = table;
    this.engine = engine;
    for (Curve c : table.allocation().curves()) {
      curveIndex.put(c.clientGroup(), curveIndex.size());
    }
    for (CostFactor f : table.allocation().costFactors()) {
      costFactorIndex.put(f.locality(), costFactorIndex.size());
    }
    List<Integer> owners = new ArrayList<>();
    List<Descriptor> all = new ArrayList<>();
    for (Domain d : table.domains()) {
      for (Question q : d.questions()) {
        questionIndex.put(q.code(), questions.size());
        for (Descriptor x : q.descriptors()) {
          descriptorIndex.put(x.code(), owners.size());
          owners.add(questions.size());
          all.add(x);
        }
        questions.add(q);
      }
    }
    descriptors = all.toArray(new Descriptor[0]);
    descriptorQuestion = owners.stream().mapToInt(Integer::intValue).toArray();
    int nq = questions.size();
    questionFirstDescriptor = new int[nq + 1];
    questionAny = new boolean[nq];
    questionRequired = new boolean[nq];
    int required = 0;
    for (int q = 0; q < nq; q++) {
      Question question = questions.get(q);
      questionFirstDescriptor[q + 1] = questionFirstDescriptor[q] + question.descriptors().size();
      questionAny[q] = question.select() == Select.ANY;
      questionRequired[q] = question.required();
      required += question.required() ? 1 : 0;
    }
    requiredCount = required;
    List<String> codes = new ArrayList<>();
    adjustmentNumbersByDomain = new int[table.domains().size()][];
    for (Domain d : table.domains()) {
      List<Integer> numbers = new ArrayList<>();
      for (int k = 0; k < table.adjustments().size(); k++) {
        Adjustment a = table.adjustments().get(k);
        if (a.appliesTo(d.code())) {
          numbers.add(k);
        }
      }
      adjustmentNumbersByDomain[codes.size()] =
          numbers.stream().mapToInt(Integer::intValue).toArray();
      questionList.add(String.join(", ", d.questions().stream().map(Question::code).toList()));
      codes.add(d.code());
    }
    this.domainList = String.join(", ", codes);
    this.unit = table.allocation().unit().orElse(null);
    this.costDigits = unit == null ? 0 : minorDigits(table.currency());
    this.scaled = ScaledTable.compile(this);
  }

  /** The digits of the currency's minor unit: 2 for pounds, 0 for yen (and for none, 2). */
  private static int minorDigits(String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    return digits < 0 ? 2 : digits;
  }

  /** The number of the curve for the client group, else of the {@code *} curve, else -1. */
  int curveNumber(String clientGroup) {
    Integer c = clientGroup == null ? null : curveIndex.get(clientGroup);
    if (c == null) {
      c = curveIndex.get(Curve.ANY_GROUP);
    }
    return c == null ? -1 : c;
  }

  /** The number of the cost factor for the locality, else of the {@code *} factor, else -1. */
  int costFactorNumber(String locality) {
    Integer f = locality == null ? null : costFactorIndex.get(locality);
    if (f == null) {
      f = costFactorIndex.get(CostFactor.ANY_LOCALITY);
    }
    return f == null ? -1 : f;
  }
}
