package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.ErrorCode;
import org.openras.RasException;

/** {@link OutputFiles}: which outputs are refused, and atomic writing. */
class OutputFilesTest {
  @TempDir Path dir;

  @Test
  void refusesAnInputAnotherOutputADeviceADirectoryAndAMissingDirectory() throws IOException {
    Path in = Files.writeString(dir.resolve("in.csv"), "x");
    Path out = dir.resolve("out.csv");
    OutputFiles.check(List.of(in), List.of(out));
    assertRefused(() -> OutputFiles.check(List.of(in), List.of(in)), "the input " + in);
    assertRefused(
        () -> OutputFiles.check(List.of(in), List.of(dir.resolve(".").resolve("in.csv"))),
        "the input");
    assertRefused(() -> OutputFiles.check(List.of(in), List.of(out, out)), "the output " + out);
    assertRefused(() -> OutputFiles.check(List.of(), List.of(Path.of("/dev/null"))), "device");
    assertRefused(() -> OutputFiles.check(List.of(), List.of(dir)), "is a directory");
    assertRefused(
        () -> OutputFiles.check(List.of(), List.of(dir.resolve("none").resolve("x.csv"))),
        "does not exist");
    // an input that does not exist yet, named the same as an output
    assertRefused(
        () -> OutputFiles.check(List.of(dir.resolve("new.csv")), List.of(dir.resolve("new.csv"))),
        "the input");
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("report.html"), "old");
    assertThatThrownBy(
            () ->
                OutputFiles.write(
                    target,
                    tmp -> {
                      Files.writeString(tmp, "half");
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(parts()).isEmpty();
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path target = Files.writeString(dir.resolve("t.json"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    OutputFiles.writeString(target, "new £");
    assertThat(Files.readString(target)).isEqualTo("new £");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r-----");
    assertThat(parts()).isEmpty();
  }

  @Test
  void aTargetThatBecameADeviceIsNotReplaced() throws IOException {
    Path tmp = OutputFiles.temporaryFor(dir.resolve("x"));
    assertRefused(() -> OutputFiles.moveIntoPlace(tmp, dir), "directory");
    OutputFiles.deleteQuietly(tmp);
    assertThat(parts()).isEmpty();
    assertThat(dir).isDirectory();
  }

  private List<String> parts() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
    }
  }

  interface Action {
    void run() throws IOException;
  }

  private static void assertRefused(Action a, String says) {
    assertThatThrownBy(a::run)
        .isInstanceOf(RasException.class)
        .hasMessageContaining(says)
        .satisfies(e -> assertThat(((RasException) e).has(ErrorCode.OUTPUT_REFUSED)).isTrue());
  }
}
