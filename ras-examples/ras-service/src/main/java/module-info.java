/**
 * OpenRAS service: {@code ras serve}, the budget over HTTP. A JSON API under {@code /v1/} on Jetty
 * 12 (core handlers, no servlets): calculate, explain, what-if, compare, verify, check, the tables
 * served and a streaming JSON Lines batch, with RFC 9457 problem details carrying the library's
 * located problems.
 *
 * <p>The API is {@link org.openras.service.RasService} and {@link
 * org.openras.service.ServiceConfig}; every other class is package-private.
 */
module org.openras.service {
  requires transitive org.openras.tables;
  requires com.fasterxml.jackson.core;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.util;
  requires org.slf4j;
  requires static transitive org.apiguardian.api;

  exports org.openras.service;
}
