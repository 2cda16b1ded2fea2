package org.openras.tables.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * Files that appear whole or not at all: written under a temporary name beside the target, then
 * moved into place.
 *
 * <p>Public for the other OpenRAS modules (the spreadsheet module and the {@code ras} command); not
 * for applications.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * A new empty temporary file beside {@code target}, named {@code .<target>.<random>.part}, with
   * the permissions an ordinary new file gets (unlike {@link Files#createTempFile}, which makes it
   * private to its owner).
   *
   * @param target the file to be written
   * @return the new empty temporary file
   * @throws IOException when the directory or the file cannot be created
   */
  public static Path temporaryFor(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    return Files.createFile(
        dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part"));
  }

  /**
   * Moves the finished {@code temporary} to {@code target}, replacing it, atomically if possible.
   *
   * @param temporary the finished temporary file
   * @param target the file it becomes
   * @throws IOException when the move fails
   */
  public static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Deletes {@code p} if it is there; a failure leaves a file whose name says it is temporary.
   *
   * @param p the file, or null
   */
  public static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // best effort
      }
    }
  }
}
