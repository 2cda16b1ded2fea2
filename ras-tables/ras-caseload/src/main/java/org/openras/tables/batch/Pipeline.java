package org.openras.tables.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Reads a caseload's rows in chunks, works on them on a pool of threads, and hands the outcomes
 * back in the caseload's order on the calling thread. At most two chunks per thread are in flight,
 * so memory stays flat whatever the caseload's size.
 */
final class Pipeline {
  static final int CHUNK = 1024;

  /** Receives outcomes in caseload order. */
  interface Sink<T> {
    void accept(T outcome) throws IOException;
  }

  private Pipeline() {}

  /** Works on each row on the pool; {@code sink} gets each row's outcome, in order. */
  static <T> long run(
      CaseloadReader reader,
      int threads,
      Function<CaseloadRow, T> work,
      Sink<T> sink,
      LongConsumer progress)
      throws IOException {
    return runChunks(
        reader,
        threads,
        rows -> {
          List<T> out = new ArrayList<>(rows.size());
          for (Supplier<CaseloadRow> r : rows) {
            out.add(work.apply(r.get()));
          }
          return out;
        },
        outcomes -> {
          for (T o : outcomes) {
            sink.accept(o);
          }
        },
        progress);
  }

  /**
   * Works on each chunk of rows (in order, at most {@link #CHUNK}; each row is read from its cells
   * when its supplier is called, on the pool) on the pool; {@code sink} gets each chunk's outcome,
   * in order. So that as much as can be is done on the pool: formatting a chunk's lines, say,
   * leaving the calling thread only to write them.
   */
  static <C> long runChunks(
      CaseloadReader reader,
      int threads,
      Function<List<Supplier<CaseloadRow>>, C> work,
      Sink<C> sink,
      LongConsumer progress)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ras-batch");
              t.setDaemon(true);
              return t;
            });
    try {
      ArrayDeque<Future<C>> inFlight = new ArrayDeque<>();
      ArrayDeque<Integer> sizes = new ArrayDeque<>();
      List<Supplier<CaseloadRow>> chunk = new ArrayList<>(CHUNK);
      long done = 0;
      while (reader.hasNext()) {
        chunk.add(reader.next());
        if (chunk.size() == CHUNK) {
          inFlight.add(submit(pool, chunk, work));
          sizes.add(chunk.size());
          chunk = new ArrayList<>(CHUNK);
          if (inFlight.size() >= 2 * threads) {
            done = drain(inFlight.poll(), sizes.poll(), sink, done, progress);
          }
        }
      }
      if (!chunk.isEmpty()) {
        inFlight.add(submit(pool, chunk, work));
        sizes.add(chunk.size());
      }
      while (!inFlight.isEmpty()) {
        done = drain(inFlight.poll(), sizes.poll(), sink, done, progress);
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <C> Future<C> submit(
      ExecutorService pool,
      List<Supplier<CaseloadRow>> rows,
      Function<List<Supplier<CaseloadRow>>, C> work) {
    return pool.submit(() -> work.apply(rows));
  }

  private static <C> long drain(
      Future<C> future, int size, Sink<C> sink, long done, LongConsumer progress)
      throws IOException {
    C outcome;
    try {
      outcome = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the run was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    }
    sink.accept(outcome);
    long now = done + size;
    if (progress != null) {
      progress.accept(now);
    }
    return now;
  }
}
