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

  static <T> long run(
      CaseloadReader reader,
      int threads,
      Function<Row, T> work,
      Sink<T> sink,
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
      ArrayDeque<Future<List<T>>> inFlight = new ArrayDeque<>();
      List<Supplier<Row>> chunk = new ArrayList<>(CHUNK);
      long done = 0;
      while (reader.hasNext()) {
        chunk.add(reader.next());
        if (chunk.size() == CHUNK) {
          inFlight.add(submit(pool, chunk, work));
          chunk = new ArrayList<>(CHUNK);
          if (inFlight.size() >= 2 * threads) {
            done = drain(inFlight.poll(), sink, done, progress);
          }
        }
      }
      if (!chunk.isEmpty()) {
        inFlight.add(submit(pool, chunk, work));
      }
      while (!inFlight.isEmpty()) {
        done = drain(inFlight.poll(), sink, done, progress);
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Future<List<T>> submit(
      ExecutorService pool, List<Supplier<Row>> rows, Function<Row, T> work) {
    return pool.submit(
        () -> {
          List<T> out = new ArrayList<>(rows.size());
          for (Supplier<Row> s : rows) {
            out.add(work.apply(s.get()));
          }
          return out;
        });
  }

  private static <T> long drain(
      Future<List<T>> future, Sink<T> sink, long done, LongConsumer progress) throws IOException {
    List<T> outcomes;
    try {
      outcomes = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the run was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    }
    for (T o : outcomes) {
      sink.accept(o);
    }
    long now = done + outcomes.size();
    if (progress != null) {
      progress.accept(now);
    }
    return now;
  }
}
