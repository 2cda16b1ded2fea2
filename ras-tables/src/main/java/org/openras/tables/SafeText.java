package org.openras.tables;

import org.apiguardian.api.API;

/**
 * The one place where text that came from input is made safe to show: in a terminal, a message, a
 * CSV cell or a page. Control characters (C0 and C1, DEL, the line and paragraph separators and the
 * bidirectional overrides) and unpaired surrogates are written as escapes ({@code \n}, {@code \r},
 * {@code \t}, or {@code \}{@code uXXXX}), so that an ESC sequence cannot drive a terminal, a CR
 * cannot overwrite a line and an LF cannot forge one; long text is cut, saying how much was left
 * out.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SafeText {
  private SafeText() {}

  /** The most characters of one input value that a message shows. */
  public static final int VALUE_LIMIT = 200;

  /** The most characters of a whole message shown on a terminal. */
  public static final int MESSAGE_LIMIT = 8_000;

  /**
   * One value from input, to quote in a message: every control character escaped, cut after {@link
   * #VALUE_LIMIT} characters.
   *
   * @param s the value, or null
   * @return the safe text ({@code null} for null)
   */
  public static String value(String s) {
    return s == null ? "null" : escape(s, VALUE_LIMIT, false);
  }

  /**
   * A whole message for a terminal or a log: every control character escaped except the line feeds
   * that separate its lines, cut after {@link #MESSAGE_LIMIT} characters.
   *
   * @param s the message, or null
   * @return the safe text
   */
  public static String message(String s) {
    return s == null ? "" : escape(s, MESSAGE_LIMIT, true);
  }

  /**
   * A message on one line (a cell of an error file): every control character escaped, line feeds
   * too, cut after {@link #MESSAGE_LIMIT} characters.
   *
   * @param s the message, or null
   * @return the safe text
   */
  public static String oneLine(String s) {
    return s == null ? "" : escape(s, MESSAGE_LIMIT, false);
  }

  /**
   * Whether {@code c} is written as an escape: C0 and C1 controls, DEL, the line and paragraph
   * separators, and the bidirectional embeddings, overrides and isolates.
   *
   * @param c the character
   * @return whether it is escaped
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean clean(String s, int limit, boolean keepLineFeeds) {
    if (s.length() > limit) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if ((isUnsafe(c) && !(keepLineFeeds && c == '\n')) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String escape(String s, int limit, boolean keepLineFeeds) {
    if (clean(s, limit, keepLineFeeds)) {
      return s;
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), limit) + 16);
    int n = Math.min(s.length(), limit);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (keepLineFeeds && c == '\n') {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (isUnsafe(c) || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (s.length() > n) {
      b.append("… (").append(s.length() - n).append(" more characters)");
    }
    return b.toString();
  }
}
