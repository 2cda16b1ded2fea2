package org.openras.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.examples.cli.RasJarIT.Run;
import org.openras.tables.RasJson;

/** {@code ras table} through the shaded {@code target/ras.jar}: POI and its parts are in it. */
class TableJarIT {
  private static final String TABLE = "src/main/resources/org/openras/examples/worked-table.json";

  @Test
  void exportAndImportThroughTheJar(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("T.xlsx");
    Run export = RasJarIT.java("table", "export", "--table", TABLE, "--output", xlsx.toString());
    assertThat(export.code()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(export.out()).startsWith("Wrote " + xlsx + ": table worked-example 2026.1 (sha256:");
    Path json = dir.resolve("T.json");
    Run imported =
        RasJarIT.java("table", "import", "--input", xlsx.toString(), "--output", json.toString());
    assertThat(imported.code()).isZero();
    assertThat(imported.err()).isEmpty();
    assertThat(Files.readString(json, StandardCharsets.UTF_8))
        .isEqualTo(RasJson.standard().writeTable(RasJson.standard().readTable(Path.of(TABLE))));
    Run notAWorkbook = RasJarIT.java("table", "import", "--input", TABLE);
    assertThat(notAWorkbook.code()).isEqualTo(2);
    assertThat(notAWorkbook.err())
        .isEqualTo(
            "ras: "
                + TABLE
                + ": invalid RAS table: (document): the file is not an .xlsx workbook"
                + " (it is not a zip file) [RAS-X001: the file must be an .xlsx workbook]\n");
  }
}
