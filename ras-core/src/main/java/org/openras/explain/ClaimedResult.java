package org.openras.explain;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openras.Source;
import org.openras.assessment.OtherFunding;
import org.openras.engine.Budget;
import org.openras.engine.DomainScore;
import org.openras.engine.Flag;
import org.openras.table.Fingerprint;
import org.openras.table.Period;
import org.openras.trace.StepKind;

/**
 * What a {@code ras-result/1} file says: the figures, flags and trace steps that someone claims the
 * engine produced. It is only a claim until {@link Verification} has recomputed it: it is read from
 * a file that may have been edited, by mistake or on purpose.
 *
 * <p>The JSON reader ({@code RasJson.readResult} in ras-tables) makes it; the fields are those of
 * spec §5. Immutable.
 *
 * @param assessmentId the assessment the result says it is for
 * @param tableId the table id it names
 * @param tableVersion the table version it names
 * @param fingerprint the table fingerprint it carries
 * @param period the table's period it names, when the file has one
 * @param curve the client group of the curve it says was used, when the file has one
 * @param domains every domain's figures, in the file's order
 * @param totalPoints the total points
 * @param band the band label
 * @param indicativeBudget the indicative budget
 * @param finalBudget the final budget, when the file has one
 * @param otherFunding the funding from elsewhere it lists (spec v1.1 §4), in the file's order
 * @param councilBudget the council budget, when the file has one (spec v1.1 §4)
 * @param flags the flags, in the file's order
 * @param trace the trace steps, in the file's order (empty for an untraced result)
 * @param source where it was read from, to locate a difference in the file
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ClaimedResult(
    String assessmentId,
    String tableId,
    String tableVersion,
    Fingerprint fingerprint,
    Optional<Period> period,
    Optional<String> curve,
    List<DomainScore> domains,
    BigDecimal totalPoints,
    String band,
    Budget indicativeBudget,
    Optional<Budget> finalBudget,
    List<OtherFunding> otherFunding,
    Optional<Budget> councilBudget,
    List<Flag> flags,
    List<Step> trace,
    Optional<Source> source) {

  /**
   * Creates the claims of a result file; every figure is required.
   *
   * @param assessmentId the assessment the result says it is for
   * @param tableId the table id it names
   * @param tableVersion the table version it names
   * @param fingerprint the table fingerprint it carries
   * @param period the table's period it names, when the file has one
   * @param curve the client group of the curve it says was used, when the file has one
   * @param domains every domain's figures, in the file's order
   * @param totalPoints the total points
   * @param band the band label
   * @param indicativeBudget the indicative budget
   * @param finalBudget the final budget, when the file has one
   * @param otherFunding the funding from elsewhere it lists (spec v1.1 §4), in the file's order
   * @param councilBudget the council budget, when the file has one (spec v1.1 §4)
   * @param flags the flags, in the file's order
   * @param trace the trace steps, in the file's order (empty for an untraced result)
   * @param source where it was read from, to locate a difference in the file
   */
  public ClaimedResult {
    requireNonNull(assessmentId, "assessmentId");
    requireNonNull(tableId, "tableId");
    requireNonNull(tableVersion, "tableVersion");
    requireNonNull(fingerprint, "fingerprint");
    requireNonNull(period, "period");
    requireNonNull(curve, "curve");
    domains = List.copyOf(domains);
    requireNonNull(totalPoints, "totalPoints");
    requireNonNull(band, "band");
    requireNonNull(indicativeBudget, "indicativeBudget");
    requireNonNull(finalBudget, "finalBudget");
    otherFunding = List.copyOf(otherFunding);
    requireNonNull(councilBudget, "councilBudget");
    flags = List.copyOf(flags);
    trace = List.copyOf(trace);
    requireNonNull(source, "source");
  }

  /**
   * Creates the claims of a result file without other funding (as every v1 result).
   *
   * @param assessmentId the assessment the result says it is for
   * @param tableId the table id it names
   * @param tableVersion the table version it names
   * @param fingerprint the table fingerprint it carries
   * @param period the table's period it names, when the file has one
   * @param curve the client group of the curve it says was used, when the file has one
   * @param domains every domain's figures, in the file's order
   * @param totalPoints the total points
   * @param band the band label
   * @param indicativeBudget the indicative budget
   * @param finalBudget the final budget, when the file has one
   * @param flags the flags, in the file's order
   * @param trace the trace steps, in the file's order (empty for an untraced result)
   * @param source where it was read from, to locate a difference in the file
   */
  public ClaimedResult(
      String assessmentId,
      String tableId,
      String tableVersion,
      Fingerprint fingerprint,
      Optional<Period> period,
      Optional<String> curve,
      List<DomainScore> domains,
      BigDecimal totalPoints,
      String band,
      Budget indicativeBudget,
      Optional<Budget> finalBudget,
      List<Flag> flags,
      List<Step> trace,
      Optional<Source> source) {
    this(
        assessmentId,
        tableId,
        tableVersion,
        fingerprint,
        period,
        curve,
        domains,
        totalPoints,
        band,
        indicativeBudget,
        finalBudget,
        List.of(),
        Optional.empty(),
        flags,
        trace,
        source);
  }

  /**
   * One trace step as the file gives it.
   *
   * @param kind the rule applied
   * @param subject the code the step is about; may be empty
   * @param reference where the rule comes from, when given
   * @param inputs the inputs by name, in the file's order: numbers as {@link BigDecimal}, codes and
   *     words as {@link String}
   * @param value the step's value, when it has one
   * @param explanation the step's sentence
   */
  public record Step(
      StepKind kind,
      String subject,
      Optional<String> reference,
      Map<String, Object> inputs,
      Optional<BigDecimal> value,
      String explanation) {

    /**
     * Creates a claimed trace step; every input must be a number or a text.
     *
     * @param kind the rule applied
     * @param subject the code the step is about; may be empty
     * @param reference where the rule comes from, when given
     * @param inputs the inputs by name, in the file's order: numbers as {@link BigDecimal}, codes
     *     and words as {@link String}
     * @param value the step's value, when it has one
     * @param explanation the step's sentence
     */
    public Step {
      requireNonNull(kind, "kind");
      requireNonNull(subject, "subject");
      requireNonNull(reference, "reference");
      inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
      for (Object v : inputs.values()) {
        if (!(v instanceof BigDecimal) && !(v instanceof String)) {
          throw new IllegalArgumentException("an input is a BigDecimal or a String: " + v);
        }
      }
      requireNonNull(value, "value");
      requireNonNull(explanation, "explanation");
    }
  }
}
