package org.openras;

import org.apiguardian.api.API;

/**
 * The stable codes of every rule a RAS table, an assessment or a table selection can break.
 *
 * <p>Codes never change meaning once published: a council's integration may match on them. They are
 * grouped by where the problem is: {@code RAS-J…} the JSON form of a file, {@code RAS-T…} the rules
 * of a table (spec §2), {@code RAS-A…} an assessment (spec §4), {@code RAS-V…} the choice of table
 * and version for an assessment (spec §2 "Versions"), {@code RAS-R…} a result file read back to be
 * verified (spec §5), {@code RAS-C…} a row of a caseload in a batch run. Each code carries the rule
 * in a sentence; {@code docs/errors.md} lists them all.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ErrorCode {
  // JSON form
  JSON_SYNTAX("RAS-J001", "the file must be well-formed JSON"),
  JSON_UNKNOWN_FIELD("RAS-J002", "only the fields the format defines are allowed"),
  JSON_DUPLICATE_KEY("RAS-J003", "a key may appear only once in an object"),
  JSON_WRONG_TYPE("RAS-J004", "each field must have the JSON type the format defines"),
  JSON_FORMAT_TAG("RAS-J005", "\"format\" must name the expected format and version"),
  JSON_LIMIT("RAS-J006", "the file must stay within the reader's limits"),
  JSON_BAD_DATE("RAS-J007", "dates are ISO dates, YYYY-MM-DD"),
  JSON_READ("RAS-J008", "the file must be readable"),
  JSON_BAD_VALUE("RAS-J009", "the value must be one of those the format allows"),

  // Table rules
  TABLE_REQUIRED("RAS-T001", "a required field must be present and not blank"),
  TABLE_ID("RAS-T002", "a table id is 1 to 64 of the characters A-Z a-z 0-9 . _ -"),
  TABLE_DATES("RAS-T003", "effectiveTo must be after effectiveFrom"),
  TABLE_CURRENCY("RAS-T004", "currency must be an ISO 4217 code"),
  TABLE_NOT_NEGATIVE("RAS-T005", "this number must not be negative"),
  TABLE_POSITIVE("RAS-T006", "this number must be greater than 0"),
  TABLE_EMPTY("RAS-T007", "this list must have at least one entry"),
  TABLE_DUPLICATE_CODE("RAS-T008", "codes, ids and labels must be unique where the spec says so"),
  TABLE_UNKNOWN_QUESTION(
      "RAS-T009", "an adjustment or supplement must name a question of the table"),
  TABLE_ADJUSTMENT_SELECT("RAS-T010", "an adjustment must name a ONE question"),
  TABLE_FOREIGN_DESCRIPTOR(
      "RAS-T011", "descriptors named by a rule must belong to the rule's question"),
  TABLE_PERCENT_RANGE("RAS-T012", "an adjustment percent must be at least -100"),
  TABLE_UNKNOWN_DOMAIN("RAS-T013", "an adjustment may only list domains of the table"),
  TABLE_BAND_ORDER("RAS-T014", "bands are sorted by strictly increasing 'from', the first at 0"),
  TABLE_FLOOR_CEILING("RAS-T015", "floor must not be above ceiling"),
  TABLE_ROUNDING_MODE(
      "RAS-T016", "rounding mode must be HALF_UP, HALF_EVEN, UP, DOWN, CEILING or FLOOR"),

  // Assessment rules
  ASSESSMENT_REQUIRED("RAS-A001", "a required field of the assessment must be present"),
  ASSESSMENT_UNKNOWN_QUESTION("RAS-A002", "answers may only name questions of the table"),
  ASSESSMENT_UNKNOWN_DESCRIPTOR("RAS-A003", "an answer must be a descriptor of the table"),
  ASSESSMENT_FOREIGN_DESCRIPTOR("RAS-A004", "an answer must be a descriptor of its own question"),
  ASSESSMENT_ARRAY_FOR_ONE("RAS-A005", "a ONE question takes a single descriptor, not an array"),
  ASSESSMENT_REPEATED_DESCRIPTOR("RAS-A006", "an ANY answer may choose each descriptor once"),
  ASSESSMENT_REQUIRED_UNANSWERED("RAS-A007", "every required question must be answered"),
  ASSESSMENT_MODERATION_REASON("RAS-A008", "a moderation needs a non-blank reason"),
  ASSESSMENT_MODERATION_CHANGE(
      "RAS-A009", "a moderation has exactly one of 'amount' and 'percent'"),
  ASSESSMENT_NO_CURVE("RAS-A010", "the table needs a curve for the client group or a '*' curve"),
  ASSESSMENT_NO_COST_FACTOR(
      "RAS-A011", "the table needs a cost factor for the locality or a '*' factor"),

  // Table selection
  VERSION_UNKNOWN_TABLE("RAS-V001", "the assessment must name a table that is loaded"),
  VERSION_NONE_IN_FORCE(
      "RAS-V002", "a version of the table must be in force on the assessment date"),
  VERSION_OVERLAP("RAS-V003", "only one version of a table may be in force on a date"),
  VERSION_TABLE_NOT_NAMED(
      "RAS-V004", "an assessment must name its table when several tables are loaded"),
  VERSION_DUPLICATE("RAS-V005", "a table id and version may be loaded only once"),

  // Result files (read back to be verified)
  RESULT_REQUIRED("RAS-R001", "a required field of the result must be present"),
  RESULT_FINGERPRINT("RAS-R002", "a fingerprint is sha256: and 64 lower-case hex digits"),

  // Caseloads (batch runs)
  CASELOAD_HEADER(
      "RAS-C001", "a CSV caseload starts with a header row naming at least 'id' and 'date'"),
  CASELOAD_BAD_CELL(
      "RAS-C002",
      "a caseload row has no more cells than the header, an ISO date and a plausible cost");

  private final String code;
  private final String rule;

  ErrorCode(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  /** The stable code, for example {@code RAS-T008}. */
  public String code() {
    return code;
  }

  /** The rule, as one plain sentence fragment. */
  public String rule() {
    return rule;
  }

  @Override
  public String toString() {
    return code;
  }
}
