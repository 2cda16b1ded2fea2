package org.openras.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a long run ({@code batch}, {@code impact}, {@code calibrate}, {@code generate}),
 * shown on standard error only when it is a terminal, against a known total — the bytes of the
 * input read, or the rows to write — with the percentage, the rate and the time left. Quiet when
 * the output is not a terminal (a script, a pipe, a log), or when the total is not known (the input
 * is not a regular file).
 */
final class Progress {
  private Progress() {}

  /** Whether to show progress: only on a terminal. */
  static boolean onTerminal() {
    return System.console() != null;
  }

  /**
   * Runs {@code work}, giving it a listener of the bytes of {@code input} read so far when a bar is
   * shown, else null.
   */
  static <T> T ofBytes(String task, Path input, Function<LongConsumer, T> work) {
    return ofBytes(task, input, 1, work);
  }

  /**
   * Runs {@code work}, which reads {@code input} {@code passes} times, giving it a listener of the
   * bytes read so far over all passes (out of {@code passes} × its size) when a bar is shown, else
   * null.
   */
  static <T> T ofBytes(String task, Path input, int passes, Function<LongConsumer, T> work) {
    long size;
    try {
      size = onTerminal() && Files.isRegularFile(input) ? Files.size(input) : -1;
    } catch (IOException e) {
      size = -1;
    }
    if (size <= 0) {
      return work.apply(null);
    }
    try (ProgressBar bar = bar(task, size * passes, " MB", 1_000_000)) {
      return work.apply(bar::stepTo);
    }
  }

  /** Runs {@code work} with a listener of the rows done out of {@code total}, or null. */
  static <T> T ofRows(String task, long total, Function<LongConsumer, T> work) {
    if (!onTerminal() || total <= 0) {
      return work.apply(null);
    }
    try (ProgressBar bar = bar(task, total, " rows", 1)) {
      return work.apply(bar::stepTo);
    }
  }

  private static ProgressBar bar(String task, long total, String unit, long unitSize) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setStyle(ProgressBarStyle.ASCII)
        .setInitialMax(total)
        .setUnit(unit, unitSize)
        .showSpeed()
        .build();
  }
}
