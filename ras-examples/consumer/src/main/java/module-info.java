/** A council's own module, using OpenRAS from the module path as published. */
module org.openras.consumer {
  requires org.openras.tables;
  requires org.openras.caseload;
}
