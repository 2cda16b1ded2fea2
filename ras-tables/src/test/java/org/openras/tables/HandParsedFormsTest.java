package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The forms the readers check by hand instead of with a regex and {@code LocalDate.parse} (dates)
 * or two {@code String.replace} scans (pointer keys): each against what it stands in for.
 */
class HandParsedFormsTest {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** What the readers did before: the regex, then the JDK's ISO parser. */
  private static LocalDate oracle(String s) {
    if (!DATE.matcher(s).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void isoDateAgreesWithTheRegexAndTheJdkParser() {
    SplittableRandom r = new SplittableRandom(20261124L);
    String digits = "0123456789";
    String noise = "0123456789-+ /x\u0660\uff10";
    int dates = 0;
    for (int i = 0; i < 50_000; i++) {
      String s;
      if (i % 3 == 0) {
        // mostly valid shapes with any digits: real days, 2026-02-30, month 00 or 13, year 0000
        s = String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
      } else {
        StringBuilder b = new StringBuilder();
        int n = 8 + r.nextInt(5);
        for (int k = 0; k < n; k++) {
          String from =
              (k == 4 || k == 7) && r.nextInt(4) > 0 ? "-" : (i % 3 == 1 ? digits : noise);
          b.append(from.charAt(r.nextInt(from.length())));
        }
        s = b.toString();
      }
      LocalDate expected = oracle(s);
      assertThat(Mapping.isoDate(s)).as("'%s'", s).isEqualTo(expected);
      dates += expected == null ? 0 : 1;
    }
    assertThat(dates).isBetween(5_000, 45_000);
  }

  @Test
  void isoDateEdges() {
    assertThat(Mapping.isoDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Mapping.isoDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(Mapping.isoDate("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    for (String bad :
        new String[] {
          "2026-02-29",
          "2026-02-30",
          "2026-13-01",
          "2026-00-10",
          "2026-01-00",
          "2026-1-01",
          "+2026-01-01",
          "2026-01-01 ",
          "2026/01/01",
          "\uff12\uff10\uff12\uff16-01-01",
          "2026-0\u0661-01",
          ""
        }) {
      assertThat(Mapping.isoDate(bad)).as("'%s'", bad).isNull();
    }
  }

  @Test
  void pointerKeysAreEscapedAsRfc6901Says() {
    assertThat(Node.child("", "domains")).isEqualTo("/domains");
    assertThat(Node.child("/a", "x/y")).isEqualTo("/a/x~1y");
    assertThat(Node.child("/a", "x~y")).isEqualTo("/a/x~0y");
    assertThat(Node.child("/a", "~1/")).isEqualTo("/a/~01~1");
    assertThat(Node.child("/a", "")).isEqualTo("/a/");
  }
}
