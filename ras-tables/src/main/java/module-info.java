/**
 * OpenRAS tables: the RAS v1 JSON formats ({@code ras-table/1}, {@code ras-assessment/1}, {@code
 * ras-result/1}) read with located errors and hostile-input limits, and table providers for
 * files, directories, the classpath and memory.
 *
 * <p>The API is the package {@code org.openras.tables}: {@code RasJson}, {@code JsonLimits} and
 * {@code TableProviders}; every other class of the package is package-private implementation.
 */
module org.openras.tables {
  requires transitive org.openras.core;
  requires com.fasterxml.jackson.core;
  requires static transitive org.apiguardian.api;

  exports org.openras.tables;
}
