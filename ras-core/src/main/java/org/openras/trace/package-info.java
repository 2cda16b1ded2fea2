/**
 * The explanation of a figure. A {@link org.openras.trace.Trace} holds every step of spec §3 that
 * touched the budget, in order; each {@link org.openras.trace.TraceStep} has its kind ({@link
 * org.openras.trace.StepKind}, named after the step of the spec), the element of the table it
 * applied (a question, a domain, a band), its inputs and output, the rule's {@code reference} from
 * the table, and a sentence in plain English, so that the budget can be recomputed by hand from the
 * trace alone.
 *
 * <p>Guarantees: traces and steps are immutable and thread-safe; steps are in calculation order;
 * two traces are equal when their steps are. Sentences are written from the table's own names when
 * a step is first read, not while computing.
 */
package org.openras.trace;
