package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.ExplainCommandTest.golden;
import static org.openras.examples.cli.RasCommandTest.TABLE;
import static org.openras.examples.cli.RasCommandTest.resource;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;

/** {@code ras publish}: the worked table as Markdown and HTML, and the exit-code contract. */
class PublishCommandTest {

  @Test
  void markdownIsTheDefaultAndEqualsTheGoldenFile() {
    Run r = run("publish", "--table", TABLE);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(golden("worked-table.md"));
  }

  @Test
  void htmlEqualsTheGoldenFileAndGoesToAFile(@TempDir Path dir) throws IOException {
    Run r = run("publish", "--table", TABLE, "--format", "html");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(golden("worked-table.html"));
    Path file = dir.resolve("table.html");
    Run toFile = run("publish", "--table", TABLE, "--format", "html", "--output", file.toString());
    assertThat(toFile.code()).isZero();
    assertThat(toFile.out()).isEmpty();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).isEqualTo(r.out());
    assertThat(Jsoup.parse(html).select("svg")).hasSize(2);
  }

  @Test
  void aBrokenTableIsExitTwoWithItsLocatedMessage() {
    Run r = run("publish", "--table", resource("/cli/negative-points-table.json"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("negative-points-table.json")
        .contains("RAS-T005")
        .doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void usageErrorsAreExitTwo() {
    assertThat(run("publish").code()).isEqualTo(2);
    Run json = run("publish", "--table", TABLE, "--format", "json");
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.err()).contains("json");
  }
}
