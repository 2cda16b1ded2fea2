package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasJarIT.java;

import org.junit.jupiter.api.Test;
import org.openras.examples.cli.RasJarIT.Run;

/** {@code ras whatif}, {@code ras compare} and {@code ras verify} through the built jar. */
class WhatIfCompareVerifyJarIT {
  private static final String TABLE = "src/main/resources/org/openras/examples/worked-table.json";
  private static final String ASSESSMENT =
      "src/main/resources/org/openras/examples/worked-assessment.json";

  @Test
  void whatIfCompareAndVerifyThroughTheJar() throws Exception {
    Run w = java("whatif", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "json");
    assertThat(w.code()).isZero();
    assertThat(w.out()).contains("\"format\": \"ras-whatif/1\"").contains("\"change\": 180.63");

    Run c =
        java(
            "compare",
            "--before-table",
            TABLE,
            "--after-table",
            "src/test/resources/cli/worked-table-2027.json",
            "--assessment",
            ASSESSMENT);
    assertThat(c.code()).isZero();
    assertThat(c.out()).contains("+£5.29");

    Run ok =
        java(
            "verify",
            "--result",
            "src/test/resources/cli/worked-result.json",
            "--table",
            TABLE,
            "--assessment",
            ASSESSMENT);
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).startsWith("verified: ");

    Run no =
        java(
            "verify",
            "--result",
            "src/test/resources/cli/worked-result-tampered.json",
            "--table",
            TABLE,
            "--assessment",
            ASSESSMENT);
    assertThat(no.code()).isEqualTo(3);
    assertThat(no.out()).startsWith("not verified: ").contains("/indicativeBudget/weekly");
  }
}
