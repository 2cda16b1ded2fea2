package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.examples.cli.RasCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasCommandTest.Run;

/** The exit-code contract of {@code ras whatif}, {@code ras compare} and {@code ras verify}. */
class WhatIfCompareVerifyCommandTest {
  private static final String TABLE = "src/main/resources/org/openras/examples/worked-table.json";
  private static final String ASSESSMENT =
      "src/main/resources/org/openras/examples/worked-assessment.json";
  private static final String TABLE_2027 = "src/test/resources/cli/worked-table-2027.json";
  private static final String REVIEW = "src/test/resources/cli/worked-review.json";
  private static final String RESULT = "src/test/resources/cli/worked-result.json";

  @TempDir Path dir;

  private static void assertOneMessage(Run r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception:");
  }

  @Test
  void verifyIsZeroWhenVerifiedAndThreeWhenNot() throws IOException {
    assertThat(
            run("verify", "--result", RESULT, "--table", TABLE, "--assessment", ASSESSMENT).code())
        .isZero();

    // a different table: the fingerprint differs
    String edited =
        Files.readString(Path.of(TABLE)).replace("\"ceiling\": 950", "\"ceiling\": 951");
    Path table = dir.resolve("edited-table.json");
    Files.writeString(table, edited);
    Run other =
        run("verify", "--result", RESULT, "--table", table.toString(), "--assessment", ASSESSMENT);
    assertThat(other.code()).isEqualTo(3);
    assertThat(other.out())
        .startsWith(
            "not verified: the first difference is table fingerprint" + " at /table/fingerprint");
    assertThat(other.err()).isEmpty();

    // a tampered answer in the assessment: the question's step differs
    Path assessment = dir.resolve("changed.json");
    Files.writeString(
        assessment,
        Files.readString(Path.of(ASSESSMENT)).replace("\"Q2\": \"2B\"", "\"Q2\": \"2D\""));
    Run answer =
        run(
            "verify",
            "--result",
            RESULT,
            "--table",
            TABLE,
            "--assessment",
            assessment.toString(),
            "--format",
            "json");
    assertThat(answer.code()).isEqualTo(3);
    assertThat(answer.out())
        .contains("\"pointer\": \"/trace/1/inputs/descriptor\"")
        .contains("\"expected\": \"2D\"")
        .contains("\"found\": \"2B\"");
  }

  @Test
  void badInputAndUsageAreTwo() {
    Run notAResult = run("verify", "--result", TABLE, "--table", TABLE, "--assessment", ASSESSMENT);
    assertThat(notAResult.code()).isEqualTo(2);
    assertThat(notAResult.err()).contains("invalid result").contains("RAS-J005");
    assertOneMessage(notAResult);
    Run missing =
        run("verify", "--result", "no-such.json", "--table", TABLE, "--assessment", ASSESSMENT);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such.json").contains("RAS-J008");
    assertThat(run("verify", "--table", TABLE, "--assessment", ASSESSMENT).code()).isEqualTo(2);
    assertThat(
            run("whatif", "--table", TABLE, "--assessment", ASSESSMENT, "--format", "pdf").code())
        .isEqualTo(2);
    assertThat(run("whatif", "--table", TABLE_2027, "--assessment", ASSESSMENT).code())
        .as("no version in force")
        .isEqualTo(2);
    // compare: exactly one of the two modes, each complete
    assertThat(run("compare", "--table", TABLE, "--before", ASSESSMENT).code()).isEqualTo(2);
    assertThat(run("compare").code()).isEqualTo(2);
    assertThat(
            run(
                    "compare",
                    "--table",
                    TABLE,
                    "--before",
                    ASSESSMENT,
                    "--after",
                    REVIEW,
                    "--before-table",
                    TABLE,
                    "--after-table",
                    TABLE_2027,
                    "--assessment",
                    ASSESSMENT)
                .code())
        .isEqualTo(2);
    Run review = run("compare", "--table", TABLE, "--before", ASSESSMENT, "--after", REVIEW);
    assertThat(review.code()).as("the review's date needs the 2027 table").isEqualTo(2);
    assertThat(review.err()).contains("RAS-V002");
    assertOneMessage(review);
  }

  @Test
  void commandsAreListedInHelpAndDefaultToText() {
    assertThat(run("--help").out()).contains("whatif").contains("compare").contains("verify");
    Run w = run("whatif", "--table", TABLE, "--assessment", ASSESSMENT);
    assertThat(w.code()).isZero();
    assertThat(w.out())
        .startsWith("WHAT IF AN ANSWER WERE CODED DIFFERENTLY: CASE-0042/REVIEW-3\n===");
    Run c =
        run(
            "compare",
            "--before-table",
            TABLE,
            "--after-table",
            TABLE_2027,
            "--assessment",
            ASSESSMENT,
            "--format",
            "md");
    assertThat(c.code()).isZero();
    assertThat(c.out()).contains("| 1 | Table | £204.98 | +£5.29 |");
  }
}
