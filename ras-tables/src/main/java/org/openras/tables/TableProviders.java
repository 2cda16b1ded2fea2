package org.openras.tables;

import static java.util.Objects.requireNonNull;
import static org.openras.ErrorCode.JSON_READ;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;
import org.openras.InvalidTableException;
import org.openras.Problem;
import org.openras.RasException;
import org.openras.Source;
import org.openras.TableSelectionException;
import org.openras.spi.TableProvider;
import org.openras.spi.TableSet;
import org.openras.table.RasTable;

/**
 * Ready-made {@link TableProvider}s: tables from files, a directory, the classpath or memory.
 *
 * <p>Every provider reads its tables at once, when it is made, with {@link RasJson#standard()}: a
 * bad table fails the call, not a later calculation. Every file is read even after one has failed,
 * so that one {@link InvalidTableException} reports the problems of all bad files together (one bad
 * file: its own exception, unchanged; several: one exception whose problems each name their file,
 * with each file's own exception attached as suppressed). Several versions of one table id may be
 * loaded together; the engine picks the one in force on an assessment's date. The providers are
 * immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TableProviders {
  private TableProviders() {}

  /**
   * The tables in these {@code ras-table/1} files.
   *
   * @param files the files, each holding one table
   * @return a provider of the tables, with the version of each table in force chosen by date
   * @throws InvalidTableException when a file cannot be read or holds no valid table
   * @throws TableSelectionException when two files hold different tables with the same id and
   *     version
   */
  public static TableProvider files(Path... files) {
    return files(List.of(files));
  }

  /**
   * The tables in these {@code ras-table/1} files, in this order.
   *
   * @param files the files, each holding one table
   * @return a provider of the tables, with the version of each table in force chosen by date
   * @throws InvalidTableException when a file cannot be read or holds no valid table
   * @throws TableSelectionException when two files hold different tables with the same id and
   *     version
   */
  public static TableProvider files(List<Path> files) {
    Loader loader = new Loader(String.valueOf(files));
    for (Path f : files) {
      loader.load(requireNonNull(f, "file"), () -> RasJson.standard().readTable(f));
    }
    return loader.provider();
  }

  /**
   * The tables in every {@code *.json} file directly in {@code dir} (not in subdirectories), read
   * in order of file name. Each such file must be a valid {@code ras-table/1} table: keep other
   * JSON elsewhere.
   *
   * @param dir the directory of tables
   * @return a provider of the tables, with the version of each table in force chosen by date
   * @throws InvalidTableException when the directory cannot be listed, or any of its {@code *.json}
   *     files cannot be read or holds no valid table (all of them are reported)
   * @throws TableSelectionException when two files hold different tables with the same id and
   *     version
   */
  public static TableProvider directory(Path dir) {
    requireNonNull(dir, "dir");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
      for (Path f : s) {
        if (Files.isRegularFile(f)) {
          files.add(f);
        }
      }
    } catch (IOException e) {
      throw new InvalidTableException(
          Source.named(dir.toString()),
          List.of(
              Problem.at(
                  JSON_READ,
                  "",
                  (Files.exists(dir) ? "cannot list the directory: " + e : "no such directory"))));
    }
    files.sort(Comparator.comparing(f -> f.getFileName().toString()));
    Loader loader = new Loader(dir.toString());
    for (Path f : files) {
      loader.load(f, () -> RasJson.standard().readTable(f));
    }
    return loader.provider();
  }

  /**
   * The tables in these classpath resources of {@code loader} (names as for {@link
   * ClassLoader#getResource(String)}, such as {@code "tables/saq-2026.json"}). Problems name the
   * source {@code classpath:<name>}.
   *
   * @param loader the class loader whose resources hold the tables
   * @param resourceNames the resources, each holding one table
   * @return a provider of the tables, with the version of each table in force chosen by date
   * @throws InvalidTableException when a resource is missing or holds no valid table
   * @throws TableSelectionException when two resources hold different tables with the same id and
   *     version
   */
  public static TableProvider classpath(ClassLoader loader, String... resourceNames) {
    requireNonNull(loader, "loader");
    Loader tables = new Loader("classpath");
    for (String name : resourceNames) {
      requireNonNull(name, "resourceName");
      String sourceName = "classpath:" + name;
      tables.load(
          sourceName,
          () -> {
            try (InputStream in = loader.getResourceAsStream(name)) {
              if (in == null) {
                throw new InvalidTableException(
                    Source.named(sourceName),
                    List.of(Problem.at(JSON_READ, "", "no such resource on the classpath")));
              }
              return RasJson.standard().readTable(in, sourceName);
            } catch (IOException e) {
              throw new InvalidTableException(
                  Source.named(sourceName),
                  List.of(Problem.at(JSON_READ, "", "cannot read the resource: " + e)));
            }
          });
    }
    return tables.provider();
  }

  /**
   * These tables, held in memory.
   *
   * @param tables the tables, several versions of one table among them if need be
   * @return a provider of the tables, with the version of each table in force chosen by date
   * @throws TableSelectionException when two different tables share an id and a version
   */
  public static TableProvider inMemory(RasTable... tables) {
    return TableSet.of(tables);
  }

  /** Reads tables one by one, keeping every failure, and fails once at the end. */
  private static final class Loader {
    private final String what;
    private final List<RasTable> tables = new ArrayList<>();
    private final List<InvalidTableException> failures = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    Loader(String what) {
      this.what = what;
    }

    void load(Object source, java.util.function.Supplier<RasTable> read) {
      try {
        tables.add(read.get());
      } catch (InvalidTableException e) {
        failures.add(e);
        failed.add(e.sourceName().orElse(String.valueOf(source)));
      }
    }

    TableProvider provider() {
      if (failures.size() == 1) {
        throw failures.get(0);
      }
      if (!failures.isEmpty()) {
        List<Problem> all = new ArrayList<>();
        for (int i = 0; i < failures.size(); i++) {
          RasException e = failures.get(i);
          for (Problem p : e.problems()) {
            all.add(
                new Problem(
                    p.code(),
                    p.pointer(),
                    p.location(),
                    "in " + failed.get(i) + ": " + p.message()));
          }
        }
        InvalidTableException e =
            new InvalidTableException(
                Source.named(
                    what
                        + " ("
                        + failures.size()
                        + " bad files: "
                        + String.join(", ", failed)
                        + ")"),
                all);
        failures.forEach(e::addSuppressed);
        throw e;
      }
      return TableSet.of(tables);
    }
  }
}
