/**
 * The engine: spec §3 from an assessment to an indicative budget. {@link
 * org.openras.engine.RasEngine} is the one way in: built once over a table or a set of versions, it
 * picks the version in force on each assessment's date, checks the answers (spec §4) and computes a
 * {@link org.openras.engine.Result} (total points, each domain's figures as {@link
 * org.openras.engine.DomainScore}, the band, the indicative and final {@link
 * org.openras.engine.Budget}, the {@link org.openras.engine.Flag}s and, with {@link
 * org.openras.engine.Tracing#ON}, the explanation trace), or only the headline figures into a
 * reusable {@link org.openras.engine.HeadlineFigures} for caseload runs. Every result names the
 * table that made it ({@link org.openras.engine.TableRef}: id, version and fingerprint).
 *
 * <p>Guarantees: the engine is immutable and thread-safe, and any number of threads may compute
 * with one engine at once; the same table and assessment always give the same figures, exact
 * decimals with rounding only where the spec rounds, whichever way they are asked for (traced,
 * untraced or headline figures only: the differential tests hold them equal, value and scale).
 * Results are immutable values; {@code HeadlineFigures} is a holder for one thread at a time. The
 * calculation itself (one exact, one in scaled integers) is package-private implementation.
 */
package org.openras.engine;
