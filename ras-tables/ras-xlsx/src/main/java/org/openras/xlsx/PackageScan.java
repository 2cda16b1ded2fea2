package org.openras.xlsx;

import static org.openras.ErrorCode.XLSX_ACTIVE_CONTENT;
import static org.openras.ErrorCode.XLSX_LIMIT;
import static org.openras.ErrorCode.XLSX_NOT_WORKBOOK;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.openras.Problem;

/**
 * The checks made on a workbook's bytes before any spreadsheet library parses them
 * (docs/spreadsheets.md, "Limits and hostile workbooks"): the file is a zip, within the size limits
 * once inflated (so a zip bomb or a huge part is stopped after at most the limit's bytes), and
 * holds no macros, external links, data connections, embedded objects or XML DTDs.
 */
final class PackageScan {
  private PackageScan() {}

  /** The largest workbook file read, in bytes. */
  static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

  /** The most parts (zip entries) a workbook may have. */
  static final int MAX_PARTS = 1000;

  /** The largest part once inflated, in bytes. */
  static final int MAX_PART_BYTES = 4 * 1024 * 1024;

  /** The largest sum of all parts once inflated, in bytes. */
  static final int MAX_TOTAL_BYTES = 32 * 1024 * 1024;

  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

  /** Thrown with the one problem that stops the reading. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    /** The problem. */
    final transient Problem problem;

    Refused(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /**
   * Reads at most {@link #MAX_FILE_BYTES} of {@code in}.
   *
   * @param in the workbook's bytes
   * @return all of them
   * @throws Refused when there are more
   * @throws IOException when the stream cannot be read
   */
  static byte[] readBounded(InputStream in) throws Refused, IOException {
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw refused(
          XLSX_LIMIT,
          "the file is larger than "
              + (MAX_FILE_BYTES >> 20)
              + " MB, the most a table's"
              + " workbook may be");
    }
    return bytes;
  }

  /**
   * Checks the workbook's bytes.
   *
   * @param bytes the whole file
   * @throws Refused with the first reason the workbook cannot be read
   */
  static void check(byte[] bytes) throws Refused {
    if (bytes.length >= 4
        && (bytes[0] & 0xff) == 0xD0
        && (bytes[1] & 0xff) == 0xCF
        && (bytes[2] & 0xff) == 0x11
        && (bytes[3] & 0xff) == 0xE0) {
      throw refused(
          XLSX_NOT_WORKBOOK,
          "the file is an old-style .xls workbook or a password-protected one: save it as an"
              + " .xlsx workbook (Excel Workbook) without a password");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw refused(XLSX_NOT_WORKBOOK, "the file is not an .xlsx workbook (it is not a zip file)");
    }
    int parts = 0;
    long total = 0;
    boolean contentTypes = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++parts > MAX_PARTS) {
          throw refused(XLSX_LIMIT, "the workbook has more than " + MAX_PARTS + " parts");
        }
        String name = e.getName();
        activeContent(name);
        byte[] part = inflate(zip, name, MAX_TOTAL_BYTES - total);
        total += part.length;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
          if (indexOf(part, DOCTYPE) >= 0) {
            throw refused(
                XLSX_ACTIVE_CONTENT,
                "the workbook's part "
                    + name
                    + " declares a DTD (<!DOCTYPE): XML entities are"
                    + " not read");
          }
        }
        if (name.equals("[Content_Types].xml")) {
          contentTypes = true;
          String types = new String(part, StandardCharsets.UTF_8);
          if (types.contains("macroEnabled") || types.contains("vbaProject")) {
            throw refused(
                XLSX_ACTIVE_CONTENT,
                "the workbook is macro-enabled (.xlsm): save it as an .xlsx workbook without"
                    + " macros");
          }
          if (!types.contains("spreadsheetml.sheet.main+xml")) {
            throw refused(
                XLSX_NOT_WORKBOOK,
                "the file is a zip but not an .xlsx workbook (no spreadsheet in it)");
          }
        }
      }
    } catch (IOException | IllegalArgumentException ex) {
      throw refused(XLSX_NOT_WORKBOOK, "the file is not a readable zip file: " + ex.getMessage());
    }
    if (!contentTypes) {
      throw refused(
          XLSX_NOT_WORKBOOK,
          "the file is a zip but not an .xlsx workbook (no [Content_Types].xml)");
    }
  }

  private static void activeContent(String name) throws Refused {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("vbaproject")) {
      throw refused(
          XLSX_ACTIVE_CONTENT,
          "the workbook holds macros (" + name + "): save it as an .xlsx workbook without macros");
    }
    if (lower.startsWith("xl/externallinks/")) {
      throw refused(
          XLSX_ACTIVE_CONTENT,
          "the workbook links to another file ("
              + name
              + "): a table must hold its own values;"
              + " break the links (paste values) first");
    }
    if (lower.equals("xl/connections.xml")) {
      throw refused(
          XLSX_ACTIVE_CONTENT,
          "the workbook has data connections (" + name + "): a table must hold its own values");
    }
    if (lower.startsWith("xl/embeddings/")
        || lower.startsWith("xl/activex/")
        || lower.startsWith("xl/ctrlprops/")) {
      throw refused(
          XLSX_ACTIVE_CONTENT, "the workbook holds an embedded object or control (" + name + ")");
    }
  }

  private static byte[] inflate(ZipInputStream zip, String name, long totalLeft)
      throws IOException, Refused {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = zip.read(buf)) > 0) {
      out.write(buf, 0, n);
      if (out.size() > MAX_PART_BYTES) {
        throw refused(
            XLSX_LIMIT,
            "the workbook's part "
                + name
                + " is larger than "
                + (MAX_PART_BYTES >> 20)
                + " MB once unpacked (a table's sheets are far smaller; is it a zip bomb?)");
      }
      if (out.size() > totalLeft) {
        throw refused(
            XLSX_LIMIT,
            "the workbook is larger than " + (MAX_TOTAL_BYTES >> 20) + " MB once unpacked");
      }
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static Refused refused(org.openras.ErrorCode code, String message) {
    return new Refused(Problem.at(code, "", message));
  }
}
