package org.openras.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openras.tables.RasJson;

/**
 * The first table load of a fresh JVM, timed from inside it: reads a table file's bytes (not
 * timed), then times one {@code RasJson.standard().readTable} and prints the milliseconds. Run by
 * {@code ras-examples/bench/first-load.sh}, with and without an application class-data sharing
 * archive, which a JMH fork cannot use (its class path holds directories).
 */
public final class FirstTableLoad {
  private FirstTableLoad() {}

  /**
   * Times the first load.
   *
   * @param args the table file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    byte[] json = Files.readAllBytes(Path.of(args[0]));
    long start = System.nanoTime();
    RasJson.standard().readTable(new ByteArrayInputStream(json), args[0]);
    long nanos = System.nanoTime() - start;
    System.out.println(nanos / 1_000_000.0);
  }
}
