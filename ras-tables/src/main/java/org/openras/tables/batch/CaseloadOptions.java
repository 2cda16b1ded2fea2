package org.openras.tables.batch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.openras.tables.RasJson;

/**
 * What every run over a caseload is told: which caseload and in which format, how many threads,
 * whom to tell of progress, and the JSON reader's limits. The builders of {@link BatchRun}, {@link
 * ImpactAnalysis} and {@link Calibration} share it.
 *
 * @param <B> the builder, so that each setter returns it
 */
abstract class CaseloadOptions<B extends CaseloadOptions<B>> {
  Path input;
  CaseloadFormat inputFormat;
  int threads;
  LongConsumer progress;
  LongConsumer progressBytes;
  RasJson json = RasJson.standard();

  abstract B self();

  /**
   * The caseload.
   *
   * @param input the caseload file
   * @return this builder
   */
  public B input(Path input) {
    this.input = input;
    return self();
  }

  /**
   * The caseload's format; by default from its file name.
   *
   * @param format CSV or JSON Lines
   * @return this builder
   */
  public B inputFormat(CaseloadFormat format) {
    this.inputFormat = format;
    return self();
  }

  /**
   * How many threads compute; by default one per core.
   *
   * @param threads the number of threads, or 0 for one per core
   * @return this builder
   */
  public B threads(int threads) {
    this.threads = threads;
    return self();
  }

  /**
   * Told the number of rows done so far, on the calling thread, after each chunk of rows (a
   * calibration reads the caseload twice and tells of each pass).
   *
   * @param progress the listener
   * @return this builder
   */
  public B progress(LongConsumer progress) {
    this.progress = progress;
    return self();
  }

  /**
   * Told the number of bytes of the caseload read so far, on the calling thread, after each chunk
   * of rows (of the first pass, for a calibration): with the file's size, a progress bar with a
   * known total.
   *
   * @param progress the listener
   * @return this builder
   */
  public B progressBytes(LongConsumer progress) {
    this.progressBytes = progress;
    return self();
  }

  /**
   * What the pipeline tells after each chunk: the rows done, and the bytes read from the reader.
   */
  static LongConsumer progress(LongConsumer rows, LongConsumer bytes, CaseloadReader reader) {
    if (bytes == null) {
      return rows;
    }
    return done -> {
      if (rows != null) {
        rows.accept(done);
      }
      bytes.accept(reader.bytesRead());
    };
  }

  /**
   * The reader of JSON Lines caseloads, for its limits.
   *
   * @param json the reader
   * @return this builder
   */
  public B json(RasJson json) {
    this.json = requireNonNull(json, "json");
    return self();
  }

  /** The caseload's format: as given, or from the input's file name. */
  CaseloadFormat inputFormat() {
    return inputFormat != null ? inputFormat : CaseloadFormat.of(requireNonNull(input, "input"));
  }

  /** The number of threads: as given, or one per core. */
  int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
