/**
 * Where the engine finds its tables: the service-provider interface {@link
 * org.openras.spi.TableProvider}, which gives every loaded version of every table id and, by
 * default, chooses the version in force on an assessment's date (spec §2 "Versions"), and {@link
 * org.openras.spi.TableSet}, the tables held in memory.
 *
 * <p>Implementations read files, a directory, the classpath (module {@code org.openras.tables},
 * {@code TableProviders}) or a council's own store. They must be thread-safe, return the same
 * tables for the same id for as long as an engine uses them, and list ids and versions in a stable
 * order. {@code TableSet} is immutable and thread-safe; it keeps versions in the order given, keeps
 * the same table given twice once, and refuses two different tables with the same id and version
 * with a {@link org.openras.TableSelectionException} that names both. Choosing a version fails with
 * the same exception, naming the date and the versions, when no version or more than one is in
 * force.
 */
package org.openras.spi;
