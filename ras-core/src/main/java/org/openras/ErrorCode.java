package org.openras;

import org.apiguardian.api.API;

/**
 * The stable codes of every rule a RAS table, an assessment or a table selection can break.
 *
 * <p>Codes never change meaning once published: a council's integration may match on them. They are
 * grouped by where the problem is: {@code RAS-J…} the JSON form of a file, {@code RAS-T…} the rules
 * of a table (spec §2), {@code RAS-A…} an assessment (spec §4), {@code RAS-V…} the choice of table
 * and version for an assessment (spec §2 "Versions"), {@code RAS-R…} a result file read back to be
 * verified (spec §5), {@code RAS-C…} a row of a caseload in a batch run, {@code RAS-X…} the
 * spreadsheet form of a table. Each code carries the rule in a sentence; {@code docs/errors.md}
 * lists them all.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ErrorCode {
  // JSON form
  /** A file that is not well-formed JSON. */
  JSON_SYNTAX("RAS-J001", "the file must be well-formed JSON"),
  /** A field the format does not define, such as a mistyped {@code maxpoints}. */
  JSON_UNKNOWN_FIELD("RAS-J002", "only the fields the format defines are allowed"),
  /** A key written twice in one JSON object. */
  JSON_DUPLICATE_KEY("RAS-J003", "a key may appear only once in an object"),
  /** A field of the wrong JSON type, such as text where points are expected. */
  JSON_WRONG_TYPE("RAS-J004", "each field must have the JSON type the format defines"),
  /** A {@code format} field that is missing or names another format or version. */
  JSON_FORMAT_TAG("RAS-J005", "\"format\" must name the expected format and version"),
  /** A file beyond the reader's limits (its size, nesting or a number's length). */
  JSON_LIMIT("RAS-J006", "the file must stay within the reader's limits"),
  /** A date that is not an ISO date {@code YYYY-MM-DD}. */
  JSON_BAD_DATE("RAS-J007", "dates are ISO dates, YYYY-MM-DD"),
  /** A file that cannot be read. */
  JSON_READ("RAS-J008", "the file must be readable"),
  /**
   * A value outside those the format allows, such as an unknown {@code select} or {@code period}.
   */
  JSON_BAD_VALUE("RAS-J009", "the value must be one of those the format allows"),

  // Table rules
  /** A required field of the table (an id, a name, a code, a text...) missing or blank. */
  TABLE_REQUIRED("RAS-T001", "a required field must be present and not blank"),
  /** A table id that is not 1 to 64 of {@code A-Z a-z 0-9 . _ -}. */
  TABLE_ID("RAS-T002", "a table id is 1 to 64 of the characters A-Z a-z 0-9 . _ -"),
  /** A version whose {@code effectiveTo} is not after its {@code effectiveFrom}. */
  TABLE_DATES("RAS-T003", "effectiveTo must be after effectiveFrom"),
  /** A currency that is not an ISO 4217 code. */
  TABLE_CURRENCY("RAS-T004", "currency must be an ISO 4217 code"),
  /**
   * A negative figure where the spec wants zero or more: points, a weight, a cap, a band amount, a
   * floor...
   */
  TABLE_NOT_NEGATIVE("RAS-T005", "this number must not be negative"),
  /**
   * A figure that must be above zero and is not: a cost factor, the weeks per year, the rounding
   * increment.
   */
  TABLE_POSITIVE("RAS-T006", "this number must be greater than 0"),
  /**
   * An empty list that needs an entry: a question without descriptors, an allocation without
   * curves...
   */
  TABLE_EMPTY("RAS-T007", "this list must have at least one entry"),
  /**
   * A code, id or label used twice where it must be unique (domains, questions, descriptors,
   * bands...).
   */
  TABLE_DUPLICATE_CODE("RAS-T008", "codes, ids and labels must be unique where the spec says so"),
  /** An adjustment or supplement naming a question that is not in the table. */
  TABLE_UNKNOWN_QUESTION(
      "RAS-T009", "an adjustment or supplement must name a question of the table"),
  /** An adjustment naming an {@code ANY} question; carer adjustments read one answer. */
  TABLE_ADJUSTMENT_SELECT("RAS-T010", "an adjustment must name a ONE question"),
  /** An adjustment or supplement listing a code that is not a descriptor of its own question. */
  TABLE_FOREIGN_DESCRIPTOR(
      "RAS-T011", "descriptors named by a rule must belong to the rule's question"),
  /** An adjustment percent below −100, which would make points negative. */
  TABLE_PERCENT_RANGE("RAS-T012", "an adjustment percent must be at least -100"),
  /** An adjustment listing a domain that is not in the table. */
  TABLE_UNKNOWN_DOMAIN("RAS-T013", "an adjustment may only list domains of the table"),
  /** Bands of a curve not in strictly increasing {@code from} order, or a first band not from 0. */
  TABLE_BAND_ORDER("RAS-T014", "bands are sorted by strictly increasing 'from', the first at 0"),
  /** A budget floor above the ceiling. */
  TABLE_FLOOR_CEILING("RAS-T015", "floor must not be above ceiling"),
  /** A rounding mode other than the six the spec allows. */
  TABLE_ROUNDING_MODE(
      "RAS-T016", "rounding mode must be HALF_UP, HALF_EVEN, UP, DOWN, CEILING or FLOOR"),
  /**
   * A curve whose floor in force (its own, else the allocation's) is above its ceiling in force
   * (spec v1.1 §3).
   */
  TABLE_CURVE_FLOOR_CEILING(
      "RAS-T017", "a curve's floor in force must not be above its ceiling in force"),
  /** An other-funding source id that is not 1 to 64 of {@code A-Z a-z 0-9 . _ -} (v1.1 §4). */
  TABLE_SOURCE_ID(
      "RAS-T018", "an other-funding source id is 1 to 64 of the characters A-Z a-z 0-9 . _ -"),

  // Assessment rules
  /** A required field of the assessment (its id, its date) missing. */
  ASSESSMENT_REQUIRED("RAS-A001", "a required field of the assessment must be present"),
  /** An answer to a question the table does not have. */
  ASSESSMENT_UNKNOWN_QUESTION("RAS-A002", "answers may only name questions of the table"),
  /** An answer choosing a descriptor code the table does not have. */
  ASSESSMENT_UNKNOWN_DESCRIPTOR("RAS-A003", "an answer must be a descriptor of the table"),
  /** An answer choosing a descriptor of another question. */
  ASSESSMENT_FOREIGN_DESCRIPTOR("RAS-A004", "an answer must be a descriptor of its own question"),
  /** Several descriptors chosen for a {@code ONE} question. */
  ASSESSMENT_ARRAY_FOR_ONE("RAS-A005", "a ONE question takes a single descriptor, not an array"),
  /** The same descriptor chosen twice in an {@code ANY} answer. */
  ASSESSMENT_REPEATED_DESCRIPTOR("RAS-A006", "an ANY answer may choose each descriptor once"),
  /** A required question left unanswered. */
  ASSESSMENT_REQUIRED_UNANSWERED("RAS-A007", "every required question must be answered"),
  /** A moderation without a reason; every change to the indicative budget must say why. */
  ASSESSMENT_MODERATION_REASON("RAS-A008", "a moderation needs a non-blank reason"),
  /**
   * A moderation with more than one, or none, of a money amount, a percent and a figure it sets
   * (spec v1.1 §2 adds {@code set}).
   */
  ASSESSMENT_MODERATION_CHANGE(
      "RAS-A009", "a moderation has exactly one of 'amount', 'percent' and 'set'"),
  /** No allocation curve for the person's client group and no {@code *} curve to fall back on. */
  ASSESSMENT_NO_CURVE("RAS-A010", "the table needs a curve for the client group or a '*' curve"),
  /** No cost factor for the person's locality and no {@code *} factor to fall back on. */
  ASSESSMENT_NO_COST_FACTOR(
      "RAS-A011", "the table needs a cost factor for the locality or a '*' factor"),
  /** A moderation that sets the budget below 0 (spec v1.1 §2). */
  ASSESSMENT_MODERATION_SET("RAS-A012", "a moderation's 'set' must not be negative"),
  /**
   * Other funding from a source the table does not list, or from one source twice (spec v1.1 §4).
   */
  ASSESSMENT_OTHER_FUNDING_SOURCE(
      "RAS-A013", "other funding names sources the table lists, each at most once"),
  /** Other funding of 0 or less (spec v1.1 §4). */
  ASSESSMENT_OTHER_FUNDING_AMOUNT("RAS-A014", "an other-funding amount must be greater than 0"),

  // Table selection
  /** An assessment naming a table id that is not loaded. */
  VERSION_UNKNOWN_TABLE("RAS-V001", "the assessment must name a table that is loaded"),
  /** No version of the table in force on the assessment date. */
  VERSION_NONE_IN_FORCE(
      "RAS-V002", "a version of the table must be in force on the assessment date"),
  /** Two versions of one table in force on the assessment date. */
  VERSION_OVERLAP("RAS-V003", "only one version of a table may be in force on a date"),
  /** An assessment that names no table while several table ids are loaded. */
  VERSION_TABLE_NOT_NAMED(
      "RAS-V004", "an assessment must name its table when several tables are loaded"),
  /** The same table id and version loaded twice. */
  VERSION_DUPLICATE("RAS-V005", "a table id and version may be loaded only once"),

  // Result files (read back to be verified)
  /** A required field missing from a result read back for verification. */
  RESULT_REQUIRED("RAS-R001", "a required field of the result must be present"),
  /** A table fingerprint that is not {@code sha256:} and 64 lower-case hex digits. */
  RESULT_FINGERPRINT("RAS-R002", "a fingerprint is sha256: and 64 lower-case hex digits"),

  // Caseloads (batch runs)
  /** A CSV caseload without a header row naming at least {@code id} and {@code date}. */
  CASELOAD_HEADER(
      "RAS-C001", "a CSV caseload starts with a header row naming at least 'id' and 'date'"),
  /** A caseload row with more cells than the header, a bad date or an implausible cost. */
  CASELOAD_BAD_CELL(
      "RAS-C002",
      "a caseload row has no more cells than the header, an ISO date and a plausible cost"),
  /** A CSV caseload whose header row names a column twice. */
  CASELOAD_DUPLICATE_COLUMN("RAS-C003", "a CSV caseload's header names each column once"),
  /** A caseload line that is not UTF-8, or longer than the limit. */
  CASELOAD_BAD_TEXT(
      "RAS-C004", "a caseload is UTF-8 text whose lines are no longer than the limit"),

  // Output files (commands)
  /**
   * An output that is a device, a FIFO or a directory, or the same file as an input or another
   * output.
   */
  OUTPUT_REFUSED(
      "RAS-O001", "an output is a regular file (or a new one), not an input nor another output"),

  // Spreadsheet form of a table (ras-xlsx, docs/spreadsheets.md); every problem names its cell
  /** A file that is not an {@code .xlsx} workbook: not a zip, an old {@code .xls}, encrypted. */
  XLSX_NOT_WORKBOOK("RAS-X001", "the file must be an .xlsx workbook"),
  /** A workbook beyond the reader's limits (file size, a part's size, parts, rows). */
  XLSX_LIMIT("RAS-X002", "the workbook must stay within the reader's limits"),
  /** Macros, external links, data connections, embedded objects or XML DTDs in a workbook. */
  XLSX_ACTIVE_CONTENT(
      "RAS-X003", "a workbook may hold no macros, external links, embedded objects or DTDs"),
  /** A formula where the layout wants a value (unless cached values were asked for). */
  XLSX_FORMULA("RAS-X004", "a cell must hold a value, not a formula"),
  /** A cell whose value is not of its column's kind: text for a number, a percent format... */
  XLSX_BAD_CELL("RAS-X005", "a cell must hold the kind of value its column defines"),
  /** A sheet or header the layout does not define, a missing sheet, a value without a header. */
  XLSX_LAYOUT("RAS-X006", "sheets and header rows must be those of the layout"),
  /** A row naming a domain, question or other owner that the workbook does not have. */
  XLSX_ROW_OWNER(
      "RAS-X007",
      "a row must name a domain, question, curve, adjustment or supplement of the workbook"),
  /** Two rows of one adjustment, supplement or curve giving one of its fields different values. */
  XLSX_CONFLICT("RAS-X008", "the rows of one element must not give a field two different values");

  private final String code;
  private final String rule;

  ErrorCode(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  /** {@return the stable code, for example {@code RAS-T008}} */
  public String code() {
    return code;
  }

  /** {@return the rule, as one plain sentence fragment} */
  public String rule() {
    return rule;
  }

  @Override
  public String toString() {
    return code;
  }
}
