package org.openras.service;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openras.ErrorCode;
import org.openras.InvalidAssessmentException;
import org.openras.InvalidResultException;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.RasException;
import org.openras.TableSelectionException;

/**
 * RFC 9457 problem details ({@code application/problem+json}): the status, our stable code, and for
 * a library error every problem with its JSON pointer, line, column and sentence.
 */
final class Problems {
  static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://openras.org/errors/";

  private Problems() {}

  /**
   * {@return the status of a library error}: 400 when the body is not a well-formed document of the
   * format (the {@code RAS-J…} codes), 422 when it is one but breaks a rule.
   */
  static int status(RasException e) {
    for (Problem p : e.problems()) {
      if (!p.code().code().startsWith("RAS-J")) {
        return 422;
      }
    }
    return 400;
  }

  /** {@return the title of a library error} */
  static String title(RasException e) {
    if (e instanceof InvalidAssessmentException) {
      return "Invalid assessment";
    } else if (e instanceof InvalidTableException) {
      return "Invalid table";
    } else if (e instanceof TableSelectionException) {
      return "No table for the assessment";
    } else if (e instanceof InvalidResultException) {
      return "Invalid result";
    }
    return "Invalid input";
  }

  /** The problem document of a library error. */
  static String of(RasException e, String instance, String openrasVersion) {
    ErrorCode first = e.problems().get(0).code();
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", TYPE_BASE + first.code());
          g.writeStringField("title", title(e));
          g.writeNumberField("status", status(e));
          g.writeStringField("detail", e.getMessage());
          g.writeStringField("instance", instance);
          g.writeStringField("code", first.code());
          g.writeArrayFieldStart("problems");
          for (Problem p : e.problems()) {
            problem(g, p);
          }
          g.writeEndArray();
          g.writeStringField("openrasVersion", openrasVersion);
          g.writeEndObject();
        });
  }

  /** One problem of a library error, as an object of the {@code problems} array. */
  static void problem(JsonGenerator g, Problem p) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", p.code().code());
    g.writeStringField("rule", p.code().rule());
    g.writeStringField("pointer", p.pointer());
    if (p.location().isPresent()) {
      g.writeNumberField("line", p.location().get().line());
      g.writeNumberField("column", p.location().get().column());
    }
    g.writeStringField("message", p.message());
    g.writeEndObject();
  }

  /** The problem document of a refusal by the service itself. */
  static String of(ServiceError error, String detail, String instance, String openrasVersion) {
    return Json.write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", TYPE_BASE + error.code);
          g.writeStringField("title", error.title);
          g.writeNumberField("status", error.status);
          g.writeStringField("detail", detail);
          if (instance != null) {
            g.writeStringField("instance", instance);
          }
          g.writeStringField("code", error.code);
          g.writeArrayFieldStart("problems");
          g.writeStartObject();
          g.writeStringField("code", error.code);
          g.writeStringField("rule", error.rule);
          g.writeStringField("pointer", "");
          g.writeStringField("message", detail);
          g.writeEndObject();
          g.writeEndArray();
          g.writeStringField("openrasVersion", openrasVersion);
          g.writeEndObject();
        });
  }

  /** Unchecked form of the generator's I/O exceptions (writing to memory does not fail). */
  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
