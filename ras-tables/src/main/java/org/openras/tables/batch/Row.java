package org.openras.tables.batch;

import org.openras.assessment.Assessment;

/** One row of a caseload as read: its number from 1, its id, and the assessment or the error. */
record Row(long number, String id, Assessment assessment, RuntimeException error) {}
