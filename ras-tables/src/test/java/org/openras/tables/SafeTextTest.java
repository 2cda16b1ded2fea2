package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link SafeText}: control characters never pass raw; long text is cut. */
class SafeTextTest {
  @Test
  void escapesEveryControlCharacter() {
    assertThat(SafeText.value("a\u001b[31mb\rc\nd\u0000e\tf\u007f\u0085\u202eg"))
        .isEqualTo("a\\u001b[31mb\\rc\\nd\\u0000e\\tf\\u007f\\u0085\\u202eg");
    assertThat(SafeText.message("line 1\nline \u001b2")).isEqualTo("line 1\nline \\u001b2");
    assertThat(SafeText.oneLine("line 1\nline 2")).isEqualTo("line 1\\nline 2");
    assertThat(SafeText.value(null)).isEqualTo("null");
    assertThat(SafeText.message(null)).isEmpty();
    assertThat(SafeText.oneLine(null)).isEmpty();
  }

  @Test
  void keepsTextThatIsSafeIncludingPairedSurrogatesAndEscapesLoneOnes() {
    String s = "£ café 😀 \u00a0";
    assertThat(SafeText.value(s)).isSameAs(s);
    assertThat(SafeText.value("x\ud800y")).isEqualTo("x\\ud800y");
    assertThat(SafeText.value("x\udc00")).isEqualTo("x\\udc00");
    assertThat(SafeText.value("😀\u0007")).isEqualTo("😀\\u0007");
  }

  @Test
  void cutsLongText() {
    String s = "a".repeat(1000);
    assertThat(SafeText.value(s))
        .startsWith("a".repeat(SafeText.VALUE_LIMIT) + "…")
        .endsWith("(800 more characters)");
    assertThat(SafeText.message("b".repeat(SafeText.MESSAGE_LIMIT + 5)))
        .endsWith("(5 more characters)");
  }
}
