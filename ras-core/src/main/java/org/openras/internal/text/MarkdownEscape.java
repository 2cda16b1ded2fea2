package org.openras.internal.text;

import org.apiguardian.api.API;

/** The one Markdown escaper of the reports. */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class MarkdownEscape {
  private MarkdownEscape() {}

  /**
   * {@return the text with every character that Markdown could read as markup escaped (HTML tags
   * included), line breaks made spaces}
   *
   * @param text plain text
   */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    int digits = 0;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    boolean spaced = text.length() > 1 && text.charAt(1) == ' ';
    if (!text.isEmpty()
        && ("-+".indexOf(text.charAt(0)) >= 0 && spaced || "=~".indexOf(text.charAt(0)) >= 0)) {
      s.append('\\');
    } else if (digits > 0
        && digits < text.length()
        && ".)".indexOf(text.charAt(digits)) >= 0
        && (digits + 1 == text.length() || text.charAt(digits + 1) == ' ')) {
      s.append(text, 0, digits).append('\\');
      text = text.substring(digits);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '!' -> s.append('\\').append(c);
        case '\n', '\r' -> s.append(' ');
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
