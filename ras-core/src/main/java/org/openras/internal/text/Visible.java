package org.openras.internal.text;

import org.apiguardian.api.API;

/**
 * Makes text from input safe to print on a terminal: C0 and C1 control characters (tab included),
 * DEL, the line and paragraph separators, the bidirectional embeddings, overrides and isolates and
 * unpaired surrogates are written as the visible escape {@code \}{@code uXXXX}, so that an ESC
 * sequence cannot drive a terminal and a CR cannot overwrite a line. The plain-text writer of the
 * reports passes every text through it.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Visible {
  private Visible() {}

  /**
   * {@return {@code text} with every control character written as a visible escape}
   *
   * @param text plain text
   */
  public static String of(String text) {
    StringBuilder s = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean hidden =
          !pair
              && (c < 0x20
                  || (c >= 0x7f && c <= 0x9f)
                  || (c >= '\u202a' && c <= '\u202e')
                  || (c >= '\u2066' && c <= '\u2069')
                  || c == '\u2028'
                  || c == '\u2029'
                  || Character.isSurrogate(c));
      if (hidden && s == null) {
        s = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (s != null) {
        if (hidden) {
          s.append(String.format("\\u%04x", (int) c));
        } else if (pair) {
          s.append(c).append(text.charAt(++i));
        } else {
          s.append(c);
        }
      } else if (pair) {
        i++;
      }
    }
    return s == null ? text : s.toString();
  }
}
