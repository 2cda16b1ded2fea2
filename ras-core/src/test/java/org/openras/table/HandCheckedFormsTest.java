package org.openras.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The forms the table model checks by hand instead of with a regex (table ids, fingerprints), and
 * the SHA-256 it sets up ahead of time: each against the regex or the JDK it stands in for.
 */
class HandCheckedFormsTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");

  /** Characters near the edges of every allowed range, and some far from them. */
  private static final String ALPHABET = "AZaz09._-@[`{/:\u00e9\u0130 ~\t\u0660\uff10Gm5";

  private static String randomString(SplittableRandom r, String alphabet, int maxLength) {
    int n = r.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private static String fixedString(SplittableRandom r, String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  @Test
  void tableIdAgreesWithTheRegexOfTheRule() {
    SplittableRandom r = new SplittableRandom(20261124L);
    int accepted = 0;
    for (int i = 0; i < 20_000; i++) {
      // mostly allowed characters, so that both answers are common
      String s = randomString(r, i % 2 == 0 ? "aZ9._-" : ALPHABET, 70);
      boolean expected = ID.matcher(s).matches();
      assertThat(TableValidator.isTableId(s)).as("'%s'", s).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).isBetween(2_000, 18_000);
  }

  @Test
  void tableIdEdges() {
    assertThat(TableValidator.isTableId("")).isFalse();
    assertThat(TableValidator.isTableId("a".repeat(64))).isTrue();
    assertThat(TableValidator.isTableId("a".repeat(65))).isFalse();
    assertThat(TableValidator.isTableId("Az09._-")).isTrue();
    assertThat(TableValidator.isTableId("caf\u00e9")).isFalse();
    assertThat(TableValidator.isTableId("a b")).isFalse();
    assertThat(TableValidator.isTableId("a/b")).isFalse();
  }

  @Test
  void fingerprintFormAgreesWithTheRegex() {
    SplittableRandom r = new SplittableRandom(7L);
    int accepted = 0;
    for (int i = 0; i < 20_000; i++) {
      String hex = i % 8 == 0 ? "0123456789abcdef" : "0123456789abcdefgAF:";
      String s =
          switch (i % 4) {
            case 0 -> "sha256:" + fixedString(r, hex, 64);
            case 1 -> "sha256:" + randomString(r, hex, 66);
            case 2 -> randomString(r, "sha256:S", 8) + fixedString(r, "0123456789abcdef", 64);
            default -> randomString(r, "sha256:0f", 72);
          };
      boolean expected = FINGERPRINT.matcher(s).matches();
      if (expected) {
        accepted++;
        assertThat(new Fingerprint(s).value()).isEqualTo(s);
      } else {
        assertThatThrownBy(() -> new Fingerprint(s))
            .as("'%s'", s)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("not a fingerprint (sha256:<64 hex>): " + s);
      }
    }
    assertThat(accepted).isBetween(1_000, 10_000);
  }

  @Test
  void fingerprintEdges() {
    String hex = "0123456789abcdef".repeat(4);
    assertThat(new Fingerprint("sha256:" + hex).value()).isEqualTo("sha256:" + hex);
    for (String bad :
        new String[] {
          "sha256:" + hex.substring(1),
          "sha256:" + hex + "0",
          "SHA256:" + hex,
          "sha256:" + hex.toUpperCase(java.util.Locale.ROOT),
          "sha512:" + hex,
          "sha256-" + hex,
          ""
        }) {
      assertThatThrownBy(() -> new Fingerprint(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void sha256IsTheStandardDigestAfterItsSetUpIsStarted() {
    Sha256.prepare();
    Sha256.prepare(); // only the first call starts anything
    // FIPS 180-2, appendix B.1 and B.2
    assertThat(hex(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(
            hex(
                Sha256.digest(
                    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                        .getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(String.format("%02x", b));
    }
    return s.toString();
  }
}
