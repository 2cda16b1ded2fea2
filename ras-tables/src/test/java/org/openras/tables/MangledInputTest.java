package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openras.InvalidAssessmentException;
import org.openras.InvalidTableException;
import org.openras.RasException;

/**
 * Thousands of mangled versions of the spec files (seeded, so every run is the same): each either
 * loads or fails with our exception, every problem located, never with a parser exception, a {@code
 * NullPointerException} or the like.
 */
class MangledInputTest {
  private static final String TABLE = Docs.resource("/spec/worked-table.json");
  private static final String ASSESSMENT = Docs.resource("/spec/worked-assessment.json");
  private static final String[] SNIPPETS = {
    "null",
    "true",
    "1e999999999",
    "-1",
    "\"\"",
    "[]",
    "{}",
    "\"x\"",
    "0.5",
    ",",
    ":",
    "\"",
    "{",
    "}",
    "[",
    "]",
    "\uFEFF",
    "\u0000",
    "\"format\": 1,",
    "-0",
    "1.",
    "01",
    "\"ANY\"",
    "\"2026-13-01\"",
    "\"HALF_DOWN\""
  };

  @Test
  void mangledTablesFailOnlyWithOurExceptions() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> mangle(TABLE, true, 1));
  }

  @Test
  void mangledAssessmentsFailOnlyWithOurExceptions() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> mangle(ASSESSMENT, false, 2));
  }

  private static void mangle(String original, boolean table, long seed) {
    Random random = new Random(seed);
    RasJson json = RasJson.standard();
    int failures = 0;
    for (int i = 0; i < 3000; i++) {
      String doc = mutate(original, random);
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(10) == 0 && bytes.length > 0) {
        bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
      }
      try {
        if (table) {
          json.readTable(new java.io.ByteArrayInputStream(bytes), "m.json");
        } else {
          json.readAssessment(new java.io.ByteArrayInputStream(bytes), "m.json");
        }
      } catch (InvalidTableException | InvalidAssessmentException e) {
        failures++;
        assertThat(e.getMessage()).startsWith("m.json: ");
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.location()).isPresent());
      } catch (RasException e) {
        throw new AssertionError("wrong exception type for: " + doc, e);
      } catch (RuntimeException e) {
        throw new AssertionError("unexpected " + e + " for:\n" + doc, e);
      }
    }
    assertThat(failures).isGreaterThan(1000);
  }

  private static String mutate(String s, Random r) {
    StringBuilder b = new StringBuilder(s);
    int edits = 1 + r.nextInt(3);
    for (int k = 0; k < edits; k++) {
      int at = r.nextInt(b.length() + 1);
      switch (r.nextInt(4)) {
        case 0 -> b.insert(at, SNIPPETS[r.nextInt(SNIPPETS.length)]);
        case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(12)));
        case 2 -> {
          // replace one value after a colon
          int colon = b.indexOf(":", at);
          if (colon > 0) {
            int end = colon + 1;
            while (end < b.length() && ",}]\n".indexOf(b.charAt(end)) < 0) {
              end++;
            }
            b.replace(colon + 1, end, " " + SNIPPETS[r.nextInt(SNIPPETS.length)]);
          }
        }
        default -> {
          List<Integer> quotes = new ArrayList<>();
          for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) == '"') {
              quotes.add(i);
            }
          }
          // rename a key or string by one letter
          if (!quotes.isEmpty()) {
            int q = quotes.get(r.nextInt(quotes.size()));
            if (q + 1 < b.length()) {
              b.setCharAt(q + 1, (char) ('a' + r.nextInt(26)));
            }
          }
        }
      }
    }
    return b.toString();
  }
}
