/**
 * Seeded, reproducible generators of RAS tables and assessments, for the test suites of councils,
 * suppliers and OpenRAS itself.
 *
 * <ul>
 *   <li>{@link org.openras.generate.TableGenerator} makes random, always valid tables;
 *   <li>{@link org.openras.generate.AssessmentGenerator} makes random, always valid assessments for
 *       a given table, uniformly or weighted towards chosen answers;
 *   <li>{@link org.openras.generate.Assessments} enumerates every assessment of a small table.
 * </ul>
 *
 * <p>Every generator is driven by an explicit {@code long} seed through {@link
 * java.util.SplittableRandom}, whose sequence is fixed by the Java platform: the same seed gives
 * the same table or assessment on every machine, every JDK and every run. Generated ids carry their
 * seed ({@code gen-<seed>}), so a failure found with a generated input can be replayed from its id
 * alone. Nothing here reads the clock, the environment or any shared state; the generators are
 * immutable and safe to share between threads.
 */
package org.openras.generate;
