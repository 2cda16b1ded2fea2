package org.openras.examples.v11;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openras.tables.RasJson;

/**
 * Spec v1.1: "a table that uses no v1.1 field keeps its v1 fingerprint". The fingerprints of every
 * v1 example table, pinned as they were before v1.1 was implemented (the spec's worked table is
 * {@code org/openras/examples/worked-table.json}, a byte-for-byte copy).
 */
class V1FingerprintsTest {

  @ParameterizedTest
  @CsvSource({
    "/org/openras/examples/worked-table.json, sha256:aebdcc6cbed5a2610e8089a2895e18dc5dc52b63236e490050a0c52c8ee7729e",
    "/org/openras/examples/saq40-table.json, sha256:9bad7bf5c7d1ff188057ebc5fc438b7e692ca9c1ebe65f03d419fce9070159dc",
    "/org/openras/examples/council/anyshire-saq.json, sha256:8876abd386eab9e5c84b144e28cff0142fd29505fa2b70d0d2f2ff87e77320bf",
    "/cli/worked-table-2027.json, sha256:a29b355487a6743af1106404318c0c94b5d7ff7fd1e102051e613272357c4419",
  })
  void everyV1ExampleTableKeepsItsFingerprint(String resource, String fingerprint)
      throws IOException {
    String text;
    try (InputStream in = V1FingerprintsTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(RasJson.standard().readTable(text, resource).fingerprint().value())
        .isEqualTo(fingerprint);
  }
}
