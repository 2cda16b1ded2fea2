package org.openras.explain;

import org.apiguardian.api.API;

/**
 * The one HTML escaper of OpenRAS's pages (statements, published tables, reports, impact analyses):
 * text from a table or an assessment becomes HTML text that can neither open a tag nor leave an
 * attribute, and control characters never reach the page raw.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlText {
  private HtmlText() {}

  /**
   * {@return {@code text} as HTML text: {@code & < > " '} as character references; C0 and C1
   * control characters (but line feed and tab), DEL, the bidirectional overrides and unpaired
   * surrogates written as the visible escape {@code \}{@code uXXXX}}
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
