package org.openras.tables.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Files that appear whole or not at all: written under a temporary name beside the target, then
 * moved into place.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * A new empty temporary file beside {@code target}, named {@code .<target>.<random>.part}, with
   * the permissions an ordinary new file gets (unlike {@link Files#createTempFile}, which makes it
   * private to its owner).
   */
  static Path temporaryFor(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    return Files.createFile(
        dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part"));
  }

  /**
   * Moves the finished {@code temporary} to {@code target}, replacing it, atomically if possible.
   */
  static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes {@code p} if it is there; a failure leaves a file whose name says it is temporary. */
  static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort
      }
    }
  }
}
