package org.openras.tables;

import static org.openras.ErrorCode.JSON_BAD_DATE;
import static org.openras.ErrorCode.JSON_BAD_VALUE;
import static org.openras.ErrorCode.JSON_DUPLICATE_KEY;
import static org.openras.ErrorCode.JSON_FORMAT_TAG;
import static org.openras.ErrorCode.JSON_UNKNOWN_FIELD;
import static org.openras.ErrorCode.JSON_WRONG_TYPE;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openras.ErrorCode;
import org.openras.Location;
import org.openras.Problem;

/**
 * The typed view of a {@link Node} tree that the format readers use: each accessor returns the
 * value when it has the type the format defines, and otherwise records a problem (wrong type, null,
 * bad date, bad value, unknown field) and returns {@code null} or empty, so that reading goes on
 * and every problem is found in one pass. Absent fields are not problems here: the core validator,
 * fed with {@code null}, reports the required ones with their rule.
 */
final class Mapping {

  private final List<Problem> problems = new ArrayList<>();

  /** The problems found so far. */
  List<Problem> problems() {
    return problems;
  }

  void add(ErrorCode code, Node at, String message) {
    problems.add(new Problem(code, at.pointer, Optional.of(at.location), message));
  }

  /**
   * The members of {@code node} when it is an object, after reporting each member not in {@code
   * fields}; {@code null} (reported) otherwise.
   */
  Map<String, Node> object(Node node, String what, List<String> fields) {
    if (!is(node, Node.Type.OBJECT, what + " must be an object")) {
      return null;
    }
    Map<String, Node> members = node.members();
    for (Map.Entry<String, Node> m : members.entrySet()) {
      if (!fields.contains(m.getKey())) {
        String near = null;
        for (String f : fields) {
          if (f.equalsIgnoreCase(m.getKey())) {
            near = f;
          }
        }
        add(
            JSON_UNKNOWN_FIELD,
            m.getValue(),
            "unknown field \""
                + Node.abbreviate(m.getKey())
                + "\" in "
                + what
                + (near != null ? " (did you mean \"" + near + "\"?)" : "")
                + "; the fields allowed are "
                + String.join(", ", fields));
      }
    }
    return members;
  }

  /** The string at {@code field}, or {@code null} when absent or not a string (reported). */
  String string(Map<String, Node> object, String field) {
    Node n = object.get(field);
    return n == null || !is(n, Node.Type.STRING, field + " must be a string") ? null : n.text();
  }

  /** The number at {@code field}, exact, or {@code null} when absent or not a number. */
  BigDecimal number(Map<String, Node> object, String field) {
    Node n = object.get(field);
    return n == null || !is(n, Node.Type.NUMBER, field + " must be a number") ? null : n.decimal();
  }

  /** The boolean at {@code field}, or {@code null} when absent or not a boolean. */
  Boolean bool(Map<String, Node> object, String field) {
    Node n = object.get(field);
    return n == null || !is(n, Node.Type.BOOLEAN, field + " must be true or false")
        ? null
        : n.bool();
  }

  /** The ISO date at {@code field}, or {@code null} when absent or not a date (reported). */
  LocalDate date(Map<String, Node> object, String field) {
    String s = string(object, field);
    if (s == null) {
      return null;
    }
    Node n = object.get(field);
    LocalDate date = isoDate(s);
    if (date != null) {
      return date;
    }
    add(
        JSON_BAD_DATE,
        n,
        field + " \"" + Node.abbreviate(s) + "\" is not an ISO date (YYYY-MM-DD)");
    return null;
  }

  /**
   * The day {@code s} names as {@code YYYY-MM-DD} in ASCII digits, or {@code null} when it is not
   * of that form or names no day (2026-02-30). Checked by hand, as {@code LocalDate.parse} would: a
   * first table load in a fresh JVM would pay the set-up of a regex and of the JDK's date formats.
   */
  static LocalDate isoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number the ASCII digits {@code s[from, to)} spell, or -1 if one is not a digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * The constant of {@code type} named at {@code field}, or {@code null} when absent or not one of
   * {@code allowed} (reported).
   */
  <E extends Enum<E>> E choice(
      Map<String, Node> object, String field, Class<E> type, List<E> allowed) {
    String s = string(object, field);
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s) && allowed.contains(e)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    allowed.forEach(e -> names.add(e.name()));
    add(
        JSON_BAD_VALUE,
        object.get(field),
        field + " \"" + Node.abbreviate(s) + "\" is not one of " + String.join(", ", names));
    return null;
  }

  /** The elements at {@code field}; empty when absent or not an array (reported). */
  List<Node> array(Map<String, Node> object, String field) {
    Node n = object.get(field);
    return n == null || !is(n, Node.Type.ARRAY, field + " must be an array")
        ? List.of()
        : n.elements();
  }

  /** Whether the field is present, whatever its value. */
  static boolean has(Map<String, Node> object, String field) {
    return object.containsKey(field);
  }

  /**
   * The strings of an array; an element of another type is reported and stands as {@code ""}, so
   * that the indexes (and the pointers the core reports) stay those of the document.
   */
  List<String> strings(List<Node> elements, String what) {
    List<String> out = new ArrayList<>(elements.size());
    for (Node e : elements) {
      if (is(e, Node.Type.STRING, what + " must be a string")) {
        out.add(e.text());
      } else {
        out.add("");
      }
    }
    return out;
  }

  /**
   * The numbers of an object used as a map (descriptor code → number), in document order; values of
   * another type are reported and left out.
   */
  Map<String, BigDecimal> numbers(Map<String, Node> object, String field) {
    Node n = object.get(field);
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (n == null || !is(n, Node.Type.OBJECT, field + " must be an object")) {
      return out;
    }
    for (Map.Entry<String, Node> e : n.members().entrySet()) {
      Node v = e.getValue();
      if (is(
          v,
          Node.Type.NUMBER,
          "the value for \""
              + Node.abbreviate(e.getKey())
              + "\" in "
              + field
              + " must be a number")) {
        out.put(e.getKey(), v.decimal());
      }
    }
    return out;
  }

  /**
   * Checks the start of every document: its root is an object whose {@code "format"} is {@code
   * tag}. Returns no problems when it is; otherwise every problem found so far, for the reader to
   * throw at once (nothing else of a document of another format is worth reading).
   *
   * @param root the document's root
   * @param treeProblems the problems found while parsing the tree (duplicate keys, limits)
   * @param source where the document came from
   * @param tag the format tag the document must carry, such as {@code ras-table/1}
   * @param noun the kind of document with its article, such as {@code "a table"}
   * @return no problems, or the problems to throw
   */
  List<Problem> document(
      Node root, List<Problem> treeProblems, JsonSource source, String tag, String noun) {
    problems.addAll(treeProblems);
    if (!is(root, Node.Type.OBJECT, "a " + tag + " document must be an object")) {
      return problems;
    }
    Node format = root.members().get("format");
    if (format != null && format.type == Node.Type.STRING && tag.equals(format.text())) {
      return List.of();
    }
    List<Problem> all = new ArrayList<>(treeProblems);
    all.add(
        new Problem(
            JSON_FORMAT_TAG,
            format == null ? "" : "/format",
            Optional.of(format == null ? root.location : format.location),
            format == null
                ? "\"format\" is missing; " + noun + " starts with \"format\": \"" + tag + "\""
                : "\"format\" is " + format.shortly() + ", not \"" + tag + "\""));
    return merge(all, List.of(), source);
  }

  /** Whether {@code n} has {@code type}; reports it (once) when not. */
  boolean is(Node n, Node.Type type, String rule) {
    if (n.type == type) {
      return true;
    }
    if (n.type != Node.Type.INVALID) {
      add(
          JSON_WRONG_TYPE,
          n,
          rule
              + ", but is "
              + n.type.description
              + (n.type == Node.Type.NULL || n.type == Node.Type.OBJECT || n.type == Node.Type.ARRAY
                  ? ""
                  : " (" + n.shortly() + ")"));
    }
    return false;
  }

  /**
   * The problems of reading and of the core rules together, in document order. A rule problem at or
   * under a place where reading found a value unusable (a wrong type, a bad date or value, a number
   * beyond the limits) is left out: it only repeats that problem (a wrong type read as missing).
   * Unknown fields and duplicate keys leave the values read usable, so they hide nothing.
   */
  static List<Problem> merge(List<Problem> read, List<Problem> rules, JsonSource source) {
    List<Problem> all = new ArrayList<>(read);
    for (Problem p : rules) {
      boolean repeat = false;
      for (Problem r : read) {
        if (r.code() != JSON_UNKNOWN_FIELD
            && r.code() != JSON_DUPLICATE_KEY
            && (p.pointer().equals(r.pointer()) || p.pointer().startsWith(r.pointer() + "/"))) {
          repeat = true;
          break;
        }
      }
      if (!repeat) {
        all.add(p.locatedIn(source));
      }
    }
    all.sort(
        Comparator.comparing(
            (Problem p) -> p.location().orElse(new Location(Integer.MAX_VALUE, Integer.MAX_VALUE)),
            Comparator.comparingInt(Location::line).thenComparingInt(Location::column)));
    return all;
  }
}
