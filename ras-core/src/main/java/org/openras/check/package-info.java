/**
 * The table checks of spec §7: proof, before a table goes live, that it is fair and coherent.
 *
 * <p>{@link org.openras.check.TableChecks#check} gives a {@link org.openras.check.CheckReport}: the
 * {@link org.openras.check.Finding findings} (each with a {@link org.openras.check.Severity}, a
 * stable {@link org.openras.check.Check} code, a JSON pointer into the table, a sentence and the
 * figures that prove it), the least and greatest points and budget for each client group and
 * locality ({@link org.openras.check.Extremes}, each reached by an {@link
 * org.openras.check.Example} assessment rerun through the engine), which bands are reachable and
 * which adjustments and supplements can act. The checks on the answer space are exact — computed
 * over every combination of answers, never sampled — within the bounds of {@link
 * org.openras.check.CheckConfig}; beyond them the report says so instead of guessing. Every check
 * is described in {@code docs/checks.md}.
 */
package org.openras.check;
