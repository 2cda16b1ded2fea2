package org.openras.service;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.openras.RasException;
import org.openras.engine.RasEngine;
import org.openras.spi.TableProvider;
import org.openras.tables.TableProviders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tables served: one immutable snapshot (an engine over a whole set) at a time. A reload reads
 * the whole directory again and swaps the snapshot in one step only when every table in it is
 * valid; a request takes the snapshot once and uses it throughout, so no reply ever mixes two sets.
 */
final class Tables {
  private static final Logger LOG = LoggerFactory.getLogger("org.openras.service.tables");

  /**
   * One set of tables and the engine over it.
   *
   * @param engine the engine over the set
   * @param source the directory or name of the set
   * @param loadedAt when the set was loaded
   * @param stamp the directory's listing when it was read (names, sizes, modification times)
   */
  record Snapshot(RasEngine engine, String source, Instant loadedAt, String stamp) {
    TableProvider provider() {
      return engine.tables();
    }
  }

  private final Path dir;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private volatile String lastRefused = "";

  private Tables(Path dir, Snapshot first) {
    this.dir = dir;
    current.set(first);
  }

  /** Tables from a directory; fails (with the located problems) when the first load fails. */
  static Tables directory(Path dir) {
    String stamp = stamp(dir);
    Snapshot s =
        new Snapshot(
            RasEngine.using(TableProviders.directory(dir)), dir.toString(), Instant.now(), stamp);
    LOG.info("serving {} table(s) from {}", s.provider().tableIds().size(), dir);
    return new Tables(dir, s);
  }

  /** Fixed tables, never reloaded. */
  static Tables fixed(TableProvider tables, String name) {
    return new Tables(null, new Snapshot(RasEngine.using(tables), name, Instant.now(), ""));
  }

  /** {@return the set served now} */
  Snapshot snapshot() {
    return current.get();
  }

  /** {@return whether the set comes from a directory and may be reloaded} */
  boolean reloadable() {
    return dir != null;
  }

  /**
   * Reads the directory again if its listing changed: a valid set replaces the served one in one
   * step; an invalid one is refused, its located problems logged, and the old set keeps serving.
   *
   * @return 1 when the served set was replaced, -1 when a changed set was refused, 0 otherwise
   */
  int reloadIfChanged() {
    if (dir == null) {
      return 0;
    }
    String stamp = stamp(dir);
    Snapshot old = current.get();
    if (stamp.equals(old.stamp()) || stamp.equals(lastRefused)) {
      return 0;
    }
    try {
      TableProvider provider = TableProviders.directory(dir);
      // read again after loading: a file written while we read gives another stamp, and the next
      // look loads it again
      current.set(
          new Snapshot(RasEngine.using(provider), dir.toString(), Instant.now(), stamp(dir)));
      lastRefused = "";
      LOG.info("reloaded {}: {} table(s)", dir, provider.tableIds().size());
      return 1;
    } catch (RasException e) {
      lastRefused = stamp;
      LOG.error(
          "refused the changed tables of {}; still serving the previous set: {}",
          dir,
          e.getMessage());
      return -1;
    }
  }

  /** The names, sizes and modification times of the directory's {@code *.json} files. */
  static String stamp(Path dir) {
    List<String> parts = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : s) {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        parts.add(
            f.getFileName()
                + ":"
                + a.size()
                + ":"
                + a.lastModifiedTime().toMillis()
                + ":"
                + a.fileKey());
      }
    } catch (IOException e) {
      return "unreadable: " + e.getMessage();
    }
    parts.sort(String::compareTo);
    return String.join("|", parts);
  }
}
