/**
 * OpenRAS spreadsheets: RAS tables to and from {@code .xlsx} workbooks in the layout of {@code
 * docs/spreadsheets.md}, every problem located by sheet and cell ({@code org.openras.xlsx}).
 *
 * <p>The pure computation ({@code org.openras.core}) does not depend on this module; it reads and
 * writes workbooks with Apache POI.
 */
module org.openras.xlsx {
  requires transitive org.openras.core;
  requires org.openras.tables;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires static transitive org.apiguardian.api;

  exports org.openras.xlsx;
}
