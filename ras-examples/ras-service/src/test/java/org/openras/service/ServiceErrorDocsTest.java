package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists every code of the service with its status and rule. */
class ServiceErrorDocsTest {
  @Test
  void everyServiceCodeIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("..", "..", "docs", "errors.md"));
    for (ServiceError e : ServiceError.values()) {
      assertThat(docs)
          .as(e.name())
          .contains("| `" + e.code + "` | " + e.status + " | " + e.rule + " |");
      assertThat(e.code).isEqualTo("RAS-H" + e.status);
    }
  }

  @Test
  void jettysOwnStatusesMapToOurCodes() {
    assertThat(ServiceError.ofStatus(413)).isEqualTo(ServiceError.TOO_LARGE);
    assertThat(ServiceError.ofStatus(431)).isEqualTo(ServiceError.BAD_REQUEST);
    assertThat(ServiceError.ofStatus(502)).isEqualTo(ServiceError.INTERNAL);
  }
}
