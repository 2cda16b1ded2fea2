package org.openras.xlsx;

import static org.openras.ErrorCode.TABLE_DUPLICATE_CODE;
import static org.openras.ErrorCode.TABLE_REQUIRED;
import static org.openras.ErrorCode.XLSX_BAD_CELL;
import static org.openras.ErrorCode.XLSX_CONFLICT;
import static org.openras.ErrorCode.XLSX_LAYOUT;
import static org.openras.ErrorCode.XLSX_LIMIT;
import static org.openras.ErrorCode.XLSX_ROW_OWNER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.openras.InvalidTableException;
import org.openras.table.Adjustment;
import org.openras.table.Band;
import org.openras.table.Curve;
import org.openras.table.Descriptor;
import org.openras.table.Domain;
import org.openras.table.FundingSource;
import org.openras.table.Period;
import org.openras.table.Question;
import org.openras.table.RasTable;
import org.openras.table.Review;
import org.openras.table.Select;
import org.openras.table.Supplement;
import org.openras.table.Unit;
import org.openras.xlsx.SheetReader.Values;

/**
 * Builds a {@link RasTable} from a parsed workbook in the layout of docs/spreadsheets.md, and
 * collects every problem, located at its cell.
 */
final class WorkbookReader {
  private final Problems problems;
  private final SheetReader sheets;

  WorkbookReader(Problems problems, boolean formulaValues) {
    this.problems = problems;
    this.sheets = new SheetReader(problems, formulaValues);
  }

  /**
   * Reads the table.
   *
   * @param wb the workbook
   * @return the table, or null when the workbook has problems (they are in {@link Problems})
   */
  RasTable read(Workbook wb) {
    // a sheet beyond the row limit stops the reading, with that one problem
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet s = wb.getSheetAt(i);
      if (s.getLastRowNum() >= SheetReader.MAX_ROWS) {
        problems.add(
            XLSX_LIMIT,
            "",
            SheetReader.cellRef(s.getSheetName(), s.getLastRowNum(), 0),
            "the sheet "
                + s.getSheetName()
                + " has "
                + (s.getLastRowNum() + 1)
                + " rows, more than the "
                + SheetReader.MAX_ROWS
                + " a table's sheet may have");
        return null;
      }
    }
    Map<String, List<Values>> rows = new LinkedHashMap<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet s = wb.getSheetAt(i);
      Layout.Sheet layout = null;
      for (Layout.Sheet l : Layout.SHEETS) {
        if (l.name().equals(s.getSheetName())) {
          layout = l;
        }
      }
      if (layout == null) {
        problems.add(
            XLSX_LAYOUT,
            "",
            SheetReader.cellRef(s.getSheetName().replace("!", ""), 0, 0),
            "'"
                + s.getSheetName()
                + "' is not a sheet of the layout; its sheets are "
                + sheetNames());
        continue;
      }
      rows.put(layout.name(), sheets.read(s, layout));
    }
    for (Layout.Sheet l : Layout.SHEETS) {
      if (!rows.containsKey(l.name()) && Layout.V11_SHEETS.contains(l)) {
        // a v1 workbook has no v1.1 sheet: the table then has no such rows
        rows.put(l.name(), List.of());
      } else if (!rows.containsKey(l.name())) {
        problems.add(
            XLSX_LAYOUT,
            "",
            null,
            "the workbook has no sheet '" + l.name() + "'; its sheets are " + sheetNames());
        rows.put(l.name(), List.of());
      }
    }
    RasTable.Builder b = RasTable.builder();
    table(b, rows.get(Layout.TABLE.name()));
    questionnaire(
        b,
        rows.get(Layout.DOMAINS.name()),
        rows.get(Layout.QUESTIONS.name()),
        rows.get(Layout.DESCRIPTORS.name()));
    adjustments(b, rows.get(Layout.ADJUSTMENTS.name()));
    curves(b, rows.get(Layout.BANDS.name()));
    supplements(b, rows.get(Layout.SUPPLEMENTS.name()));
    costFactors(b, rows.get(Layout.COST_FACTORS.name()));
    otherFunding(b, rows.get(Layout.OTHER_FUNDING.name()));
    problems.at("/domains", Layout.DOMAINS.name() + "!A1");
    problems.at("/allocation/curves", Layout.BANDS.name() + "!A1");
    try {
      RasTable t = b.build();
      return problems.isEmpty() ? t : null;
    } catch (InvalidTableException e) {
      problems.addValidator(e.problems());
      return null;
    }
  }

  private static String sheetNames() {
    StringBuilder s = new StringBuilder();
    for (Layout.Sheet l : Layout.SHEETS) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(l.name());
    }
    return s.toString();
  }

  private void table(RasTable.Builder b, List<Values> rows) {
    if (rows.isEmpty()) {
      problems.add(
          XLSX_LAYOUT, "", "Table!A3", "the Table sheet has no row of values (row 3 holds them)");
      // the table's required fields are then reported at the cells of row 3 that should hold them
      for (int c = 0; c < Layout.TABLE.columns().size(); c++) {
        problems.at(
            "/" + Layout.TABLE.columns().get(c).header().replace('.', '/'),
            SheetReader.cellRef(Layout.TABLE.name(), 2, c));
      }
      return;
    }
    for (int i = 1; i < rows.size(); i++) {
      problems.add(
          XLSX_LAYOUT,
          "",
          rows.get(i).rowRef(),
          "the Table sheet has one row of values; this is another");
    }
    Values v = rows.get(0);
    for (Layout.Column c : Layout.TABLE.columns()) {
      problems.at("/" + c.header().replace('.', '/'), v.ref(c.header()));
    }
    b.id(v.text("id"));
    b.name(v.text("name"));
    b.version(v.text("version"));
    b.effectiveFrom((LocalDate) v.get("effectiveFrom"));
    b.effectiveTo((LocalDate) v.get("effectiveTo"));
    if (v.text("currency") != null) {
      b.currency(v.text("currency"));
    }
    b.period(word(v, "period", Period.values()));
    b.weeksPerYear(v.number("weeksPerYear"));
    b.reference(v.text("reference"));
    b.floor(v.number("allocation.floor"));
    b.ceiling(v.number("allocation.ceiling"));
    b.rounding(
        v.number("allocation.rounding.increment"),
        word(v, "allocation.rounding.mode", RoundingMode.values()));
    b.tolerancePercent(v.number("moderation.tolerancePercent"));
    // spec v1.1: a unit or a review route is there when any of its cells holds a value
    String singular = v.text("allocation.unit.singular");
    String plural = v.text("allocation.unit.plural");
    BigDecimal price = v.number("allocation.unit.price");
    if (singular != null || plural != null || price != null) {
      problems.at("/allocation/unit", v.ref("allocation.unit.singular"));
      b.unit(new Unit(singular, plural, Optional.ofNullable(price)));
    }
    String text = v.text("review.text");
    String contact = v.text("review.contact");
    String reference = v.text("review.reference");
    if (text != null || contact != null || reference != null) {
      problems.at("/review", v.ref("review.text"));
      b.review(new Review(text, contact, Optional.ofNullable(reference)));
    }
  }

  private <E extends Enum<E>> E word(Values v, String header, E[] allowed) {
    String s = v.text(header);
    if (s == null) {
      return null;
    }
    for (E e : allowed) {
      if (e.name().equals(s.strip())) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : allowed) {
      names.append(names.length() > 0 ? ", " : "").append(e.name());
    }
    problems.bad(
        XLSX_BAD_CELL,
        v.ref(header),
        header + " is one of " + names + ", but the cell holds '" + SheetReader.clip(s) + "'");
    return null;
  }

  // The questionnaire: domains, their questions and their descriptors, linked by codes.

  private static final class DomainRows {
    final Values row;
    final List<QuestionRows> questions = new ArrayList<>();

    DomainRows(Values row) {
      this.row = row;
    }
  }

  private static final class QuestionRows {
    final Values row;
    final List<Values> descriptors = new ArrayList<>();

    QuestionRows(Values row) {
      this.row = row;
    }
  }

  private void questionnaire(
      RasTable.Builder b, List<Values> domainRows, List<Values> questionRows, List<Values> dRows) {
    List<DomainRows> domains = new ArrayList<>();
    Map<String, DomainRows> domainByCode = new LinkedHashMap<>();
    for (Values v : domainRows) {
      DomainRows d = new DomainRows(v);
      domains.add(d);
      if (v.text("code") != null) {
        domainByCode.putIfAbsent(v.text("code"), d);
      }
    }
    Map<String, QuestionRows> questionByCode = new LinkedHashMap<>();
    for (Values v : questionRows) {
      // a question whose domain is missing is reported once; its descriptors still find it
      DomainRows d = owner(v, "domain", domainByCode, "domain", Layout.DOMAINS);
      QuestionRows q = new QuestionRows(v);
      if (d != null) {
        d.questions.add(q);
      }
      if (v.text("code") != null) {
        questionByCode.putIfAbsent(v.text("code"), q);
      }
    }
    for (Values v : dRows) {
      QuestionRows q = owner(v, "question", questionByCode, "question", Layout.QUESTIONS);
      if (q != null) {
        q.descriptors.add(v);
      }
    }
    for (int i = 0; i < domains.size(); i++) {
      DomainRows d = domains.get(i);
      String at = "/domains/" + i;
      fields(at, d.row);
      problems.at(at + "/questions", d.row.ref("code"));
      List<Question> questions = new ArrayList<>();
      for (int j = 0; j < d.questions.size(); j++) {
        QuestionRows q = d.questions.get(j);
        String qat = at + "/questions/" + j;
        fields(qat, q.row);
        problems.at(qat + "/descriptors", q.row.ref("code"));
        List<Descriptor> descriptors = new ArrayList<>();
        for (int k = 0; k < q.descriptors.size(); k++) {
          Values x = q.descriptors.get(k);
          fields(qat + "/descriptors/" + k, x);
          descriptors.add(new Descriptor(x.text("code"), x.text("text"), x.number("points")));
        }
        Boolean required = (Boolean) q.row.get("required");
        questions.add(
            new Question(
                q.row.text("code"),
                q.row.text("text"),
                word(q.row, "select", Select.values()),
                required == null || required,
                Optional.ofNullable(q.row.number("maxPoints")),
                Optional.ofNullable(q.row.text("reference")),
                descriptors));
      }
      b.domain(
          new Domain(
              d.row.text("code"),
              d.row.text("name"),
              d.row.number("weight"),
              Optional.ofNullable(d.row.number("maxPoints")),
              Optional.ofNullable(d.row.text("reference")),
              questions));
    }
  }

  /** Records the cell of each column of a row as the field of the element at {@code at}. */
  private void fields(String at, Values v) {
    problems.at(at, v.rowRef());
    for (Layout.Column c : v.sheet().columns()) {
      problems.at(at + "/" + c.header(), v.ref(c.header()));
    }
  }

  /**
   * {@return the code in the row's {@code header} cell, naming the element the row belongs to; null
   * when the cell is empty, which is an {@code XLSX_ROW_OWNER} problem (unless the cell is already
   * reported)}
   */
  private String ownerCode(Values v, String header, String what) {
    String code = v.text(header);
    if (code == null && !problems.isBad(v.ref(header))) {
      problems.add(
          XLSX_ROW_OWNER,
          "",
          v.ref(header),
          "the row names no " + what + " (" + header + " is empty)");
    }
    return code;
  }

  private <T> T owner(
      Values v, String header, Map<String, T> byCode, String what, Layout.Sheet ownerSheet) {
    String code = ownerCode(v, header, what);
    if (code == null) {
      return null;
    }
    T owner = byCode.get(code);
    if (owner == null) {
      problems.add(
          XLSX_ROW_OWNER,
          "",
          v.ref(header),
          "the row names "
              + what
              + " '"
              + code
              + "', which is not on the "
              + ownerSheet.name()
              + " sheet");
    }
    return owner;
  }

  // Adjustments and supplements: several rows share an id; each gives a descriptor and its figure.

  /** The rows of one adjustment or supplement (or curve), merged field by field. */
  private final class Group {
    final String id;
    final Values first;
    final Map<String, String> texts = new LinkedHashMap<>();
    final Map<String, String> textRefs = new LinkedHashMap<>();
    final Map<String, BigDecimal> figures = new LinkedHashMap<>();
    final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    final List<String> domains = new ArrayList<>();
    final List<Values> rows = new ArrayList<>();

    Group(String id, Values first) {
      this.id = id;
      this.first = first;
    }

    void merge(Values v, String header, String what) {
      String s = v.text(header);
      if (s != null) {
        merge(texts, s, v, header, what, String::equals, t -> "'" + SheetReader.clip(t) + "'");
      }
    }

    void mergeAll(Values v, String what, String... headers) {
      for (String h : headers) {
        merge(v, h, what);
      }
    }

    void mergeNumber(Values v, String header, String what) {
      BigDecimal x = v.number(header);
      if (x != null) {
        merge(
            numbers, x, v, header, what, (p, q) -> p.compareTo(q) == 0, BigDecimal::toPlainString);
      }
    }

    /**
     * Keeps the first value a row of the group gives under {@code header}; a later row giving
     * another is an {@code XLSX_CONFLICT} naming both cells.
     */
    private <T> void merge(
        Map<String, T> seen,
        T value,
        Values v,
        String header,
        String what,
        BiPredicate<T, T> same,
        Function<T, String> show) {
      T had = seen.get(header);
      if (had == null) {
        seen.put(header, value);
        textRefs.put(header, v.ref(header));
      } else if (!same.test(had, value)) {
        problems.add(
            XLSX_CONFLICT,
            "",
            v.ref(header),
            what
                + " '"
                + id
                + "' has "
                + header
                + " "
                + show.apply(had)
                + " at "
                + textRefs.get(header)
                + " and "
                + show.apply(value)
                + " here");
      }
    }

    String text(String header) {
      return texts.get(header);
    }

    String ref(String header) {
      return textRefs.getOrDefault(header, first.ref(header));
    }
  }

  private Map<String, Group> groups(List<Values> rows, String key, String what) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Values v : rows) {
      String id = ownerCode(v, key, what);
      if (id == null) {
        continue;
      }
      groups.computeIfAbsent(id, k -> new Group(k, v)).rows.add(v);
    }
    return groups;
  }

  /** Reads the descriptor and figure pairs of a group's rows, under {@code at}. */
  private void pairs(Group g, String at, String mapName, String figure, String what) {
    for (Values v : g.rows) {
      String d = v.text("descriptor");
      BigDecimal x = v.number(figure);
      if (d == null && x == null) {
        continue;
      }
      if (d == null) {
        if (!problems.isBad(v.ref("descriptor"))) {
          problems.add(
              TABLE_REQUIRED,
              at + "/" + mapName,
              v.ref("descriptor"),
              what
                  + " '"
                  + g.id
                  + "' has "
                  + figure
                  + " "
                  + x.toPlainString()
                  + " for no descriptor");
        }
        continue;
      }
      String pat = at + "/" + mapName + "/" + d.replace("~", "~0").replace("/", "~1");
      if (x == null) {
        if (!problems.isBad(v.ref(figure))) {
          problems.add(
              TABLE_REQUIRED,
              pat,
              v.ref(figure),
              what + " '" + g.id + "' has no " + figure + " for descriptor " + d);
        }
        continue;
      }
      if (g.figures.containsKey(d)) {
        problems.add(
            TABLE_DUPLICATE_CODE,
            pat,
            v.ref("descriptor"),
            what + " '" + g.id + "' gives descriptor " + d + " twice");
        continue;
      }
      g.figures.put(d, x);
      problems.at(pat, v.ref(figure));
      problems.keyAt(pat, v.ref("descriptor"));
    }
  }

  private void adjustments(RasTable.Builder b, List<Values> rows) {
    int i = 0;
    for (Group g : groups(rows, "id", "adjustment").values()) {
      String at = "/adjustments/" + i++;
      for (Values v : g.rows) {
        g.mergeAll(v, "adjustment", "name", "question", "reference");
        String domain = v.text("domain");
        if (domain != null) {
          problems.at(at + "/domains/" + g.domains.size(), v.ref("domain"));
          g.domains.add(domain);
        }
      }
      groupFields(at, g, "id", "name", "question", "reference");
      pairs(g, at, "percentByDescriptor", "percent", "adjustment");
      b.adjustment(
          new Adjustment(
              g.id,
              Optional.ofNullable(g.text("name")),
              g.text("question"),
              g.figures,
              g.domains,
              Optional.ofNullable(g.text("reference"))));
    }
  }

  private void supplements(RasTable.Builder b, List<Values> rows) {
    int i = 0;
    for (Group g : groups(rows, "id", "supplement").values()) {
      String at = "/allocation/supplements/" + i++;
      for (Values v : g.rows) {
        g.mergeAll(v, "supplement", "name", "question", "reference");
      }
      groupFields(at, g, "id", "name", "question", "reference");
      pairs(g, at, "amountByDescriptor", "amount", "supplement");
      b.supplement(
          new Supplement(
              g.id,
              Optional.ofNullable(g.text("name")),
              g.text("question"),
              g.figures,
              Optional.ofNullable(g.text("reference"))));
    }
  }

  private void groupFields(String at, Group g, String key, String... headers) {
    problems.at(at, g.first.ref(key));
    problems.at(at + "/" + key, g.first.ref(key));
    for (String h : headers) {
      problems.at(at + "/" + h, g.ref(h));
    }
  }

  private void curves(RasTable.Builder b, List<Values> rows) {
    int i = 0;
    for (Group g : groups(rows, "clientGroup", "curve (clientGroup)").values()) {
      String at = "/allocation/curves/" + i++;
      for (Values v : g.rows) {
        g.merge(v, "curveReference", "the curve for client group");
        g.mergeNumber(v, "curveFloor", "the curve for client group");
        g.mergeNumber(v, "curveCeiling", "the curve for client group");
      }
      problems.at(at, g.first.ref("clientGroup"));
      problems.at(at + "/clientGroup", g.first.ref("clientGroup"));
      problems.at(at + "/reference", g.ref("curveReference"));
      problems.at(at + "/floor", g.ref("curveFloor"));
      problems.at(at + "/ceiling", g.ref("curveCeiling"));
      problems.at(at + "/bands", g.first.ref("clientGroup"));
      List<Band> bands = new ArrayList<>();
      for (Values v : g.rows) {
        if (v.text("label") == null
            && v.get("from") == null
            && v.get("amount") == null
            && v.get("perPoint") == null
            && v.text("reference") == null
            && v.get("panel") == null) {
          continue;
        }
        fields(at + "/bands/" + bands.size(), v);
        bands.add(
            new Band(
                v.text("label"),
                v.number("from"),
                v.number("amount"),
                v.number("perPoint"),
                Optional.ofNullable(v.text("reference")),
                Boolean.TRUE.equals(v.get("panel"))));
      }
      b.curve(
          new Curve(
              g.id,
              bands,
              Optional.ofNullable(g.text("curveReference")),
              Optional.ofNullable(g.numbers.get("curveFloor")),
              Optional.ofNullable(g.numbers.get("curveCeiling"))));
    }
  }

  private void costFactors(RasTable.Builder b, List<Values> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Values v = rows.get(i);
      fields("/allocation/costFactors/" + i, v);
      b.costFactor(v.text("locality"), v.number("factor"));
    }
  }

  private void otherFunding(RasTable.Builder b, List<Values> rows) {
    for (int i = 0; i < rows.size(); i++) {
      Values v = rows.get(i);
      fields("/otherFunding/" + i, v);
      b.otherFunding(
          new FundingSource(
              v.text("id"), v.text("name"), Optional.ofNullable(v.text("reference"))));
    }
  }
}
