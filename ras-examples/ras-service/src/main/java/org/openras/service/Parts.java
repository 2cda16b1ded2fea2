package org.openras.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openras.ErrorCode;
import org.openras.InvalidAssessmentException;
import org.openras.InvalidResultException;
import org.openras.InvalidTableException;
import org.openras.Location;
import org.openras.Problem;
import org.openras.RasException;
import org.openras.Source;
import org.openras.TableSelectionException;
import org.openras.tables.JsonLimits;

/**
 * A request body holding several documents, such as {@code {"before": {…}, "after": {…}}}: each
 * member is read by the library's own reader, and its problems are placed in the whole body (the
 * member's name before the pointer, the line and column in the body).
 */
final class Parts {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(JsonLimits.defaults().maxNestingDepth() + 1)
                  .build())
          .build();

  /** One member: its text and where it starts in the body. */
  record Part(String name, String text, int line, int column) {}

  private final Map<String, Part> parts;

  private Parts(Map<String, Part> parts) {
    this.parts = parts;
  }

  /**
   * Splits a body into its members; any other member, a duplicate or a body that is not a JSON
   * object is a located {@code RAS-J…} problem.
   */
  static Parts of(String body, String sourceName, Set<String> allowed) {
    Map<String, Part> parts = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidAssessmentException(
            Source.named(sourceName),
            List.of(
                located(
                    ErrorCode.JSON_WRONG_TYPE,
                    "",
                    p.currentTokenLocation(),
                    "the body must be a JSON object with the members " + allowed)));
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonLocation at = p.currentTokenLocation();
        JsonToken v = p.nextToken();
        JsonLocation start = p.currentTokenLocation();
        p.skipChildren();
        int end = (int) p.currentTokenLocation().getCharOffset() + (v.isStructStart() ? 1 : 0);
        if (!v.isStructStart()) {
          p.getText(); // reads the whole scalar, which Jackson otherwise reads lazily
          end = (int) p.currentLocation().getCharOffset();
        }
        if (!allowed.contains(name)) {
          problems.add(
              located(
                  ErrorCode.JSON_UNKNOWN_FIELD,
                  "/" + name,
                  at,
                  "unknown member '" + name + "'; the body has " + allowed));
          continue;
        }
        parts.put(
            name,
            new Part(
                name,
                body.substring((int) start.getCharOffset(), end),
                start.getLineNr(),
                start.getColumnNr()));
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        problems.add(
            located(
                ErrorCode.JSON_SYNTAX,
                "",
                p.currentTokenLocation(),
                "text after the body's object"));
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String msg = e.getOriginalMessage();
      ErrorCode code =
          msg != null && msg.startsWith("Duplicate field")
              ? ErrorCode.JSON_DUPLICATE_KEY
              : msg != null && msg.contains("nesting depth")
                  ? ErrorCode.JSON_LIMIT
                  : ErrorCode.JSON_SYNTAX;
      problems.add(located(code, "", l, msg == null ? "not well-formed JSON" : msg));
    } catch (IOException e) {
      problems.add(Problem.at(ErrorCode.JSON_READ, "", "cannot read the body: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidAssessmentException(Source.named(sourceName), problems);
    }
    return new Parts(parts);
  }

  /** {@return the member, or a located "required" problem when it is missing} */
  Part required(String name, ErrorCode code) {
    Part p = parts.get(name);
    if (p == null) {
      throw new InvalidAssessmentException(
          null, List.of(Problem.at(code, "", "the body must have the member '" + name + "'")));
    }
    return p;
  }

  /** {@return the member if present} */
  Optional<Part> optional(String name) {
    return Optional.ofNullable(parts.get(name));
  }

  /** {@return the source name a member is read under, so that later problems can be traced} */
  static String sourceOf(Part part) {
    return Api.BODY + " /" + part.name();
  }

  /**
   * Runs a computation over members read with {@link #sourceOf}; a problem of one member's document
   * (found by the engine, say) is re-placed in the whole body.
   *
   * @param work the computation
   * @param parts the members it read
   * @return what it computed
   */
  static <T> T compute(java.util.function.Supplier<T> work, Part... parts) {
    try {
      return work.get();
    } catch (RasException e) {
      for (Part p : parts) {
        if (e.sourceName().filter(sourceOf(p)::equals).isPresent()) {
          throw moved(e, p);
        }
      }
      throw e;
    }
  }

  /**
   * Reads one member with a library reader; its problems are re-placed in the whole body.
   *
   * @param part the member
   * @param reader the library's reader of the member's text
   * @return what the reader read
   */
  static <T> T read(Part part, java.util.function.BiFunction<String, String, T> reader) {
    try {
      return reader.apply(part.text(), sourceOf(part));
    } catch (RasException e) {
      throw moved(e, part);
    }
  }

  /** {@return the same error with each problem placed in the whole body} */
  static RasException moved(RasException e, Part part) {
    List<Problem> out = new ArrayList<>();
    for (Problem p : e.problems()) {
      Optional<Location> l =
          p.location()
              .map(
                  x ->
                      new Location(
                          part.line() + x.line() - 1,
                          x.line() == 1 ? part.column() + x.column() - 1 : x.column()));
      out.add(new Problem(p.code(), "/" + part.name() + p.pointer(), l, p.message()));
    }
    Source s = Source.named(Api.BODY);
    if (e instanceof InvalidTableException) {
      return new InvalidTableException(s, out);
    } else if (e instanceof TableSelectionException) {
      return new TableSelectionException(s, out);
    } else if (e instanceof InvalidResultException) {
      return new InvalidResultException(s, out);
    }
    return new InvalidAssessmentException(s, out);
  }

  private static Problem located(ErrorCode code, String pointer, JsonLocation l, String msg) {
    Optional<Location> at =
        l == null || l.getLineNr() < 1
            ? Optional.empty()
            : Optional.of(new Location(l.getLineNr(), l.getColumnNr()));
    return new Problem(code, pointer, at, msg);
  }
}
