package org.openras.xlsx;

import java.util.List;

/**
 * The workbook layout of docs/spreadsheets.md: its sheets, in order, each with its columns (the
 * header row: the spec's field names) and one line of help per column (row 2).
 */
final class Layout {
  private Layout() {}

  /** What a column holds. */
  enum Kind {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN
  }

  /** One column: its header (the spec's field name), what it holds and its help text. */
  record Column(String header, Kind kind, String help) {}

  /** One sheet: its name and columns. */
  record Sheet(String name, List<Column> columns) {
    int index(String header) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).header().equals(header)) {
          return i;
        }
      }
      throw new IllegalArgumentException(name + " has no column " + header);
    }

    /** {@return this sheet without its spec v1.1 columns: the layout a v1 table is written in} */
    Sheet v1() {
      return new Sheet(
          name, columns.stream().filter(c -> !V11_COLUMNS.contains(c.header())).toList());
    }
  }

  /**
   * The columns for spec v1.1's fields (docs/spreadsheets.md): a table that uses none of them is
   * written without them, so its workbook is the v1 layout's.
   */
  static final java.util.Set<String> V11_COLUMNS =
      java.util.Set.of(
          "allocation.unit.singular",
          "allocation.unit.plural",
          "allocation.unit.price",
          "review.text",
          "review.contact",
          "review.reference",
          "panel",
          "curveFloor",
          "curveCeiling");

  /** The first cell of the help row (row 2) starts with this; the reader skips such a row. */
  static final String HELP_PREFIX = "Help:";

  static final Sheet TABLE =
      new Sheet(
          "Table",
          List.of(
              text("id", "Help: the table's id, 1 to 64 of A-Z a-z 0-9 . _ -"),
              text("name", "the table's name as the council publishes it"),
              text("version", "this version's label, such as 2026.1"),
              new Column("effectiveFrom", Kind.DATE, "first day in force (a date or YYYY-MM-DD)"),
              new Column("effectiveTo", Kind.DATE, "first day no longer in force; blank: no end"),
              text("currency", "ISO 4217 code; blank: GBP"),
              text("period", "WEEK or YEAR: the period of the money figures; blank: WEEK"),
              number("weeksPerYear", "weeks in a year; blank: 52"),
              text("reference", "the decision or policy the table comes from (optional)"),
              number("allocation.floor", "least budget before rounding (optional)"),
              number("allocation.ceiling", "greatest budget before rounding (optional)"),
              number("allocation.rounding.increment", "step the budget is rounded to; blank: 0.01"),
              text(
                  "allocation.rounding.mode",
                  "HALF_UP, HALF_EVEN, UP, DOWN, CEILING or FLOOR; blank: HALF_UP"),
              number(
                  "moderation.tolerancePercent",
                  "percent moderation may move the budget without a panel (optional)"),
              text(
                  "allocation.unit.singular",
                  "v1.1: figures are a quantity of this unit, such as hour (blank: money)"),
              text("allocation.unit.plural", "v1.1: the unit's plural, such as hours"),
              number(
                  "allocation.unit.price",
                  "v1.1: money one unit costs, in the currency (optional)"),
              text("review.text", "v1.1: how a person asks for a review of an answer (optional)"),
              text("review.contact", "v1.1: whom to ask and how (with review.text)"),
              text("review.reference", "v1.1: the policy the review route comes from (optional)")));

  static final Sheet DOMAINS =
      new Sheet(
          "Domains",
          List.of(
              text("code", "Help: one row per domain, in questionnaire order; its code"),
              text("name", "the domain's name"),
              number("weight", "multiplier of the domain's points; blank: 1"),
              number("maxPoints", "cap on the domain's points (optional)"),
              text("reference", "where the domain's rules come from (optional)")));

  static final Sheet QUESTIONS =
      new Sheet(
          "Questions",
          List.of(
              text("domain", "Help: one row per question, in order; the code of its domain"),
              text("code", "the question's code, unique in the table"),
              text("text", "the question as asked"),
              text("select", "ONE or ANY (choose all that apply); blank: ONE"),
              new Column("required", Kind.BOOLEAN, "TRUE or FALSE; blank: TRUE"),
              number("maxPoints", "cap on the question's points (optional)"),
              text("reference", "where the question comes from (optional)")));

  static final Sheet DESCRIPTORS =
      new Sheet(
          "Descriptors",
          List.of(
              text("question", "Help: one row per descriptor, in order; the code of its question"),
              text("code", "the descriptor's code, unique in the table"),
              text("text", "the descriptor as a person reads it"),
              number("points", "the points it is worth, 0 or more")));

  static final Sheet ADJUSTMENTS =
      new Sheet(
          "Adjustments",
          List.of(
              text("id", "Help: rows of one adjustment share its id"),
              text("name", "what it stands for (optional; one row, or the same on each)"),
              text("question", "the ONE question it is keyed to (one row, or the same on each)"),
              text("reference", "where the rule comes from (optional)"),
              text("descriptor", "a descriptor of that question ..."),
              number("percent", "... and the signed percent it gives, at least -100"),
              text("domain", "a domain it applies to, one a row; none: every domain")));

  static final Sheet BANDS =
      new Sheet(
          "Bands",
          List.of(
              text("clientGroup", "Help: one row per band; the curve's client group, * for all"),
              text("curveReference", "where the curve comes from (optional)"),
              text("label", "the band's label, unique in its curve"),
              number("from", "least total points in the band; the first band is from 0"),
              number("amount", "money at 'from' points, in the table's period"),
              number("perPoint", "money each further point adds; blank: 0"),
              text("reference", "where the band's figures come from (optional)"),
              new Column(
                  "panel",
                  Kind.BOOLEAN,
                  "v1.1: TRUE if the panel decides the budget; blank: FALSE"),
              number(
                  "curveFloor",
                  "v1.1: the curve's own floor (one row, or the same on each; optional)"),
              number(
                  "curveCeiling",
                  "v1.1: the curve's own ceiling (one row, or the same on each; optional)")));

  static final Sheet SUPPLEMENTS =
      new Sheet(
          "Supplements",
          List.of(
              text("id", "Help: rows of one supplement share its id"),
              text("name", "what it pays for (optional; one row, or the same on each)"),
              text("question", "the question it is keyed to (one row, or the same on each)"),
              text("reference", "the decision that set it (optional)"),
              text("descriptor", "a descriptor of that question ..."),
              number("amount", "... and the money it adds, in the table's period")));

  static final Sheet COST_FACTORS =
      new Sheet(
          "CostFactors",
          List.of(
              text("locality", "Help: one row per locality, * for every other one"),
              number("factor", "multiplier of the budget there, greater than 0")));

  static final Sheet OTHER_FUNDING =
      new Sheet(
          "OtherFunding",
          List.of(
              text(
                  "id",
                  "Help: v1.1: one row per source of other funding the council deducts; its id"),
              text("name", "the source's name, such as NHS joint funding"),
              text("reference", "the policy that deducts it (optional)")));

  /** Every sheet, in the order written. */
  static final List<Sheet> SHEETS =
      List.of(
          TABLE,
          DOMAINS,
          QUESTIONS,
          DESCRIPTORS,
          ADJUSTMENTS,
          BANDS,
          SUPPLEMENTS,
          COST_FACTORS,
          OTHER_FUNDING);

  /** The spec v1.1 sheets: a workbook without them (the v1 layout) reads as having no rows. */
  static final List<Sheet> V11_SHEETS = List.of(OTHER_FUNDING);

  private static Column text(String header, String help) {
    return new Column(header, Kind.TEXT, help);
  }

  private static Column number(String header, String help) {
    return new Column(header, Kind.NUMBER, help);
  }
}
