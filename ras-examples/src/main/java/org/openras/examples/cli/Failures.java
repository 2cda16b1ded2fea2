package org.openras.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.openras.RasException;
import org.openras.tables.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and messages: our input errors, and files that
 * cannot be written, are exit 2 with one message and no stack trace; anything else is an internal
 * failure, exit 1. Every message goes through {@link SafeText#message}, so that text from input
 * never reaches the terminal with its control characters.
 */
final class Failures implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    if (e instanceof RasException) {
      cl.getErr().println("ras: " + SafeText.message(e.getMessage()));
    } else if (e instanceof UncheckedIOException io) {
      cl.getErr().println("ras: cannot write: " + SafeText.message(describe(io.getCause())));
    } else {
      cl.getErr().println("ras: internal failure: " + SafeText.message(String.valueOf(e)));
      if (System.getenv("RAS_DEBUG") != null) {
        e.printStackTrace(cl.getErr());
      } else {
        cl.getErr().println("(set RAS_DEBUG=1 to print the stack trace for a bug report)");
      }
    }
    cl.getErr().flush();
    return exitCode(e);
  }

  /** An I/O failure in words: the file and what went wrong, without the exception's class. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be written");
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  static int exitCode(Throwable e) {
    if (e instanceof RasException || e instanceof UncheckedIOException) {
      return RasCommand.BAD_INPUT;
    }
    if (e instanceof CommandLine.ParameterException) {
      return RasCommand.BAD_INPUT;
    }
    return RasCommand.INTERNAL;
  }
}
