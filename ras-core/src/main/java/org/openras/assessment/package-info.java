/**
 * Assessments (spec §4): one person's answers on a date, with a little context, and the moderations
 * a worker or a panel made to the budget.
 *
 * <p>{@link org.openras.assessment.Assessment} (built with {@link
 * org.openras.assessment.Assessment#builder()} or read from {@code ras-assessment/1} JSON) holds an
 * {@link org.openras.assessment.Answer} for each question answered and any {@link
 * org.openras.assessment.Moderation moderations}. It carries no personal data: its id is an opaque
 * reference owned by the calling system.
 *
 * <p>Building an assessment checks the rules that need no table (an id, a date, each moderation
 * with a reason and exactly one of amount and percent) and reports every broken one at once in an
 * {@link org.openras.InvalidAssessmentException}; the rules that need the table (unknown questions,
 * a descriptor of another question…) are checked when the engine computes it.
 *
 * <p>Guarantees: assessments, answers and moderations are immutable and thread-safe (the builder is
 * mutable, for one thread at a time); answers and moderations keep the order they were given in. A
 * missing id, date or reason is a broken rule reported with its JSON pointer, never a {@code
 * NullPointerException}; a {@code null} handed to a builder method that adds an answer or a
 * moderation is a programming error and throws one.
 */
package org.openras.assessment;
