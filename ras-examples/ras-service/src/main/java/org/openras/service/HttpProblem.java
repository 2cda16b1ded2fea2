package org.openras.service;

/** A request the service refuses before any table or assessment is read: a 4xx problem. */
final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final transient ServiceError error;

  HttpProblem(ServiceError error, String detail) {
    super(detail, null, false, false);
    this.error = error;
  }
}
