/**
 * RAS tables to and from {@code .xlsx} workbooks: {@link org.openras.xlsx.XlsxTables}. The layout,
 * the reading rules and the limits are in {@code docs/spreadsheets.md}.
 */
package org.openras.xlsx;
