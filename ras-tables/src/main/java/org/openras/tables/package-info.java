/**
 * The RAS v1 JSON formats: {@link org.openras.tables.RasJson} reads tables ({@code ras-table/1})
 * and assessments ({@code ras-assessment/1}) strictly, with every problem located by file, JSON
 * pointer, line and column, and writes them and results ({@code ras-result/1}); {@link
 * org.openras.tables.JsonLimits} bounds what it will read; {@link
 * org.openras.tables.TableProviders} loads tables from files, a directory, the classpath or memory.
 * Everything else in the package is implementation.
 */
package org.openras.tables;
