package org.openras.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.openras.ErrorCode;
import org.openras.InvalidTableException;

/**
 * Hostile workbooks, made here rather than committed: each is refused with exit-2 input error, one
 * clear message, within seconds; the module's tests run in a 256 MB heap (pom.xml), so none of them
 * may be unpacked or parsed whole.
 */
class HostileWorkbookTest {

  /** A hang guard only: each is refused long before, after reading at most the limits. */
  private static final Duration GUARD = Duration.ofSeconds(20);

  /** A part's content written in pieces, never held whole. */
  interface Content {
    void writeTo(ZipOutputStream zip) throws IOException;
  }

  static InvalidTableException refused(byte[] bytes) {
    long start = System.nanoTime();
    InvalidTableException e =
        catchThrowableOfType(InvalidTableException.class, () -> Workbooks.read(bytes));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GUARD);
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage()).startsWith("T.xlsx: invalid RAS table: ");
    return e;
  }

  /** The worked example's workbook with parts replaced or added (null content: removed). */
  static byte[] rezip(Map<String, Content> changes) {
    byte[] original = Workbooks.export(Workbooks.worked());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (changes.containsKey(e.getName())) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(zip);
        zip.closeEntry();
      }
      for (Map.Entry<String, Content> c : changes.entrySet()) {
        if (c.getValue() != null) {
          zip.putNextEntry(new ZipEntry(c.getKey()));
          c.getValue().writeTo(zip);
          zip.closeEntry();
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }

  static Content text(String s) {
    return zip -> zip.write(s.getBytes(StandardCharsets.UTF_8));
  }

  static Content repeated(String head, String unit, long times, String tail) {
    return zip -> {
      zip.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] chunk = unit.repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long i = 0; i < times / 1000; i++) {
        zip.write(chunk);
      }
      zip.write(tail.getBytes(StandardCharsets.UTF_8));
    };
  }

  @Test
  void aFileThatIsNotAZip() {
    InvalidTableException e = refused("id,name\nx,y\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(e.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_NOT_WORKBOOK);
    assertThat(e.problems().get(0).message())
        .isEqualTo("the file is not an .xlsx workbook (it is not a zip file)");
    assertThat(refused(new byte[0]).problems().get(0).code())
        .isEqualTo(ErrorCode.XLSX_NOT_WORKBOOK);
  }

  @Test
  void anOldXlsOrAnEncryptedWorkbook() {
    byte[] ole2 = new byte[4096];
    ole2[0] = (byte) 0xD0;
    ole2[1] = (byte) 0xCF;
    ole2[2] = (byte) 0x11;
    ole2[3] = (byte) 0xE0;
    assertThat(refused(ole2).problems().get(0).message())
        .startsWith("the file is an old-style .xls workbook or a password-protected one");
  }

  @Test
  void aBrokenZipAndAZipThatIsNotAWorkbook() {
    byte[] good = Workbooks.export(Workbooks.worked());
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    assertThat(refused(truncated).problems().get(0).code()).isEqualTo(ErrorCode.XLSX_NOT_WORKBOOK);
    byte[] document =
        rezip(
            Map.of(
                "[Content_Types].xml",
                text(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/word/document.xml\""
                        + " ContentType=\"application/vnd.openxmlformats-officedocument."
                        + "wordprocessingml.document.main+xml\"/></Types>")));
    assertThat(refused(document).problems().get(0).message())
        .isEqualTo("the file is a zip but not an .xlsx workbook (no spreadsheet in it)");
    Map<String, Content> noWorkbookPart = new LinkedHashMap<>();
    noWorkbookPart.put("xl/workbook.xml", null);
    InvalidTableException e = refused(rezip(noWorkbookPart));
    assertThat(e.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_NOT_WORKBOOK);
    assertThat(e.problems().get(0).message())
        .startsWith("the file cannot be read as an .xlsx workbook: ");
  }

  @Test
  void aZipBomb() {
    // 200 MB of spaces once unpacked, about 200 kB packed
    byte[] bomb =
        rezip(
            Map.of(
                "xl/worksheets/sheet4.xml",
                repeated("<worksheet><sheetData>", "          ", 20_000_000L, "</sheetData>")));
    assertThat(bomb.length).isLessThan(PackageScan.MAX_FILE_BYTES);
    InvalidTableException e = refused(bomb);
    assertThat(e.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_LIMIT);
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "the workbook's part xl/worksheets/sheet4.xml is larger than 4 MB once unpacked (a"
                + " table's sheets are far smaller; is it a zip bomb?)");
  }

  @Test
  void aSheetOfAMillionRows() {
    String ns = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    InvalidTableException dense =
        refused(
            rezip(
                Map.of(
                    "xl/worksheets/sheet4.xml",
                    repeated(
                        ns + "<sheetData>",
                        "<row><c t=\"inlineStr\"><is><t>Q1</t></is></c></row>",
                        1_000_000L,
                        "</sheetData></worksheet>"))));
    assertThat(dense.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_LIMIT);
    // one row at the last row a sheet may have: small, but beyond the reader's row limit
    InvalidTableException sparse =
        refused(
            Workbooks.workedWith(
                wb -> Workbooks.cell(wb, "Descriptors!A1048576").setCellValue("Q1")));
    assertThat(sparse.problems().get(0).message())
        .isEqualTo(
            "Descriptors!A1048576: the sheet Descriptors has 1048576 rows, more than the 20000 a"
                + " table's sheet may have");
  }

  @Test
  void aHundredMegabyteSharedStringsPart() {
    InvalidTableException e =
        refused(
            rezip(
                Map.of(
                    "xl/sharedStrings.xml",
                    repeated(
                        "<sst>", "<si><t>aaaaaaaaaaaaaaaaaaaa</t></si>", 3_200_000L, "</sst>"))));
    assertThat(e.problems().get(0).message())
        .startsWith("the workbook's part xl/sharedStrings.xml is larger than 4 MB once unpacked");
  }

  @Test
  void moreThanTheLargestFile() {
    // incompressible bytes beyond the file limit: refused after reading the limit and one byte
    byte[] big = new byte[PackageScan.MAX_FILE_BYTES + 100];
    new java.util.Random(1).nextBytes(big);
    big[0] = 'P';
    big[1] = 'K';
    CountingStream in = new CountingStream(big);
    InvalidTableException e =
        catchThrowableOfType(
            InvalidTableException.class, () -> XlsxTables.standard().readTable(in, "big.xlsx"));
    assertThat(e.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_LIMIT);
    assertThat(in.read).isEqualTo(PackageScan.MAX_FILE_BYTES + 1L);
  }

  @Test
  void tooManyParts() {
    Map<String, Content> parts = new LinkedHashMap<>();
    for (int i = 0; i < PackageScan.MAX_PARTS; i++) {
      parts.put("xl/media/image" + i + ".png", text("x"));
    }
    assertThat(refused(rezip(parts)).problems().get(0).message())
        .isEqualTo("the workbook has more than 1000 parts");
  }

  @Test
  void externalLinksAndDataConnections() {
    InvalidTableException e =
        refused(rezip(Map.of("xl/externalLinks/externalLink1.xml", text("<externalLink/>"))));
    assertThat(e.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_ACTIVE_CONTENT);
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "the workbook links to another file (xl/externalLinks/externalLink1.xml): a table"
                + " must hold its own values; break the links (paste values) first");
    assertThat(
            refused(rezip(Map.of("xl/connections.xml", text("<connections/>"))))
                .problems()
                .get(0)
                .message())
        .startsWith("the workbook has data connections");
  }

  @Test
  void macros() {
    InvalidTableException bin = refused(rezip(Map.of("xl/vbaProject.bin", text("not really VBA"))));
    assertThat(bin.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_ACTIVE_CONTENT);
    assertThat(bin.problems().get(0).message())
        .isEqualTo(
            "the workbook holds macros (xl/vbaProject.bin): save it as an .xlsx workbook without"
                + " macros");
    // an .xlsm's content types, even without the macro part
    String types =
        new String(
                part(Workbooks.export(Workbooks.worked()), "[Content_Types].xml"),
                StandardCharsets.UTF_8)
            .replace(
                "spreadsheetml.sheet.main+xml",
                "spreadsheetml.sheet.main+xml\"/><Default Extension=\"bin\" ContentType=\""
                    + "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    assertThat(
            refused(rezip(Map.of("[Content_Types].xml", text(types)))).problems().get(0).message())
        .startsWith("the workbook is macro-enabled (.xlsm)");
    InvalidTableException embedded =
        refused(rezip(Map.of("xl/embeddings/oleObject1.bin", text("x"))));
    assertThat(embedded.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_ACTIVE_CONTENT);
  }

  @Test
  void xmlEntityTricks() {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>&lol2;&ext;</t></si></sst>";
    InvalidTableException e = refused(rezip(Map.of("xl/sharedStrings.xml", text(laughs))));
    assertThat(e.problems().get(0).code()).isEqualTo(ErrorCode.XLSX_ACTIVE_CONTENT);
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "the workbook's part xl/sharedStrings.xml declares a DTD (<!DOCTYPE): XML entities"
                + " are not read");
  }

  static byte[] part(byte[] zipBytes, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    throw new AssertionError("no part " + name);
  }

  /** Counts the bytes read from it. */
  static final class CountingStream extends InputStream {
    private final InputStream in;
    long read;

    CountingStream(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        read += n;
      }
      return n;
    }
  }
}
