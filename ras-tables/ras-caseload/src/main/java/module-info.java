/**
 * OpenRAS caseload runs: a whole caseload (CSV or JSON Lines) computed on all cores, streaming
 * ({@code BatchRun}), impact analysis of a new table version ({@code ImpactAnalysis}), and the
 * streaming run they are built on for analyses of one's own ({@code CaseloadRows}), all in {@code
 * org.openras.tables.batch}. A system that only computes budgets needs {@code org.openras.tables}
 * alone, and none of this module's CSV support. Calibration, which needs a numeric library, is the
 * module {@code org.openras.calibration}.
 */
module org.openras.caseload {
  requires transitive org.openras.tables;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static transitive org.apiguardian.api;

  exports org.openras.tables.batch;
}
