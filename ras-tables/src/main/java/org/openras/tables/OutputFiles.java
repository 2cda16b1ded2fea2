package org.openras.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.openras.ErrorCode;
import org.openras.Problem;
import org.openras.RasException;

/**
 * The one place for the rules of the files OpenRAS writes: which paths may be written at all
 * ({@link #check}), and how a file is written so that it appears whole or not at all ({@link
 * #write}, {@link #temporaryFor}, {@link #moveIntoPlace}).
 *
 * <p>The rules: an output must be a regular file or a new one, never a device, a FIFO or a
 * directory, and never the same file as an input or as another output; a file is written under a
 * temporary name ({@code .<name>.<random>.part}) in its own directory, then renamed over the
 * target, which keeps the permissions (and, where allowed, the owner) of the file it replaces; an
 * output whose directory does not exist is refused (a mistyped path creates nothing, even when run
 * as root); temporary files still being written are deleted when the JVM is stopped (Ctrl-C,
 * SIGTERM) or the writing fails.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OutputFiles {
  private OutputFiles() {}

  /** Temporary files being written, deleted if the JVM stops before they are moved into place. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  /** Registers, once, the shutdown hook that deletes {@link #PENDING}. */
  private static final class Cleanup {
    static {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    for (Path p : PENDING) {
                      deleteQuietly(p);
                    }
                  },
                  "openras-temporary-files"));
    }

    static void register(Path p) {
      PENDING.add(p);
    }
  }

  /** What writes a file's content to the temporary file given to it. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param temporary the empty temporary file to fill
     * @throws IOException when it cannot be written
     */
    void writeTo(Path temporary) throws IOException;
  }

  /**
   * Refuses outputs that must not be written, before any work is done: an output that is a
   * directory, a device or a FIFO (anything but a regular file, links followed), or the same file
   * as one of {@code inputs} or as another of {@code outputs}, or in a directory that does not
   * exist. Null paths are ignored.
   *
   * @param inputs the files a command reads
   * @param outputs the files it will write
   * @throws RasException ({@link ErrorCode#OUTPUT_REFUSED}) naming the output and the other path
   */
  public static void check(List<Path> inputs, List<Path> outputs) {
    List<Path> seen = new ArrayList<>();
    List<Path> seenKeys = new ArrayList<>();
    for (Path out : outputs) {
      if (out == null) {
        continue;
      }
      if (Files.isDirectory(out)) {
        throw refused(out, "the output " + out + " is a directory; name a file");
      }
      if (Files.exists(out) && !Files.isRegularFile(out)) {
        throw refused(
            out,
            "the output "
                + out
                + " is a device, a FIFO or another special file, not a regular file;"
                + " name a regular file");
      }
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw refused(
            out,
            "the directory "
                + parent
                + " of the output does not exist; create it first (no command creates directories)");
      }
      for (Path in : inputs) {
        if (in != null && sameFile(in, out)) {
          throw refused(
              out, "the output " + out + " is the same file as the input " + in + "; name another");
        }
      }
      Path key = key(out);
      int i = seenKeys.indexOf(key);
      if (i >= 0) {
        throw refused(
            out,
            "the output "
                + out
                + " is the same file as the output "
                + seen.get(i)
                + "; name another");
      }
      seen.add(out);
      seenKeys.add(key);
    }
  }

  private static boolean sameFile(Path in, Path out) {
    try {
      if (Files.exists(in) && Files.exists(out)) {
        return Files.isSameFile(in, out);
      }
    } catch (IOException e) {
      // cannot tell: compare the names
    }
    return key(in).equals(key(out));
  }

  /** The path's real name when it exists; else its real directory's and its own name. */
  private static Path key(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    try {
      if (Files.exists(abs)) {
        return abs.toRealPath();
      }
      Path dir = abs.getParent();
      if (dir != null && Files.exists(dir)) {
        return dir.toRealPath().resolve(abs.getFileName());
      }
    } catch (IOException e) {
      // fall back to the absolute name
    }
    return abs;
  }

  private static RasException refused(Path out, String message) {
    return new RasException(
        "cannot write " + out, null, List.of(Problem.at(ErrorCode.OUTPUT_REFUSED, "", message)));
  }

  /**
   * Writes {@code target} atomically: {@code content} fills a temporary file beside it, which then
   * replaces it.
   *
   * @param target the file to write (its directory must exist)
   * @param content what writes the file
   * @throws UncheckedIOException when it cannot be written; the target is then unchanged
   * @throws RasException ({@link ErrorCode#OUTPUT_REFUSED}) when the target is not a regular file
   */
  public static void write(Path target, Content content) {
    Path tmp = null;
    try {
      tmp = temporaryFor(target);
      content.writeTo(tmp);
      moveIntoPlace(tmp, target);
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /**
   * A buffered UTF-8 writer to {@code file} (usually a {@link #temporaryFor temporary file}) that
   * never fails on text it cannot encode: an unpaired surrogate (valid in JSON as {@code "\ud800"})
   * is written as {@code ?} rather than stopping the whole file.
   *
   * @param file the file, created or truncated
   * @return the writer
   * @throws IOException when the file cannot be opened
   */
  public static Writer newWriter(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(
            Files.newOutputStream(file),
            StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
        1 << 16);
  }

  /**
   * Writes {@code text} in UTF-8 to {@code target} atomically, as {@link #write}.
   *
   * @param target the file to write
   * @param text its whole content
   * @throws UncheckedIOException when it cannot be written; the target is then unchanged
   */
  public static void writeString(Path target, String text) {
    write(
        target,
        tmp -> {
          try (Writer w = newWriter(tmp)) {
            w.write(text);
          }
        });
  }

  /**
   * A new empty temporary file beside {@code target}, named {@code .<target>.<random>.part}, with
   * the permissions an ordinary new file gets (unlike {@link Files#createTempFile}, which makes it
   * private to its owner); deleted if the JVM stops before it is moved into place.
   *
   * @param target the file the temporary file will replace
   * @return the temporary file
   * @throws IOException when it cannot be created
   */
  public static Path temporaryFor(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    Cleanup.register(tmp);
    return Files.createFile(tmp);
  }

  /**
   * Moves the finished {@code temporary} to {@code target}, replacing it, atomically if possible,
   * with the permissions (and owner and group, where allowed) of the file it replaces.
   *
   * @param temporary the finished temporary file
   * @param target the file it replaces
   * @throws IOException when it cannot be moved
   * @throws RasException ({@link ErrorCode#OUTPUT_REFUSED}) when the target is not a regular file
   */
  public static void moveIntoPlace(Path temporary, Path target) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      // checked again: it may have become a device or a directory while we worked
      check(List.of(), List.of(target));
    }
    keepAttributes(target, temporary);
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    PENDING.remove(temporary);
  }

  private static void keepAttributes(Path target, Path temporary) {
    if (!Files.isRegularFile(target)) {
      return;
    }
    PosixFileAttributeView view =
        Files.getFileAttributeView(
            temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return;
    }
    try {
      PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
      view.setPermissions(old.permissions());
      PosixFileAttributes now = view.readAttributes();
      if (!Objects.equals(now.owner(), old.owner())) {
        view.setOwner(old.owner());
      }
      if (!Objects.equals(now.group(), old.group())) {
        view.setGroup(old.group());
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // best effort: an ordinary user cannot give a file away
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
      PENDING.remove(p);
    }
  }
}
