package org.openras.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a configuration refuses, each with a message that says what to write instead. */
class ServiceConfigTest {
  private static final ServiceConfig BASE = ServiceConfig.directory(Path.of("tables"));

  @Test
  void originsAreThoseABrowserSends() {
    List<String> fine =
        List.of(
            "*",
            "https://cases.example.gov.uk",
            "http://localhost:8080",
            "http://127.0.0.1:3000",
            "http://[::1]:3000");
    assertThat(BASE.withCorsOrigins(fine).corsOrigins()).isEqualTo(fine);
    for (String wrong :
        List.of(
            "https://cases.example.gov.uk/",
            "https://cases.example.gov.uk/app",
            "HTTPS://CASES.example.gov.uk",
            "cases.example.gov.uk",
            "",
            " https://cases.example.gov.uk",
            "https://cases.example.gov.uk:123456")) {
      assertThatThrownBy(() -> BASE.withCorsOrigins(List.of(wrong)))
          .as(wrong)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("'" + wrong + "' is not an origin as a browser sends it")
          .hasMessageContaining("e.g. https://cases.example.gov.uk");
    }
  }

  @Test
  void portsAndBodyLimitsAreChecked() {
    assertThat(BASE.withAddress("127.0.0.1", 0).port()).isZero();
    assertThat(BASE.withAddress("127.0.0.1", 65_535).port()).isEqualTo(65_535);
    assertThatThrownBy(() -> BASE.withAddress("127.0.0.1", 65_536))
        .hasMessage("port must be 0 to 65535, but is 65536");
    assertThatThrownBy(() -> BASE.withBodyLimits(0, 1)).hasMessage("body limits must be positive");
    assertThat(BASE.withBodyLimits(1, 1).maxBodyBytes()).isEqualTo(1);
  }
}
