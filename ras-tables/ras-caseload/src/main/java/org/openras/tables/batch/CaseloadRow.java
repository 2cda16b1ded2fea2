package org.openras.tables.batch;

import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.openras.assessment.Assessment;

/**
 * One row of a caseload as read: its number from 1, its id, the assessment or the error that
 * reading it gave, and the person's current weekly package cost when the caseload gives one (CSV
 * column {@code weeklyCost}), else null. Exactly one of {@code assessment} and {@code error} is
 * present.
 *
 * @param number the row's number, from 1 (header and blank lines not counted)
 * @param id the assessment's id, when it could be read; else null
 * @param assessment the assessment, or null when the row is in error
 * @param error why the row could not be read (an {@link org.openras.RasException} with its
 *     location), or null
 * @param cost the current weekly package cost, or null
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CaseloadRow(
    long number, String id, Assessment assessment, RuntimeException error, BigDecimal cost) {
  CaseloadRow(long number, String id, Assessment assessment, RuntimeException error) {
    this(number, id, assessment, error, null);
  }
}
