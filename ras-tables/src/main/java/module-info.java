/**
 * OpenRAS tables: the RAS v1 JSON formats ({@code ras-table/1}, {@code ras-assessment/1}, {@code
 * ras-result/1}) read with located errors and hostile-input limits, and table providers for files,
 * directories, the classpath and memory; and caseload-scale runs (batch, impact analysis,
 * calibration) in {@code org.openras.tables.batch}.
 *
 * <p>The API is the package {@code org.openras.tables} ({@code RasJson}, {@code JsonLimits}, {@code
 * TableProviders} and the JSON writers of statements, what-if, comparisons and verifications) and
 * {@code org.openras.tables.batch} (batch runs, impact analysis, calibration); every other class is
 * package-private implementation.
 */
module org.openras.tables {
  requires transitive org.openras.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  // Hipparchus 4 has no module descriptor: this is its automatic module name (from the jar's
  // file name), used only inside the calibration fit.
  requires hipparchus.core;
  requires static transitive org.apiguardian.api;

  exports org.openras.tables;
  exports org.openras.tables.batch;
}
