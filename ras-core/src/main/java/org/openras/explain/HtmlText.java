package org.openras.explain;

import org.apiguardian.api.API;
import org.openras.internal.text.HtmlEscape;

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
    return HtmlEscape.escape(text);
  }
}
