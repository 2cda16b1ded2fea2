package org.openras;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists every error code with its rule, and codes are unique. */
class ErrorCodeDocsTest {

  @Test
  void everyCodeIsDocumentedWithItsRule() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "errors.md"));
    for (ErrorCode c : ErrorCode.values()) {
      assertThat(docs).as(c.name()).contains("| `" + c.code() + "` | `" + c.name() + "` |");
      assertThat(docs).as(c.name()).contains(c.rule());
    }
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    Set<String> seen = new HashSet<>();
    for (ErrorCode c : ErrorCode.values()) {
      assertThat(c.code()).matches("RAS-[JTAVRCOX]\\d{3}");
      assertThat(seen.add(c.code())).as("unique " + c.code()).isTrue();
    }
  }
}
