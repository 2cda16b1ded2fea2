package org.openras.tables.batch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openras.RasException;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.engine.Tracing;
import org.openras.tables.RasJson;

/**
 * Computes a whole caseload: reads it row by row, computes on every core, and writes the
 * results in the caseload's order.
 *
 * <p>Guarantees: memory stays flat whatever the caseload's size (rows are read, computed and
 * written in bounded chunks); a bad row never stops the run and is never dropped — it goes to
 * the error file with its row number, id, code and message, and {@link BatchSummary} accounts
 * for every row; results and errors are written to temporary files beside their targets and
 * moved into place only when the run completes, so an interrupted run never leaves a half file
 * under the final name. Budgets are computed without traces ({@link Tracing#OFF}); the figures
 * are the same as a traced run's.
 */
public final class BatchRun {
  private static final int CHUNK = 1024;

  private final RasEngine engine;
  private final RasJson json;
  private final Path input;
  private final CaseloadFormat inputFormat;
  private final Path output;
  private final CaseloadFormat outputFormat;
  private final Path errors;
  private final int threads;
  private final LongConsumer progress;

  private BatchRun(Builder b) {
    this.engine = requireNonNull(b.engine, "engine");
    this.json = b.json;
    this.input = requireNonNull(b.input, "input");
    this.inputFormat = b.inputFormat != null ? b.inputFormat : CaseloadFormat.of(input);
    this.output = requireNonNull(b.output, "output");
    this.outputFormat = b.outputFormat != null ? b.outputFormat : CaseloadFormat.of(output);
    this.errors =
        b.errors != null
            ? b.errors
            : output.resolveSibling(output.getFileName().toString() + ".errors.csv");
    this.threads = b.threads > 0 ? b.threads : Runtime.getRuntime().availableProcessors();
    this.progress = b.progress;
  }

  /** A batch run with {@code engine}; name at least the input and the output. */
  public static Builder builder(RasEngine engine) {
    return new Builder(engine);
  }

  /**
   * Runs the batch.
   *
   * @return the account of every row
   * @throws RasException when the caseload cannot be read at all (a missing file, a CSV without
   *     'id' and 'date' columns): bad rows do not throw
   * @throws UncheckedIOException when the output cannot be written
   */
  public BatchSummary run() {
    Path tmpOut = null;
    Path tmpErr = null;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ras-batch");
      t.setDaemon(true);
      return t;
    });
    try (CaseloadReader reader = CaseloadReader.open(input, inputFormat, json)) {
      tmpOut = AtomicFiles.temporaryFor(output);
      tmpErr = AtomicFiles.temporaryFor(errors);
      Tally tally = new Tally();
      try (ResultWriter out = ResultWriter.open(tmpOut, outputFormat);
          ErrorWriter err = new ErrorWriter(tmpErr)) {
        ArrayDeque<Future<List<Outcome>>> inFlight = new ArrayDeque<>();
        List<Supplier<Row>> chunk = new ArrayList<>(CHUNK);
        while (reader.hasNext()) {
          chunk.add(reader.next());
          if (chunk.size() == CHUNK) {
            inFlight.add(submit(pool, chunk));
            chunk = new ArrayList<>(CHUNK);
            if (inFlight.size() >= 2 * threads) {
              write(inFlight.poll(), out, err, tally);
            }
          }
        }
        if (!chunk.isEmpty()) {
          inFlight.add(submit(pool, chunk));
        }
        while (!inFlight.isEmpty()) {
          write(inFlight.poll(), out, err, tally);
        }
      }
      AtomicFiles.moveIntoPlace(tmpOut, output);
      Optional<Path> errorFile = Optional.empty();
      if (tally.inError > 0) {
        AtomicFiles.moveIntoPlace(tmpErr, errors);
        errorFile = Optional.of(errors);
      } else {
        Files.deleteIfExists(tmpErr);
      }
      tmpOut = null;
      tmpErr = null;
      return new BatchSummary(
          tally.in, tally.written, tally.inError, new ArrayList<>(tally.groups.values()),
          output, errorFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
      AtomicFiles.deleteQuietly(tmpOut);
      AtomicFiles.deleteQuietly(tmpErr);
    }
  }

  /** One row's outcome: its result, or its error. */
  private record Outcome(Row row, Result result, RuntimeException error) {}

  private Future<List<Outcome>> submit(ExecutorService pool, List<Supplier<Row>> rows) {
    return pool.submit(
        () -> {
          List<Outcome> out = new ArrayList<>(rows.size());
          for (Supplier<Row> s : rows) {
            Row row = s.get();
            if (row.error() != null) {
              out.add(new Outcome(row, null, row.error()));
              continue;
            }
            try {
              out.add(new Outcome(row, engine.calculate(row.assessment(), Tracing.OFF), null));
            } catch (RuntimeException e) {
              out.add(new Outcome(row, null, e));
            }
          }
          return out;
        });
  }

  private void write(
      Future<List<Outcome>> future, ResultWriter out, ErrorWriter err, Tally tally)
      throws IOException {
    List<Outcome> outcomes;
    try {
      outcomes = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the batch run was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a batch worker failed", e.getCause());
    }
    for (Outcome o : outcomes) {
      tally.in++;
      if (o.result() != null) {
        out.write(o.result());
        tally.written++;
        String group = o.row().assessment().clientGroup().orElse("(none)");
        tally.groups
            .computeIfAbsent(group, g -> new GroupTotals(g, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        tally.groups.computeIfPresent(
            group,
            (g, t) ->
                t.plus(o.result().indicativeBudget().weekly(),
                    o.result().indicativeBudget().annual()));
      } else {
        err.write(o.row(), o.error());
        tally.inError++;
      }
    }
    if (progress != null) {
      progress.accept(tally.in);
    }
  }

  private static final class Tally {
    long in;
    long written;
    long inError;
    final Map<String, GroupTotals> groups = new LinkedHashMap<>();
  }

  /** The error file: row, id, code, message. */
  private static final class ErrorWriter implements AutoCloseable {
    private final Writer writer;
    private final SequenceWriter out;

    ErrorWriter(Path file) throws IOException {
      this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      this.out = new CsvMapper().writer().writeValues(writer);
      out.write(new String[] {"row", "id", "code", "message"});
    }

    void write(Row row, RuntimeException e) throws IOException {
      String code;
      String message;
      if (e instanceof RasException r) {
        code = r.problems().stream().map(p -> p.code().code()).distinct()
            .collect(Collectors.joining("|"));
        message = r.getMessage();
      } else {
        code = "INTERNAL";
        message = "internal failure: " + e;
      }
      out.write(
          new String[] {
            Long.toString(row.number()),
            row.id() == null ? "" : row.id(),
            code,
            message.replace("\r", "").replace("\n", " ")
          });
    }

    @Override
    public void close() throws IOException {
      out.close();
      writer.close();
    }
  }

  /** Configures a {@link BatchRun}. */
  public static final class Builder {
    private final RasEngine engine;
    private RasJson json = RasJson.standard();
    private Path input;
    private CaseloadFormat inputFormat;
    private Path output;
    private CaseloadFormat outputFormat;
    private Path errors;
    private int threads;
    private LongConsumer progress;

    private Builder(RasEngine engine) {
      this.engine = engine;
    }

    /** The caseload to compute. */
    public Builder input(Path input) {
      this.input = input;
      return this;
    }

    /** The caseload's format; by default from its file name. */
    public Builder inputFormat(CaseloadFormat format) {
      this.inputFormat = format;
      return this;
    }

    /** Where the results go (replaced when the run completes). */
    public Builder output(Path output) {
      this.output = output;
      return this;
    }

    /** The results' format; by default from the output's file name. */
    public Builder outputFormat(CaseloadFormat format) {
      this.outputFormat = format;
      return this;
    }

    /** Where bad rows go; by default the output's name with {@code .errors.csv} added. */
    public Builder errors(Path errors) {
      this.errors = errors;
      return this;
    }

    /** How many threads compute; by default one per core. */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** Told the number of rows done so far, from the writing thread, after each chunk. */
    public Builder progress(LongConsumer progress) {
      this.progress = progress;
      return this;
    }

    /** The reader of JSON Lines caseloads (for its limits). */
    public Builder json(RasJson json) {
      this.json = requireNonNull(json, "json");
      return this;
    }

    public BatchRun build() {
      return new BatchRun(this);
    }
  }
}
