/**
 * OpenRAS core: the pure domain of a Resource Allocation System that computes a person's indicative
 * personal budget in adult social care from a needs assessment, and explains how.
 *
 * <p>Every exported package is public API: the error model ({@code org.openras}), RAS tables
 * ({@code org.openras.table}), assessments ({@code org.openras.assessment}), the engine ({@code
 * org.openras.engine}), the explanation trace ({@code org.openras.trace}), the table-provider SPI
 * ({@code org.openras.spi}), seeded generators for property tests ({@code org.openras.generate}),
 * statements, published tables, what-if, comparison and verification ({@code org.openras.explain}
 * and its renderers {@code org.openras.explain.render}), the one document model and its text,
 * Markdown and HTML writers that every report uses ({@code org.openras.report}), the table checks
 * ({@code org.openras.check}) and the councils' test kit ({@code org.openras.testkit}).
 * Implementation classes are package-private: the engine's exact calculation (spec §3 in {@code
 * BigDecimal}, the reference and the traced path), its scaled calculation (spec §3 in scaled {@code
 * long}s, for untraced results and headline figures), the compiled tables and the answer rules of
 * spec §4. What two packages share lives in {@code org.openras.internal}, which is not exported:
 * the {@code Recorder} a calculation tells its steps to (one that records nothing when untraced)
 * and the compact trace's recording one. {@code org.openras.internal.text}, not exported either,
 * holds the one implementation of the shortest plain number form, money, and HTML and Markdown
 * escaping, on which everything else builds. There is no I/O here; the only dependency is Guava,
 * whose immutable collections appear in the API.
 */
module org.openras.core {
  requires transitive com.google.common;
  requires static transitive org.apiguardian.api;

  exports org.openras;
  exports org.openras.table;
  exports org.openras.assessment;
  exports org.openras.engine;
  exports org.openras.trace;
  exports org.openras.spi;
  exports org.openras.generate;
  exports org.openras.explain;
  exports org.openras.explain.render;
  exports org.openras.report;
  exports org.openras.check;
  exports org.openras.testkit;
}
