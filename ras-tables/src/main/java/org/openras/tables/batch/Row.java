package org.openras.tables.batch;

import java.math.BigDecimal;
import org.openras.assessment.Assessment;

/**
 * One row of a caseload as read: its number from 1, its id, the assessment or the error, and the
 * person's current weekly package cost when the caseload gives one (CSV column {@code weeklyCost}),
 * else null.
 */
record Row(long number, String id, Assessment assessment, RuntimeException error, BigDecimal cost) {
  Row(long number, String id, Assessment assessment, RuntimeException error) {
    this(number, id, assessment, error, null);
  }
}
