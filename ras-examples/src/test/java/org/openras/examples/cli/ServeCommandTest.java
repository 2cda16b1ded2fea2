package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;
import org.openras.spi.TableProvider;

/** {@code ras serve}: the options that stop it before it listens, each exit 2 with a message. */
class ServeCommandTest {

  @Test
  void theWarmUpReadsTheWorkedExampleForTheRunToTakeOnce() {
    ServeCommand.warmUp();
    TableProvider example = ServeCommand.warmedUp();
    assertThat(example).as("the warm-up's table").isNotNull();
    assertThat(example.tableIds()).containsExactly("worked-example");
    assertThat(example.versions("worked-example").get(0).fingerprint().value())
        .isEqualTo("sha256:aebdcc6cbed5a2610e8089a2895e18dc5dc52b63236e490050a0c52c8ee7729e");
    assertThat(ServeCommand.warmedUp()).as("taken once").isNull();
  }

  @Test
  void listeningBeyondLocalhostNeedsAToken() {
    Run r = run("serve", "--bind", "0.0.0.0", "--port", "0");
    assertThat(r.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(r.err()).contains("--token-file").doesNotContain("Exception");
  }

  @Test
  void aMissingTablesDirectoryIsBadInput() {
    Run r = run("serve", "--tables", "no/such/dir", "--port", "0");
    assertThat(r.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(r.err()).contains("no such directory").contains("RAS-J008");
  }

  @Test
  void aBadTableStopsTheStartWithItsPlace(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t.json"), "{\"format\": \"ras-table/1\",\n  \"id\": 7}");
    Run r = run("serve", "--tables", dir.toString(), "--port", "0");
    assertThat(r.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(r.err()).contains("t.json").contains("line 2");
  }

  @Test
  void anUnreadableOrEmptyTokenFileIsBadInput(@TempDir Path dir) throws Exception {
    Run missing = run("serve", "--token-file", dir.resolve("none").toString(), "--port", "0");
    assertThat(missing.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(missing.err()).contains("cannot read the token file");
    Path empty = Files.writeString(dir.resolve("empty"), "  \n");
    Run blank = run("serve", "--token-file", empty.toString(), "--port", "0");
    assertThat(blank.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(blank.err()).contains("is empty");
  }

  @Test
  void aPortOutOfRangeIsBadUsageNamingTheOption() {
    for (String port : new String[] {"70000", "-1", "65536"}) {
      Run r = run("serve", "--port", port);
      assertThat(r.code()).as(port).isEqualTo(RasCommand.BAD_INPUT);
      assertThat(r.err())
          .as(port)
          .contains("--port must be 0 to 65535, but is " + port)
          .doesNotContain("internal failure");
    }
  }

  @Test
  void bodyLimitsAreSizesOfAtLeastOneByte() {
    Run zero = run("serve", "--port", "0", "--max-body", "0");
    assertThat(zero.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(zero.err()).contains("--max-body must be at least 1 byte");
    Run zeroBatch = run("serve", "--port", "0", "--max-batch", "0k");
    assertThat(zeroBatch.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(zeroBatch.err()).contains("--max-batch must be at least 1 byte");
    Run negative = run("serve", "--port", "0", "--max-batch", "-5");
    assertThat(negative.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(negative.err()).contains("--max-batch").contains("'-5' is not a size");
    Run words = run("serve", "--port", "0", "--max-body", "lots");
    assertThat(words.code()).isEqualTo(RasCommand.BAD_INPUT);
    assertThat(words.err()).contains("--max-body").contains("'lots' is not a size");
  }

  @Test
  void aCorsOriginMustBeOneABrowserSends() {
    for (String origin :
        new String[] {"https://cases.example.org/", "HTTPS://Cases.example.org", "", "cases.org"}) {
      Run r = run("serve", "--port", "0", "--cors-origin", origin);
      assertThat(r.code()).as(origin).isEqualTo(RasCommand.BAD_INPUT);
      assertThat(r.err())
          .as(origin)
          .contains("--cors-origin '" + origin + "' is not an origin as a browser sends it")
          .doesNotContain("internal failure");
    }
  }
}
