/**
 * The one way OpenRAS writes a report for people: the document model {@link org.openras.report.Doc}
 * (headings, paragraphs, notes, citations, headline figures, tables with numeric columns, lists and
 * charts with scales) and its three writers — plain text, Markdown and one self-contained HTML page
 * in the project's one page skeleton and stylesheet (no scripts, a skip link, tables in labelled
 * scroll regions, A4 print with page numbers). Every report uses it: the statement, the published
 * table, what-if, comparison, verification, table checks, impact and calibration. Figures are
 * formatted by {@link org.openras.explain.Figures}, the one money and number formatter.
 */
package org.openras.report;
