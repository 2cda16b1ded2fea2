package org.openras.service;

/**
 * The stable codes of what the HTTP service itself refuses, beside the library's {@code RAS-J…},
 * {@code RAS-T…}, {@code RAS-A…}, {@code RAS-V…} and {@code RAS-R…} codes. Listed in {@code
 * docs/errors.md}.
 */
enum ServiceError {
  BAD_REQUEST("RAS-H400", 400, "Bad request", "the request must be well-formed HTTP"),
  UNAUTHORIZED(
      "RAS-H401", 401, "Unauthorized", "the request must carry the service's bearer token"),
  NOT_FOUND("RAS-H404", 404, "Not found", "the path must name an endpoint or a table served"),
  METHOD("RAS-H405", 405, "Method not allowed", "the endpoint must be called with its method"),
  NOT_ACCEPTABLE(
      "RAS-H406", 406, "Not acceptable", "the Accept header must allow a form the endpoint has"),
  TIMEOUT("RAS-H408", 408, "Request timeout", "the request must arrive before the idle timeout"),
  TOO_LARGE("RAS-H413", 413, "Content too large", "the body must stay within the service's limit"),
  MEDIA_TYPE(
      "RAS-H415",
      415,
      "Unsupported media type",
      "the body must have the content type the endpoint reads"),
  INTERNAL("RAS-H500", 500, "Internal failure", "the service failed; this is a bug to report"),
  UNAVAILABLE("RAS-H503", 503, "Service unavailable", "the service is stopping"),
  DEADLINE(
      "RAS-H504",
      504,
      "Deadline exceeded",
      "the computation must finish within the service's compute timeout");

  final String code;
  final int status;
  final String title;
  final String rule;

  ServiceError(String code, int status, String title, String rule) {
    this.code = code;
    this.status = status;
    this.title = title;
    this.rule = rule;
  }

  /** {@return the error of an HTTP status Jetty reports itself} */
  static ServiceError ofStatus(int status) {
    for (ServiceError e : values()) {
      if (e.status == status) {
        return e;
      }
    }
    return status >= 500 ? INTERNAL : BAD_REQUEST;
  }
}
