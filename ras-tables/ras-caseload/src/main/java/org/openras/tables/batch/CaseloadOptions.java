package org.openras.tables.batch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.apiguardian.api.API;
import org.openras.tables.RasJson;

/**
 * What every run over a caseload is told: which caseload and in which format, how many threads,
 * whom to tell of progress, and the JSON reader's limits. The builders of {@link BatchRun}, {@link
 * ImpactAnalysis} and the calibration module's {@code Calibration} share it; a caseload analysis of
 * one's own can too, and reads the settings back with the getters.
 *
 * @param <B> the builder, so that each setter returns it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class CaseloadOptions<B extends CaseloadOptions<B>> {
  Path input;
  CaseloadFormat inputFormat;
  int threads;
  LongConsumer progress;
  LongConsumer progressBytes;
  RasJson json = RasJson.standard();

  /** For subclasses: the options start empty, with the standard JSON reader. */
  protected CaseloadOptions() {}

  /**
   * This builder, typed as the subclass.
   *
   * @return this
   */
  protected abstract B self();

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

  /**
   * The caseload file, as given.
   *
   * @return the caseload file
   * @throws NullPointerException when none was given
   */
  public Path inputFile() {
    return requireNonNull(input, "input");
  }

  /**
   * The progress listener, as given.
   *
   * @return the listener, or null
   */
  public LongConsumer progressListener() {
    return progress;
  }

  /**
   * The listener of bytes read, as given.
   *
   * @return the listener, or null
   */
  public LongConsumer progressBytesListener() {
    return progressBytes;
  }

  /**
   * The JSON reader, as given or the standard one.
   *
   * @return the reader
   */
  public RasJson jsonReader() {
    return json;
  }

  /**
   * The caseload's format: as given, or from the input's file name.
   *
   * @return the format
   */
  public CaseloadFormat inputFormat() {
    return inputFormat != null ? inputFormat : CaseloadFormat.of(requireNonNull(input, "input"));
  }

  /**
   * The number of threads: as given, or one per core.
   *
   * @return at least 1
   */
  public int threads() {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
