package org.openras.examples.cli;

import java.io.UncheckedIOException;
import org.openras.RasException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and messages: our input errors, and files that
 * cannot be written, are exit 2 with one message and no stack trace; anything else is an internal
 * failure, exit 1.
 */
final class Failures implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    if (e instanceof RasException) {
      cl.getErr().println("ras: " + e.getMessage());
    } else if (e instanceof UncheckedIOException io) {
      cl.getErr().println("ras: cannot write: " + io.getCause().getMessage());
    } else {
      cl.getErr().println("ras: internal failure: " + e);
      if (System.getenv("RAS_DEBUG") != null) {
        e.printStackTrace(cl.getErr());
      } else {
        cl.getErr().println("(set RAS_DEBUG=1 to print the stack trace for a bug report)");
      }
    }
    cl.getErr().flush();
    return exitCode(e);
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
