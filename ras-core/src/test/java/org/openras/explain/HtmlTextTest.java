package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link HtmlText}: no tag, no attribute break-out, no raw control character. */
class HtmlTextTest {
  @Test
  void escapesMarkupAndControlCharacters() {
    assertThat(HtmlText.escape("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    assertThat(HtmlText.escape("a\u001b[31mb\rc\u0000d\u007f\u0085\u202e\u2028e\ud800"))
        .isEqualTo("a\\u001b[31mb\\u000dc\\u0000d\\u007f\\u0085\\u202e\\u2028e\\ud800");
    assertThat(HtmlText.escape("line\nand\ttab £ 😀")).isEqualTo("line\nand\ttab £ 😀");
  }
}
