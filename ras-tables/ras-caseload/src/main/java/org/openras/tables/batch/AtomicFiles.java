package org.openras.tables.batch;

import java.io.IOException;
import java.nio.file.Path;
import org.openras.tables.OutputFiles;

/**
 * Files that appear whole or not at all: written under a temporary name beside the target, then
 * moved into place. The rules are {@link OutputFiles}'s; this is the batch package's short name for
 * them.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** A new empty temporary file beside {@code target}: {@link OutputFiles#temporaryFor}. */
  static Path temporaryFor(Path target) throws IOException {
    return OutputFiles.temporaryFor(target);
  }

  /** Moves the finished {@code temporary} to {@code target}: {@link OutputFiles#moveIntoPlace}. */
  static void moveIntoPlace(Path temporary, Path target) throws IOException {
    OutputFiles.moveIntoPlace(temporary, target);
  }

  /** Deletes {@code p} if it is there: {@link OutputFiles#deleteQuietly}. */
  static void deleteQuietly(Path p) {
    OutputFiles.deleteQuietly(p);
  }
}
