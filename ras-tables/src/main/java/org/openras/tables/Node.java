package org.openras.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.openras.Location;

/**
 * One JSON value as read, with its JSON pointer and where it starts in the source. The reader's own
 * small tree: just enough to map a document onto the core builders in document order and to say
 * where each value came from.
 */
final class Node {
  enum Type {
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("true or false"),
    NULL("null"),
    /** A value already reported as a problem (a number beyond the limits): skipped silently. */
    INVALID("an invalid value");

    final String description;

    Type(String description) {
      this.description = description;
    }
  }

  final Type type;
  final String pointer;
  final Location location;
  private final Object value;

  private Node(Type type, String pointer, Location location, Object value) {
    this.type = type;
    this.pointer = pointer;
    this.location = location;
    this.value = value;
  }

  static Node object(String pointer, Location at, Map<String, Node> members) {
    return new Node(Type.OBJECT, pointer, at, members);
  }

  static Node array(String pointer, Location at, List<Node> elements) {
    return new Node(Type.ARRAY, pointer, at, elements);
  }

  static Node string(String pointer, Location at, String s) {
    return new Node(Type.STRING, pointer, at, s);
  }

  static Node number(String pointer, Location at, BigDecimal n) {
    return new Node(Type.NUMBER, pointer, at, n);
  }

  static Node bool(String pointer, Location at, boolean b) {
    return new Node(Type.BOOLEAN, pointer, at, b);
  }

  static Node nul(String pointer, Location at) {
    return new Node(Type.NULL, pointer, at, null);
  }

  static Node invalid(String pointer, Location at) {
    return new Node(Type.INVALID, pointer, at, null);
  }

  @SuppressWarnings("unchecked")
  Map<String, Node> members() {
    return (Map<String, Node>) value;
  }

  @SuppressWarnings("unchecked")
  List<Node> elements() {
    return (List<Node>) value;
  }

  String text() {
    return (String) value;
  }

  BigDecimal decimal() {
    return (BigDecimal) value;
  }

  boolean bool() {
    return (Boolean) value;
  }

  /** The value in a few characters, for messages. */
  String shortly() {
    return switch (type) {
      case STRING -> "\"" + abbreviate(text()) + "\"";
      case NUMBER -> abbreviate(decimal().toString());
      case BOOLEAN -> String.valueOf(bool());
      case OBJECT -> "{…}";
      case ARRAY -> "[…]";
      case NULL -> "null";
      case INVALID -> "(invalid)";
    };
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "…";
  }

  /** {@code parent/key}, the key escaped as RFC 6901 says. */
  static String child(String parent, String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return parent + "/" + key; // the common case, without two scans that find nothing
    }
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }
}
