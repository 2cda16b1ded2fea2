/**
 * Runs over a whole caseload: every person of a council's caseload (CSV or JSON Lines, {@link
 * org.openras.tables.batch.CaseloadFormat}) computed streaming, on all cores.
 *
 * <ul>
 *   <li>{@link org.openras.tables.batch.BatchRun} computes every person's indicative budget, writes
 *       one line of results per person and the bad rows to an error file, and accounts for every
 *       row in a {@link org.openras.tables.batch.BatchSummary};
 *   <li>{@link org.openras.tables.batch.ImpactAnalysis} computes every person under the table
 *       before and the table after a change, with an {@link org.openras.tables.batch.ImpactReport}
 *       (winners and losers, cost, by client group and by band) and a CSV of every {@link
 *       org.openras.tables.batch.PersonChange};
 *   <li>{@link org.openras.tables.batch.CaseloadRows} is the streaming run both are built on, for
 *       caseload analyses of one's own (calibration, in the module {@code org.openras.calibration},
 *       is one); {@link org.openras.tables.batch.CaseloadOptions} is what every such run is told,
 *       and {@link org.openras.tables.batch.CaseloadWriter} writes a caseload of assessments in the
 *       form these runs read.
 * </ul>
 *
 * <p>Guarantees: memory stays flat whatever the caseload's size (rows are read, worked on and
 * handed back in bounded chunks; an impact analysis keeps 8 bytes a person for its percentiles).
 * Rows are worked on in parallel but handed back, written and summed up in the caseload's order on
 * the calling thread, so the outputs are the same whatever the number of threads. A bad row never
 * stops a run and is never dropped: it goes to the error file with its row number, id, code and
 * message, and rows in = rows computed + rows in error. Every output file is written beside its
 * target and moved into place only when complete, so an interrupted run never leaves a half file
 * under its final name. The summaries and reports are immutable values; the builders are mutable,
 * for one thread at a time.
 */
package org.openras.tables.batch;
