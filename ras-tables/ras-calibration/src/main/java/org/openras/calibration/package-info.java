/**
 * Calibration: a table's allocation refitted to what a council spends today.
 *
 * <p>{@link org.openras.calibration.Calibration} reads a caseload whose rows give each person's
 * current weekly package cost, refits the money figures of the table's curves by least squares with
 * every figure at least 0 (one band per curve, or each band of the current curves, {@link
 * org.openras.calibration.Calibration.Shape}), and makes a new, valid table version with them. Its
 * {@link org.openras.calibration.CalibrationReport} holds that table, the fit of each curve and the
 * residuals — the fitted table's real budgets, computed by the engine, minus the costs — by band,
 * by client group and for the people furthest from the fit.
 *
 * <p>Guarantees: the fit is an estimate computed in double precision, but the table it makes is
 * exact decimals like any other (amounts to the penny, prices per point to 4 decimals, rounded half
 * up) and passes the same validator. Rows are worked on in parallel and added to the fit in the
 * caseload's order on the calling thread, so the same caseload gives the same table and report
 * whatever the number of threads. Memory does not grow with the caseload: the fit keeps only its
 * normal equations, the report at most 20 people and 20 errors. The report is an immutable value;
 * the builder is mutable, for one thread at a time. Runs over a caseload share their options and
 * streaming with the package {@code org.openras.tables.batch}.
 */
package org.openras.calibration;
