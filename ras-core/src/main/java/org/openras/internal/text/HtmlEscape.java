package org.openras.internal.text;

import org.apiguardian.api.API;

/** The one HTML escaper; public API for it is {@link org.openras.explain.HtmlText}. */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class HtmlEscape {
  private HtmlEscape() {}

  /**
   * {@return {@code text} as HTML text, as {@link org.openras.explain.HtmlText#escape(String)}
   * says}
   *
   * @param text plain text
   */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        case '\n', '\t' -> s.append(c);
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            s.append(c).append(text.charAt(++i));
          } else if (c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069')
              || c == '\u2028'
              || c == '\u2029'
              || Character.isSurrogate(c)) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }
}
