package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.openras.ErrorCode;
import org.openras.Location;
import org.openras.Problem;
import org.openras.RasException;

/** Test documents and helpers for located problems. */
final class Docs {
  private Docs() {}

  /** A small valid table; tests break it by replacing text. */
  static final String MINI =
      """
      {
        "format": "ras-table/1",
        "id": "mini",
        "name": "Mini",
        "version": "1",
        "effectiveFrom": "2026-04-01",
        "domains": [
          {
            "code": "D1",
            "name": "Care",
            "questions": [
              {
                "code": "Q1",
                "text": "Care?",
                "descriptors": [
                  { "code": "1A", "text": "None", "points": 0 },
                  { "code": "1B", "text": "Some", "points": 5 }
                ]
              }
            ]
          }
        ],
        "allocation": {
          "curves": [
            { "clientGroup": "*", "bands": [ { "label": "A", "from": 0, "amount": 0, "perPoint": 10 } ] }
          ]
        }
      }
      """;

  /** A small valid assessment of {@link #MINI}. */
  static final String MINI_ASSESSMENT =
      """
      {
        "format": "ras-assessment/1",
        "id": "case-1",
        "date": "2026-06-01",
        "context": { "clientGroup": "any", "locality": "any" },
        "answers": { "Q1": "1B" },
        "moderations": [
          { "percent": 5, "reason": "Transport", "by": "worker", "date": "2026-06-02" }
        ]
      }
      """;

  /** {@code text} with {@code from} (which must occur exactly once) replaced by {@code to}. */
  static String replace(String text, String from, String to) {
    int i = text.indexOf(from);
    assertThat(i).as("'%s' occurs in the document", from).isNotNegative();
    assertThat(text.indexOf(from, i + 1)).as("'%s' occurs once", from).isNegative();
    return text.substring(0, i) + to + text.substring(i + from.length());
  }

  /** Where the first occurrence of {@code snippet} starts in {@code text}. */
  static Location at(String text, String snippet) {
    int i = text.indexOf(snippet);
    assertThat(i).as("'%s' occurs in the document", snippet).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int k = 0; k < i; k++) {
      if (text.charAt(k) == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    return new Location(line, i - lineStart + 1);
  }

  /** The exception {@code read} throws, which must be of {@code type}. */
  static <E extends RasException> E failure(Class<E> type, Runnable read) {
    E e = catchThrowableOfType(type, read::run);
    assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
    return e;
  }

  /**
   * Asserts that {@code e} has exactly one problem, with this code, pointer and location, and that
   * its message names the source and the place.
   */
  static Problem onlyProblem(
      RasException e, String source, ErrorCode code, String pointer, Location location) {
    assertThat(e.problems()).as(e.getMessage()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(p.pointer()).as(e.getMessage()).isEqualTo(pointer);
    if (location != null) {
      assertThat(p.location()).as(e.getMessage()).contains(location);
    }
    p.location().ifPresent(l -> assertThat(e.getMessage()).contains(" (" + l + "): "));
    assertThat(e.getMessage()).startsWith(source + ": ").contains(code.code());
    if (!pointer.isEmpty()) {
      assertThat(e.getMessage()).contains(pointer);
    }
    return p;
  }

  static String resource(String name) {
    try (InputStream in = Docs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
