/**
 * The error model of OpenRAS: what a caller is told when a table, an assessment or the choice of
 * table breaks a rule of the RAS specification.
 *
 * <p>{@link org.openras.RasException} is the one exception family; its subclasses say what was
 * wrong ({@link org.openras.InvalidTableException}, {@link org.openras.InvalidAssessmentException},
 * {@link org.openras.TableSelectionException}, {@link org.openras.InvalidResultException}). Each
 * carries every {@link org.openras.Problem} found, not only the first, in the order of the
 * document; a problem names its stable {@link org.openras.ErrorCode}, an RFC 6901 JSON pointer, the
 * line and column ({@link org.openras.Location}) when the {@link org.openras.Source} text is known,
 * and a sentence. Codes never change meaning once published and are listed in {@code
 * docs/errors.md}.
 *
 * <p>Guarantees: problems, locations and codes are immutable values; a {@code Problem} refuses a
 * {@code null} part, and an exception's list of problems is immutable and never empty. A mistake in
 * how Java code calls the API (a {@code null} argument, say) is not reported this way: it is a
 * programming error and throws the JDK's usual exceptions.
 *
 * <p>The RAS tables themselves are in {@link org.openras.table}, assessments in {@link
 * org.openras.assessment}, and the engine that computes a budget in {@code org.openras.engine}.
 */
package org.openras;
