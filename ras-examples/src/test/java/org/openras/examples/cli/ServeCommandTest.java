package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;

/** {@code ras serve}: the options that stop it before it listens, each exit 2 with a message. */
class ServeCommandTest {

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
}
