package org.openras.tables.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apiguardian.api.API;
import org.openras.ErrorCode;
import org.openras.InvalidAssessmentException;
import org.openras.Problem;
import org.openras.Source;
import org.openras.tables.RasJson;

/**
 * Every row of a caseload, worked on in parallel and handed back in the caseload's order: the
 * streaming run that {@link BatchRun} and {@link ImpactAnalysis} are built on, for caseload
 * analyses of one's own (calibration is one). The caseload is read on the calling thread in chunks
 * of rows; each row is made into an assessment, and worked on, on a pool of threads; at most two
 * chunks per thread are in flight, so memory stays flat whatever the caseload's size. A row that
 * cannot be read is handed to {@code work} with its error, never thrown.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CaseloadRows {
  private CaseloadRows() {}

  /**
   * Works on every row of a caseload.
   *
   * @param <T> what the work makes of a row
   * @param input the caseload file
   * @param format its format
   * @param json the reader of JSON Lines rows, for its limits
   * @param threads how many threads work (at least 1)
   * @param work what to make of each row; called on the pool, so it must be thread-safe
   * @param sink receives each row's outcome, on the calling thread, in the caseload's order
   * @param progress told the number of rows done so far after each chunk, or null
   * @param progressBytes told the number of the caseload's bytes read so far after each chunk (for
   *     a progress bar against the file's size), or null
   * @return the number of rows
   * @throws IOException when the caseload cannot be read
   * @throws org.openras.RasException when the caseload as a whole is unusable (a CSV header without
   *     {@code id}, say)
   */
  public static <T> long forEach(
      Path input,
      CaseloadFormat format,
      RasJson json,
      int threads,
      Function<CaseloadRow, T> work,
      Consumer<T> sink,
      LongConsumer progress,
      LongConsumer progressBytes)
      throws IOException {
    try (CaseloadReader reader = CaseloadReader.open(input, format, json)) {
      return Pipeline.run(
          reader,
          threads,
          work,
          sink::accept,
          CaseloadOptions.progress(progress, progressBytes, reader));
    }
  }

  /**
   * Checks that a caseload gives each person's current weekly package cost: a CSV caseload with a
   * {@code weeklyCost} column (JSON Lines caseloads have no place for it), as a calibration needs.
   *
   * @param input the caseload file
   * @param format its format
   * @param json the reader of JSON Lines rows, for its limits
   * @throws IOException when the caseload cannot be read
   * @throws InvalidAssessmentException ({@code RAS-C001}) when it has no cost column
   */
  public static void requireCostColumn(Path input, CaseloadFormat format, RasJson json)
      throws IOException {
    try (CaseloadReader reader = CaseloadReader.open(input, format, json)) {
      if (!(reader instanceof CaseloadReader.Csv csv) || !csv.hasCostColumn()) {
        throw new InvalidAssessmentException(
            Source.named(input.toString()),
            List.of(
                Problem.at(
                    ErrorCode.CASELOAD_HEADER,
                    "",
                    "a caseload to calibrate against is CSV with a '"
                        + CaseloadReader.Csv.COST
                        + "' column (each person's current weekly cost); this one has none")));
      }
    }
  }
}
