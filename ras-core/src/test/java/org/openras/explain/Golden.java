package org.openras.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output, checked by eye once and kept in {@code
 * src/test/resources/org/openras/explain/}. To write them again after a deliberate change, run the
 * tests with {@code -Dgolden.update=true}, read the diff, and commit it.
 */
public final class Golden {
  private static final Path DIR = Path.of("src/test/resources/org/openras/explain");

  private Golden() {}

  /** Asserts that {@code actual} equals the golden file {@code name} (or rewrites it). */
  public static void check(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (write it with -Dgolden.update=true)", file).exists();
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
