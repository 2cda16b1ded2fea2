package org.openras.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openras.tables.OutputFiles;
import picocli.CommandLine;

/**
 * Where a document goes: standard output, or a file named by {@code --output}, written by {@link
 * OutputFiles} (atomically, never over a device, a directory or an input). Every command that
 * writes files calls {@link #guard} first, before any work.
 */
final class Output {
  private Output() {}

  /**
   * Refuses, before any work, outputs that are devices, FIFOs, directories or the same file as an
   * input or another output (exit 2, naming both paths).
   */
  static void guard(List<Path> inputs, Path... outputs) {
    List<Path> in = new ArrayList<>();
    for (Path p : inputs) {
      if (p != null) {
        in.add(p);
      }
    }
    OutputFiles.check(in, Arrays.asList(outputs));
  }

  /** The inputs, as one list: single files and lists of files, nulls left out. */
  static List<Path> inputs(Object... filesOrLists) {
    List<Path> out = new ArrayList<>();
    for (Object o : filesOrLists) {
      if (o instanceof Path p) {
        out.add(p);
      } else if (o instanceof List<?> l) {
        for (Object e : l) {
          if (e instanceof Path p) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  /** The most threads a run may be given. */
  static final int MAX_THREADS = 1024;

  /** Checks {@code --threads}: 0 (one per core) to {@link #MAX_THREADS}. */
  static void checkThreads(CommandLine.Model.CommandSpec spec, int threads) {
    if (threads < 0 || threads > MAX_THREADS) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--threads must be from 0 (one per core) to " + MAX_THREADS + ", not " + threads);
    }
  }

  /** Writes {@code text} to {@code file} (atomically), or to standard output when it is null. */
  static int write(CommandLine.Model.CommandSpec spec, Path file, String text) {
    if (file == null) {
      var out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return RasCommand.DONE;
    }
    OutputFiles.writeString(file, text);
    return RasCommand.DONE;
  }
}
