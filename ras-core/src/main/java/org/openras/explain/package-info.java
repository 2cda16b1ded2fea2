/**
 * Explanations a person can read: {@link org.openras.explain.Statement} tells a person how their
 * indicative budget was worked out, question by question and step by step; figures are shown by
 * {@link org.openras.explain.Figures}. The objects are pure data with sentences; {@link
 * org.openras.explain.render} turns them into text, Markdown and HTML.
 */
package org.openras.explain;
