/**
 * A test kit for councils and suppliers: property assertions over a table's assessments, for a
 * JUnit (or any) test suite, without depending on a test framework.
 *
 * <ul>
 *   <li>{@link org.openras.testkit.TableProperty} checks a property of every generated (or, for a
 *       small table, every possible) assessment of a table, and on failure throws an {@link
 *       AssertionError} — which every test framework reports as a failure — naming the property,
 *       the seed that replays it, the assessment's answers and the result's trace;
 *   <li>{@link org.openras.testkit.TableAssertions} asserts on the table checks.
 * </ul>
 *
 * <p>The assessments come from {@link org.openras.generate.AssessmentGenerator} (seeded and
 * reproducible) or {@link org.openras.generate.Assessments#exhaustive}.
 */
package org.openras.testkit;
