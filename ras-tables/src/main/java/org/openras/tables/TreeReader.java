package org.openras.tables;

import static org.openras.ErrorCode.JSON_DUPLICATE_KEY;
import static org.openras.ErrorCode.JSON_LIMIT;
import static org.openras.ErrorCode.JSON_READ;
import static org.openras.ErrorCode.JSON_SYNTAX;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openras.ErrorCode;
import org.openras.Location;
import org.openras.Problem;

/**
 * Reads one JSON document into a located {@link Node} tree with the streaming parser, within {@link
 * JsonLimits}. Problems the tree can show (duplicate keys, numbers beyond the limits) are collected
 * and reading goes on; a syntax error or a limit the parser itself enforces ends the reading with
 * one problem, located where the parser stopped.
 *
 * <p>Bytes are decoded here, strictly as UTF-8 (a leading byte order mark is skipped), so that
 * invalid UTF-8 is our error and columns count characters, as editors do.
 */
final class TreeReader {
  /** What reading gave: the tree (absent when reading had to stop) and the problems found. */
  record Parsed(Optional<Node> root, List<Problem> problems, Map<String, Location> locations) {}

  private final JsonFactory factory;
  private final JsonLimits limits;

  TreeReader(JsonLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentLength())
                    // one deeper than ours, so that our own check (with its message) speaks first
                    .maxNestingDepth(limits.maxNestingDepth() + 1)
                    .maxNumberLength(limits.maxNumberLength())
                    .maxStringLength(limits.maxStringLength())
                    .maxNameLength(limits.maxStringLength())
                    .build())
            .build();
  }

  /** Decodes strict UTF-8 (skipping a byte order mark) and reads the document. */
  Parsed read(byte[] bytes, int length) {
    int start = 0;
    if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      StringBuilder hex = new StringBuilder();
      for (int i = at; i < Math.min(at + Math.max(r.length(), 1), length); i++) {
        hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
      }
      out.flip();
      Location where = endOf(out);
      return stopped(
          new Problem(
              JSON_SYNTAX,
              "",
              Optional.of(where),
              "the file is not valid UTF-8: byte "
                  + hex
                  + " at byte offset "
                  + at
                  + " (JSON files must be UTF-8)"));
    }
    out.flip();
    return read(out.toString());
  }

  /** Reads a document given as text (a leading byte order mark is skipped). */
  Parsed read(String text) {
    if (text.length() > limits.maxDocumentLength()) {
      return stopped(
          Problem.at(
              JSON_LIMIT,
              "",
              "the document is "
                  + text.length()
                  + " characters long, over the limit of "
                  + limits.maxDocumentLength()
                  + " ("
                  + JsonLimits.howToRaise("maxDocumentLength")
                  + ")"));
    }
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new Run(json).run();
  }

  /** A document too long to read at all. */
  Parsed tooLong(long bytes) {
    return stopped(
        Problem.at(
            JSON_LIMIT,
            "",
            "the document is "
                + (bytes < 0 ? "more than " + limits.maxDocumentLength() : bytes)
                + " bytes long, over the limit of "
                + limits.maxDocumentLength()
                + " ("
                + JsonLimits.howToRaise("maxDocumentLength")
                + ")"));
  }

  private static Parsed stopped(Problem p) {
    return new Parsed(Optional.empty(), List.of(p), Map.of());
  }

  private static Location endOf(CharSequence text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new Location(line, column);
  }

  /** Thrown inside a run to end reading with one problem. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Stop(Problem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }

  /** One reading of one document. */
  private final class Run {
    private final String json;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Location> locations = new HashMap<>();
    private JsonParser parser;

    /** The pointer of the value being read, or of the container between values. */
    private String where = "";

    /** Whether the value being read is dropped (a duplicate key's): its places are not kept. */
    private boolean skipping;

    Run(String json) {
      this.json = json;
    }

    Parsed run() {
      try (JsonParser p = factory.createParser(json)) {
        this.parser = p;
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new Stop(
              new Problem(
                  JSON_SYNTAX, "", Optional.of(new Location(1, 1)), "the document is empty"));
        }
        Node root = value(t, "", 1);
        JsonToken after = p.nextToken();
        if (after != null) {
          throw new Stop(
              located(
                  JSON_SYNTAX,
                  "",
                  p.currentTokenLocation(),
                  "there is more after the end of the document"));
        }
        return new Parsed(Optional.of(root), List.copyOf(problems), Map.copyOf(locations));
      } catch (Stop s) {
        problems.add(s.problem);
      } catch (StreamConstraintsException e) {
        problems.add(limit(e));
      } catch (JsonProcessingException e) {
        problems.add(
            located(
                JSON_SYNTAX, stoppedAt(), e.getLocation(), "not well-formed JSON: " + clean(e)));
      } catch (IOException e) {
        problems.add(Problem.at(JSON_READ, "", "cannot read the document: " + e.getMessage()));
      }
      return new Parsed(Optional.empty(), List.copyOf(problems), Map.of());
    }

    private Node value(JsonToken t, String pointer, int depth) throws IOException {
      Location at = location(parser.currentTokenLocation());
      if (!skipping) {
        locations.put(pointer, at);
      }
      switch (t) {
        case START_OBJECT -> {
          checkDepth(pointer, depth, at);
          Map<String, Node> members = new LinkedHashMap<>();
          where = pointer;
          for (JsonToken k = parser.nextToken();
              k != JsonToken.END_OBJECT;
              k = parser.nextToken()) {
            String key = parser.currentName();
            String child = Node.child(pointer, key);
            where = child;
            JsonToken v = parser.nextToken();
            if (members.containsKey(key)) {
              Location dup = location(parser.currentTokenLocation());
              problems.add(
                  new Problem(
                      JSON_DUPLICATE_KEY,
                      child,
                      Optional.of(dup),
                      "the key \""
                          + Node.abbreviate(key)
                          + "\" appears twice in the same object"
                          + " (first at "
                          + members.get(key).location
                          + ")"));
              skip(v, child, depth + 1);
            } else {
              members.put(key, value(v, child, depth + 1));
            }
            where = pointer;
          }
          return Node.object(pointer, at, members);
        }
        case START_ARRAY -> {
          checkDepth(pointer, depth, at);
          List<Node> elements = new ArrayList<>();
          where = pointer;
          for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
            String child = pointer + "/" + elements.size();
            where = child;
            elements.add(value(e, child, depth + 1));
            where = pointer;
          }
          where = pointer;
          return Node.array(pointer, at, elements);
        }
        case VALUE_STRING -> {
          return Node.string(pointer, at, parser.getText());
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          return number(pointer, at, parser.getText());
        }
        case VALUE_TRUE -> {
          return Node.bool(pointer, at, true);
        }
        case VALUE_FALSE -> {
          return Node.bool(pointer, at, false);
        }
        case VALUE_NULL -> {
          return Node.nul(pointer, at);
        }
        default ->
            throw new Stop(
                located(JSON_SYNTAX, pointer, parser.currentTokenLocation(), "unexpected " + t));
      }
    }

    /**
     * Reads and drops a value (the second of a duplicate key), still checking it, without letting
     * its places replace those of the value kept.
     */
    private void skip(JsonToken t, String pointer, int depth) throws IOException {
      boolean outer = skipping;
      skipping = true;
      value(t, pointer, depth);
      skipping = outer;
    }

    private void checkDepth(String pointer, int depth, Location at) {
      if (depth > limits.maxNestingDepth()) {
        throw new Stop(
            new Problem(
                JSON_LIMIT,
                pointer,
                Optional.of(at),
                "the document nests objects and arrays deeper than the limit of "
                    + limits.maxNestingDepth()
                    + " ("
                    + JsonLimits.howToRaise("maxNestingDepth")
                    + ")"));
      }
    }

    /**
     * A number, exactly, unless it is written with a scale or exponent beyond the limit: then a
     * problem, found before anything is expanded.
     */
    private Node number(String pointer, Location at, String text) {
      int e = Math.max(text.indexOf('e'), text.indexOf('E'));
      String mantissa = e < 0 ? text : text.substring(0, e);
      int point = mantissa.indexOf('.');
      long fraction = point < 0 ? 0 : mantissa.length() - point - 1;
      long exponent = 0;
      boolean tooBig = false;
      if (e >= 0) {
        String digits = text.substring(e + 1);
        boolean negative = digits.startsWith("-");
        if (digits.startsWith("-") || digits.startsWith("+")) {
          digits = digits.substring(1);
        }
        int nonZero = 0;
        while (nonZero < digits.length() - 1 && digits.charAt(nonZero) == '0') {
          nonZero++;
        }
        digits = digits.substring(nonZero);
        if (digits.length() > 10) {
          tooBig = true;
        } else {
          exponent = Long.parseLong(digits) * (negative ? -1 : 1);
        }
      }
      long scale = fraction - exponent;
      int max = limits.maxNumberScale();
      if (tooBig || Math.abs(exponent) > max || Math.abs(scale) > max) {
        problems.add(
            new Problem(
                JSON_LIMIT,
                pointer,
                Optional.of(at),
                "the number "
                    + Node.abbreviate(text)
                    + " has "
                    + (tooBig || Math.abs(exponent) > max
                        ? "an exponent beyond ±" + max
                        : "a scale of " + scale + ", beyond ±" + max)
                    + " ("
                    + JsonLimits.howToRaise("maxNumberScale")
                    + ")"));
        return Node.invalid(pointer, at);
      }
      try {
        return Node.number(pointer, at, new BigDecimal(text));
      } catch (NumberFormatException | ArithmeticException x) {
        problems.add(
            new Problem(
                JSON_SYNTAX, pointer, Optional.of(at), "not a number: " + Node.abbreviate(text)));
        return Node.invalid(pointer, at);
      }
    }

    /**
     * Where the parser stopped, as a pointer: the parser reads a field's name and the start of its
     * value together, so its own context knows the place better than {@link #where}.
     */
    private String stoppedAt() {
      try {
        String p = parser.getParsingContext().pathAsPointer().toString();
        return p.endsWith("/-1") ? p.substring(0, p.length() - 3) : p;
      } catch (RuntimeException e) {
        return where;
      }
    }

    /** Jackson's message without its source description: {@code at line 3, column 5}. */
    private String clean(JsonProcessingException e) {
      return JacksonLocation.PATTERN
          .matcher(String.valueOf(e.getOriginalMessage()))
          .replaceAll("line $1, column $2");
    }

    private Problem limit(StreamConstraintsException e) {
      String m = String.valueOf(e.getOriginalMessage());
      String limit;
      String what;
      if (m.startsWith("Number value length")) {
        limit = "maxNumberLength";
        what = "a number is longer than " + limits.maxNumberLength() + " characters";
      } else if (m.startsWith("String value length") || m.startsWith("Name length")) {
        limit = "maxStringLength";
        what =
            "a "
                + (m.startsWith("Name") ? "field name" : "string")
                + " is longer than "
                + limits.maxStringLength()
                + " characters";
      } else if (m.startsWith("Document nesting depth")) {
        limit = "maxNestingDepth";
        what =
            "the document nests objects and arrays deeper than the limit of "
                + limits.maxNestingDepth();
      } else if (m.startsWith("Document length")) {
        limit = "maxDocumentLength";
        what = "the document is longer than " + limits.maxDocumentLength();
      } else {
        limit = null;
        what = m;
      }
      String message = limit == null ? what : what + " (" + JsonLimits.howToRaise(limit) + ")";
      JsonLocation loc = parser == null ? null : parser.currentTokenLocation();
      return located(JSON_LIMIT, parser == null ? where : stoppedAt(), loc, message);
    }

    private Problem located(ErrorCode code, String pointer, JsonLocation loc, String message) {
      Optional<Location> at =
          loc == null || loc.getLineNr() < 1 ? Optional.empty() : Optional.of(location(loc));
      return new Problem(code, pointer, at, message);
    }

    private Location location(JsonLocation loc) {
      return new Location(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
  }

  /**
   * Jackson's "[Source: …; line: L, column: C]", in a message of a syntax error. In a class of its
   * own, so that the pattern is compiled only when an error needs it (a first table load in a fresh
   * JVM would pay a regex's set-up).
   */
  private static final class JacksonLocation {
    static final Pattern PATTERN =
        Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private JacksonLocation() {}
  }
}
