package org.openras.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE}, the same in every command that prints a document: without it the document
 * goes to standard output; with it, to the file, written atomically by {@link Output}. A picocli
 * mixin.
 */
final class OutputOption {
  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Writes the document to this file (UTF-8, whole or not at all) instead of standard"
              + " output.")
  Path output;
}
