package org.openras.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Where a document goes: standard output, or a file named by {@code --output}. A file that cannot
 * be written is bad usage (exit 2) with one message naming it, not a stack trace.
 */
final class Output {
  private Output() {}

  static int write(CommandLine.Model.CommandSpec spec, Path file, String text) {
    if (file == null) {
      var out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return RasCommand.DONE;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return RasCommand.DONE;
    } catch (IOException e) {
      var err = spec.commandLine().getErr();
      err.println("ras: cannot write " + file + ": " + e);
      err.flush();
      return RasCommand.BAD_INPUT;
    }
  }
}
