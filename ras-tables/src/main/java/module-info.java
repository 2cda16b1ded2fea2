/**
 * OpenRAS tables: the RAS v1 JSON formats ({@code ras-table/1}, {@code ras-assessment/1}, {@code
 * ras-result/1}) read with located errors and hostile-input limits, and table providers for files,
 * directories, the classpath and memory. Depends on jackson-core (streaming) alone.
 *
 * <p>The API is the package {@code org.openras.tables} ({@code RasJson}, {@code JsonLimits}, {@code
 * TableProviders} and the JSON writers of statements, what-if, comparisons and verifications);
 * every other class is package-private implementation. Caseload runs (batch, impact analysis,
 * calibration) are in the module {@code org.openras.caseload}.
 */
module org.openras.tables {
  requires transitive org.openras.core;
  requires com.fasterxml.jackson.core;
  requires static transitive org.apiguardian.api;

  exports org.openras.tables;
}
