package org.openras.tables.batch;

import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;

/** How a caseload or a batch's results are written down: comma-separated values or JSON Lines. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CaseloadFormat {
  /**
   * Comma-separated values with a header row. A caseload has the columns {@code id}, {@code date},
   * and optionally {@code table}, {@code clientGroup}, {@code locality}; every other column is a
   * question code, its cell the chosen descriptor code (several for an ANY question, separated by
   * {@code |}; {@code []} for an ANY question answered "none of these"; empty for unanswered).
   */
  CSV,
  /** JSON Lines: one {@code ras-assessment/1} document (or one result) per line. */
  JSONL;

  /** The CSV cell of an ANY question answered with no descriptor ("none of these apply"). */
  public static final String NONE_OF_THESE = "[]";

  /**
   * A descriptor code as a CSV caseload cell writes it: a bar ({@code |}, which separates the codes
   * of an ANY answer) as {@code \|}, a backslash as {@code \\}, and a code that reads as {@link
   * #NONE_OF_THESE} with a backslash first; any other code unchanged. The caseload reader undoes
   * it, so that every code of a valid table round-trips.
   *
   * @param code the descriptor code
   * @return the code as written in a cell
   */
  public static String escape(String code) {
    if (code.equals(NONE_OF_THESE)) {
      return "\\" + code;
    }
    if (code.indexOf('|') < 0 && code.indexOf('\\') < 0) {
      return code;
    }
    return code.replace("\\", "\\\\").replace("|", "\\|");
  }

  /**
   * The format a file name's extension names: {@code .csv} or {@code .jsonl}/{@code .ndjson}.
   *
   * @param file a caseload or results file
   * @return the format its extension names
   * @throws IllegalArgumentException when the extension names neither format
   */
  public static CaseloadFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of "
            + file
            + " from its name: use .csv or .jsonl, or name the"
            + " format");
  }
}
