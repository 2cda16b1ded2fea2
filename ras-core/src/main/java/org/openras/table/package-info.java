/**
 * RAS tables (spec §2): the questionnaire of {@link org.openras.table.Domain domains}, {@link
 * org.openras.table.Question questions} and {@link org.openras.table.Descriptor descriptors} with
 * their points, the {@link org.openras.table.Adjustment adjustments}, and the {@link
 * org.openras.table.Allocation allocation} that turns points into money ({@link
 * org.openras.table.Curve curves} of {@link org.openras.table.Band bands}, {@link
 * org.openras.table.Supplement supplements}, {@link org.openras.table.CostFactor cost factors},
 * floor, ceiling and {@link org.openras.table.Rounding rounding}).
 *
 * <p>The entry type is {@link org.openras.table.RasTable}, built with {@link
 * org.openras.table.RasTable#builder()} or read from {@code ras-table/1} JSON (module {@code
 * org.openras.tables}). Both go through the same validator, so a {@code RasTable} is always valid:
 * every rule of spec §2 holds, and a table that breaks any is refused with an {@link
 * org.openras.InvalidTableException} listing every broken rule at once. Its {@link
 * org.openras.table.RasTable#canonicalForm() canonical form} and {@link
 * org.openras.table.Fingerprint fingerprint} are computed here, so a table built in code and the
 * same table read from JSON have the same fingerprint.
 *
 * <p>Guarantees: the tables and their parts are immutable and thread-safe (their builders are
 * mutable, for one thread at a time). Lists keep the order they were given in, which carries
 * meaning (descriptors run from least to most need, bands by their start), and maps keep the order
 * they were given in. Money and points are exact {@link java.math.BigDecimal}s, held in their
 * shortest plain form. The parts' constructors take a missing list or optional as empty rather than
 * throwing, so that a table with a missing part is reported by the validator, with its JSON
 * pointer, like any other broken rule.
 */
package org.openras.table;
