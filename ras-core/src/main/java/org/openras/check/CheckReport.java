package org.openras.check;

import java.util.List;
import org.apiguardian.api.API;
import org.openras.engine.TableRef;

/**
 * What the table checks found for one table: the findings, and what the table can produce — the
 * extremes of points and budget for each client group and locality, which bands are reachable, and
 * which adjustments and supplements can act. Immutable.
 *
 * @param table the table checked, with its fingerprint
 * @param findings every finding, in a fixed order: by severity (errors first), then by check, then
 *     by place in the table
 * @param exact whether the reachable totals were computed exactly; when {@code false} a {@link
 *     Check#NOT_EXACT} finding says why, and {@code extremes} and {@code bands} are empty
 * @param extremes for each curve × cost factor, in table order
 * @param bands for each band of each curve, in table order
 * @param rules for each adjustment, then each supplement, in table order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CheckReport(
    TableRef table,
    List<Finding> findings,
    boolean exact,
    List<Extremes> extremes,
    List<BandReach> bands,
    List<RuleReach> rules) {

  /**
   * Creates a report, keeping copies of its lists.
   *
   * @param table the table checked, with its fingerprint
   * @param findings every finding, in a fixed order: by severity (errors first), then by check,
   *     then by place in the table
   * @param exact whether the reachable totals were computed exactly; when {@code false} a {@link
   *     Check#NOT_EXACT} finding says why, and {@code extremes} and {@code bands} are empty
   * @param extremes for each curve × cost factor, in table order
   * @param bands for each band of each curve, in table order
   * @param rules for each adjustment, then each supplement, in table order
   */
  public CheckReport {
    findings = List.copyOf(findings);
    extremes = List.copyOf(extremes);
    bands = List.copyOf(bands);
    rules = List.copyOf(rules);
  }

  /** {@return whether any finding is an {@link Severity#ERROR}: the table should not go live} */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * {@return the findings of {@code check}, in order}
   *
   * @param check a table check
   */
  public List<Finding> findings(Check check) {
    return findings.stream().filter(f -> f.check() == check).toList();
  }

  /**
   * {@return the findings of {@code severity}, in order}
   *
   * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
