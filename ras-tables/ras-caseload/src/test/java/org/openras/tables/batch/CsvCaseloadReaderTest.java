package org.openras.tables.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.ErrorCode;
import org.openras.RasException;
import org.openras.assessment.Answer;
import org.openras.assessment.Assessment;
import org.openras.tables.RasJson;

/** The CSV caseload reader: one row of cells to one assessment, or to the row's error. */
class CsvCaseloadReaderTest {
  @TempDir Path dir;

  private List<CaseloadRow> read(String text) throws IOException {
    Path p = dir.resolve("caseload.csv");
    Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    List<CaseloadRow> rows = new ArrayList<>();
    try (CaseloadReader r = CaseloadReader.open(p, CaseloadFormat.CSV, RasJson.standard())) {
      while (r.hasNext()) {
        rows.add(r.next().get());
      }
    }
    return rows;
  }

  private static Assessment only(List<CaseloadRow> rows) {
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).error()).isNull();
    return rows.get(0).assessment();
  }

  @Test
  void cellsAreStrippedAndEmptyOnesLeaveTheQuestionUnanswered() throws IOException {
    Assessment a =
        only(read("id,date,table,clientGroup,locality,Q1,Q2,Q3\n p1 ,2026-06-01, t ,, ,1A, ,3C\n"));
    assertThat(a.id()).isEqualTo("p1");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(a.tableId()).contains("t");
    assertThat(a.clientGroup()).isEmpty();
    assertThat(a.locality()).isEmpty();
    assertThat(a.answers())
        .containsExactly(
            java.util.Map.entry("Q1", Answer.one("1A")),
            java.util.Map.entry("Q3", Answer.one("3C")));
  }

  @Test
  void quotedCellsMayHoldCommasQuotesAndLineBreaks() throws IOException {
    List<CaseloadRow> rows =
        read(
            "id,date,Q1\n\"a,b\",\"2026-06-01\",\"1A\"\n\"say \"\"x\"\"\",2026-06-01,1B\n"
                + "\"two\nlines\",2026-06-01,1C\nlast,2026-06-01,1D\n");
    assertThat(rows)
        .extracting(CaseloadRow::id)
        .containsExactly("a,b", "say \"x\"", "two\nlines", "last");
    assertThat(rows).extracting(CaseloadRow::number).containsExactly(1L, 2L, 3L, 4L);
    assertThat(rows.get(0).assessment().answers().get("Q1")).isEqualTo(Answer.one("1A"));
  }

  @Test
  void anyAnswersAreSeparatedByBarsAndNoneOfTheseIsEmptyBrackets() throws IOException {
    Assessment a =
        only(read("id,date,Q5,Q6,Q7,Q8,Q9\np1,2026-06-01,5A|5B,[], 7A | 7C ,8A||8B,|\n"));
    assertThat(a.answers().get("Q5")).isEqualTo(Answer.any("5A", "5B"));
    assertThat(a.answers().get("Q6")).isEqualTo(Answer.any(List.of()));
    assertThat(a.answers().get("Q7")).isEqualTo(Answer.any("7A", "7C"));
    // empty descriptors are kept, for the engine to report as unknown
    assertThat(a.answers().get("Q8")).isEqualTo(Answer.any("8A", "", "8B"));
    assertThat(a.answers().get("Q9")).isEqualTo(Answer.any("", ""));
    assertThat(a.answers().keySet()).containsExactly("Q5", "Q6", "Q7", "Q8", "Q9");
  }

  @Test
  void crlfLineEndsAndAMissingLastLineEndReadAsLf() throws IOException {
    List<CaseloadRow> rows = read("id,date,Q1\r\np1,2026-06-01,1A\r\np2,2026-06-02,1B");
    assertThat(rows).extracting(CaseloadRow::id).containsExactly("p1", "p2");
    assertThat(rows.get(1).assessment().answers().get("Q1")).isEqualTo(Answer.one("1B"));
  }

  @Test
  void shortRowsLeaveTheRestUnansweredAndLongRowsAreErrors() throws IOException {
    List<CaseloadRow> rows =
        read("id,date,Q1,Q2\np1,2026-06-01,1A\np2,2026-06-01,1A,2A,extra\np3\n");
    assertThat(rows.get(0).assessment().answers().keySet()).containsExactly("Q1");
    RasException tooLong = (RasException) rows.get(1).error();
    assertThat(tooLong.has(ErrorCode.CASELOAD_BAD_CELL)).isTrue();
    assertThat(tooLong.getMessage())
        .contains("row 2")
        .contains("the row has 5 cells, the header 4");
    assertThat(rows.get(1).id()).isEqualTo("p2");
    // no date: the assessment's own rule
    assertThat(((RasException) rows.get(2).error()).getMessage()).contains("no date");
  }

  @Test
  void blankLinesAreSkipped() throws IOException {
    List<CaseloadRow> rows = read("id,date,Q1\n\np1,2026-06-01,1A\n\r\n\np2,2026-06-01,1B\n\n");
    assertThat(rows).extracting(CaseloadRow::id).containsExactly("p1", "p2");
    assertThat(rows).allSatisfy(r -> assertThat(r.error()).isNull());
    assertThat(rows.get(1).number()).isEqualTo(2);
  }

  @Test
  void aColumnNamedTwiceIsAnErrorNamingIt() {
    assertThatThrownBy(() -> read("id,date,Q1,Q2,Q1\np1,2026-06-01,1A,2A,1B\n"))
        .isInstanceOf(RasException.class)
        .hasMessageContaining("'Q1' twice (columns 3 and 5)")
        .satisfies(
            e -> assertThat(((RasException) e).has(ErrorCode.CASELOAD_DUPLICATE_COLUMN)).isTrue());
    assertThatThrownBy(() -> read("id,date,id\n"))
        .hasMessageContaining("'id' twice (columns 1 and 3)");
  }

  @Test
  void aTabOrLineBreakAtACellsEdgeIsReportedNotStripped() throws IOException {
    List<CaseloadRow> rows =
        read(
            "id,date,Q1,Q5\n"
                + "p1,2026-06-01,\t1A,\n"
                + "\"p2\t\",2026-06-01,1A,\n"
                + "p3,2026-06-01,1A,5A|\t5B\n"
                + "p4,2026-06-01,\u00a01A,\n"
                + "p5,\"2026-06-01\r\",1A,\n"
                + "p6, 2026-06-01 , 1A , 5A | 5B \n");
    assertThat(rows.get(0).error())
        .hasMessageContaining("row 1")
        .hasMessageContaining("\\t1A")
        .hasMessageContaining("column 'Q1'");
    assertThat(rows.get(1).error()).hasMessageContaining("column 'id'");
    assertThat(rows.get(2).error()).hasMessageContaining("column 'Q5'");
    assertThat(rows.get(3).error()).hasMessageContaining("column 'Q1'");
    assertThat(rows.get(4).error()).hasMessageContaining("column 'date'");
    for (int i = 0; i < 5; i++) {
      assertThat(((RasException) rows.get(i).error()).has(ErrorCode.CASELOAD_BAD_CELL)).isTrue();
    }
    // spaces around a cell are still taken away
    Assessment a = rows.get(5).assessment();
    assertThat(a.answers().get("Q1")).isEqualTo(Answer.one("1A"));
    assertThat(a.answers().get("Q5")).isEqualTo(Answer.any("5A", "5B"));
  }

  @Test
  void aRowThatIsNotUtf8IsReportedWithItsLineAndByteOffsetAndTheOthersAreRead() throws IOException {
    Path p = dir.resolve("latin1.csv");
    byte[] head = "id,date,Q1\np1,2026-06-01,1A\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "p\u00a32,2026-06-01,1A\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] tail = "p3,2026-06-01,1B\n".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write(head);
    b.write(bad);
    b.write(tail);
    Files.write(p, b.toByteArray());
    List<CaseloadRow> rows = new ArrayList<>();
    try (CaseloadReader r = CaseloadReader.open(p, CaseloadFormat.CSV, RasJson.standard())) {
      while (r.hasNext()) {
        rows.add(r.next().get());
      }
    }
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).error()).isNull();
    assertThat(rows.get(1).error())
        .hasMessageContaining("row 2")
        .hasMessageContaining("line 3")
        .hasMessageContaining("byte offset " + (head.length + 1))
        .hasMessageContaining("0xa3")
        .hasMessageNotContaining("Input length");
    assertThat(((RasException) rows.get(1).error()).has(ErrorCode.CASELOAD_BAD_CELL)).isTrue();
    assertThat(rows.get(2).error()).isNull();
    assertThat(rows.get(2).assessment().answers().get("Q1")).isEqualTo(Answer.one("1B"));
  }

  @Test
  void jsonLinesThatAreTooLongOrNotUtf8AreRowsInErrorAndTheOthersAreRead() throws IOException {
    Path p = dir.resolve("c.jsonl");
    String ok =
        "{\"format\":\"ras-assessment/1\",\"id\":\"ID\",\"date\":\"2026-06-01\","
            + "\"answers\":{\"Q1\":\"1A\"}}\n";
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write(ok.replace("ID", "a").getBytes(StandardCharsets.UTF_8));
    b.write(("{\"id\":\"" + "x".repeat(5000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
    int before = b.size();
    b.write(ok.replace("ID", "\u00a3").getBytes(StandardCharsets.ISO_8859_1));
    b.write("\r\n\n".getBytes(StandardCharsets.UTF_8));
    b.write(ok.replace("ID", "\ud800").replace("\\ud800", "").getBytes(StandardCharsets.UTF_8));
    b.write(ok.replace("ID", "\\ud800").getBytes(StandardCharsets.UTF_8));
    Files.write(p, b.toByteArray());
    RasJson small =
        RasJson.standard().withLimits(RasJson.standard().limits().withMaxDocumentLength(1000));
    List<CaseloadRow> rows = new ArrayList<>();
    try (CaseloadReader r = CaseloadReader.open(p, CaseloadFormat.JSONL, small)) {
      while (r.hasNext()) {
        rows.add(r.next().get());
      }
    }
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).error()).isNull();
    assertThat(rows.get(1).error())
        .hasMessageContaining("line 2")
        .hasMessageContaining("5009 bytes long, more than the limit of 1000");
    assertThat(rows.get(2).error())
        .hasMessageContaining("line 3")
        .hasMessageContaining("not UTF-8 at byte offset " + (before + ok.indexOf("ID")))
        .hasMessageContaining("0xa3");
    assertThat(((RasException) rows.get(2).error()).has(ErrorCode.CASELOAD_BAD_TEXT)).isTrue();
    // a lone surrogate escape is valid JSON: the row is read
    assertThat(rows.get(4).error()).isNull();
    assertThat(rows.get(4).assessment().id()).isEqualTo("\ud800");
  }

  @Test
  void weeklyCostIsReadAndCheckedAndIsNoQuestion() throws IOException {
    List<CaseloadRow> rows =
        read(
            "id,date,weeklyCost,Q1\np1,2026-06-01,100.50,1A\np2,2026-06-01,abc,1A\n"
                + "p3,2026-06-01,-1,1A\n");
    assertThat(rows.get(0).cost()).isEqualTo(new BigDecimal("100.50"));
    assertThat(rows.get(0).assessment().answers().keySet()).containsExactly("Q1");
    assertThat(rows.get(1).error()).hasMessageContaining("weeklyCost 'abc' is not a number");
    assertThat(rows.get(2).error()).hasMessageContaining("not a plausible weekly cost");
  }

  @Test
  void datesMustBeIso() throws IOException {
    List<CaseloadRow> rows =
        read(
            "id,date\na,2026-02-30\nb,2026-6-1\nc,+2026-06-01\nd,20260601\ne,2024-02-29\n"
                + "f,2026-12-31\ng,0001-01-01\n");
    assertThat(rows.subList(0, 4))
        .allSatisfy(
            r ->
                assertThat(r.error())
                    .hasMessageContaining("is not an ISO date (YYYY-MM-DD)")
                    .satisfies(
                        e ->
                            assertThat(((RasException) e).has(ErrorCode.CASELOAD_BAD_CELL))
                                .isTrue()));
    assertThat(rows.subList(4, 7))
        .extracting(r -> r.assessment().date())
        .containsExactly(
            LocalDate.of(2024, 2, 29), LocalDate.of(2026, 12, 31), LocalDate.of(1, 1, 1));
  }

  @Test
  void theQuickDateReadingAgreesWithLocalDateParse() {
    List<String> texts = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2023, 12, 25);
        d.isBefore(LocalDate.of(2025, 1, 5));
        d = d.plusDays(1)) {
      texts.add(d.toString());
    }
    texts.addAll(
        List.of(
            "2025-02-29",
            "2024-02-30",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "2026-01-32",
            "0000-01-01",
            "9999-12-31",
            "2026-1a-01",
            "2026/01/01",
            "２026-01-01",
            "2026-01-01 ",
            "12026-01-01",
            "-2026-01-01"));
    for (String t : texts) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(t);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> CaseloadReader.Csv.isoDate(t))
            .as(t)
            .isInstanceOf(DateTimeParseException.class);
        continue;
      }
      assertThat(CaseloadReader.Csv.isoDate(t)).as(t).isEqualTo(expected);
    }
  }

  @Test
  void aCellSeenBeforeReadsAsTheSameAnswerAndText() throws IOException {
    List<CaseloadRow> rows =
        read(
            "id,date,clientGroup,Q1,Q5\np1,2026-06-01,older-people,1A,5A|5B\n"
                + "p2,2026-06-01, older-people ,1A, 5A|5B\np3,2026-06-01,,1B,5A|5B\n");
    Assessment p1 = rows.get(0).assessment();
    Assessment p2 = rows.get(1).assessment();
    Assessment p3 = rows.get(2).assessment();
    assertThat(p2.answers().get("Q1")).isSameAs(p1.answers().get("Q1"));
    assertThat(p3.answers().get("Q5")).isSameAs(p1.answers().get("Q5"));
    assertThat(p2.answers().get("Q5")).isEqualTo(p1.answers().get("Q5"));
    assertThat(p2.clientGroup()).isEqualTo(p1.clientGroup());
    assertThat(p3.clientGroup()).isEmpty();
  }

  @Test
  void theRecentCellsOfAColumnAreBoundedAndNeverConfused() {
    CaseloadReader.Csv.Recent recent = new CaseloadReader.Csv.Recent(2);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 500; i++) {
        String d = "D" + i;
        assertThat(recent.answer(new String[] {"x", d}, 1)).isEqualTo(Answer.one(d));
        assertThat(recent.answer(new String[] {"x", d + "|" + d}, 1)).isEqualTo(Answer.any(d, d));
        assertThat(recent.text(new String[] {" " + d + " "}, 0)).isEqualTo(d);
      }
    }
    assertThat(recent.answer(new String[] {"x", "  "}, 1)).isNull();
    assertThat(recent.answer(new String[] {"x", ""}, 1)).isNull();
    assertThat(recent.answer(new String[] {"x"}, 1)).isNull();
    assertThat(recent.text(new String[] {" "}, 0)).isNull();
    assertThat(recent.text(new String[] {"a"}, -1)).isNull();
  }

  @Test
  void aByteOrderMarkAsSpreadsheetsWriteItIsSkipped() throws IOException {
    Assessment a = only(read("\uFEFFid,date,Q1\np1,2026-06-01,1A\n"));
    assertThat(a.id()).isEqualTo("p1");
    assertThat(a.answers()).containsExactly(java.util.Map.entry("Q1", Answer.one("1A")));
    // only at the very start: a mark inside the text is the cell's own
    assertThat(read("id,date,Q1\n\uFEFFp1,2026-06-01,1A\n"))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo("\uFEFFp1"));
  }

  @Test
  void aByteOrderMarkBeforeJsonLinesIsSkipped() throws IOException {
    Path p = dir.resolve("caseload.jsonl");
    String doc =
        "{\"format\": \"ras-assessment/1\", \"id\": \"p1\", \"date\": \"2026-06-01\","
            + " \"table\": \"t\", \"answers\": {\"Q1\": \"1A\"}}";
    Files.write(p, ("\uFEFF" + doc + "\n").getBytes(StandardCharsets.UTF_8));
    try (CaseloadReader r = CaseloadReader.open(p, CaseloadFormat.JSONL, RasJson.standard())) {
      CaseloadRow row = r.next().get();
      assertThat(row.error()).isNull();
      assertThat(row.assessment().id()).isEqualTo("p1");
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void anEmptyFileAndAnUnclosedQuoteCannotBeRead() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(RasException.class)
        .hasMessageContaining("the caseload is empty");
    assertThatThrownBy(() -> read("id,date,Q1\np1,2026-06-01,1A\n\"p2,2026-06-01,1A\n"))
        .isInstanceOf(RasException.class)
        .hasMessageContaining("the caseload cannot be read: Missing closing quote")
        .satisfies(e -> assertThat(((RasException) e).has(ErrorCode.JSON_READ)).isTrue());
  }

  @Test
  void aHeaderOnlyCaseloadHasNoRows() throws IOException {
    assertThat(read("id,date,Q1\n")).isEmpty();
  }

  @Test
  void aLineThatNeverEndsStopsTheReadingWithinBoundedMemory() throws IOException {
    Path p = dir.resolve("zeros.jsonl");
    Files.write(p, new byte[20_000]);
    RasJson small =
        RasJson.standard().withLimits(RasJson.standard().limits().withMaxDocumentLength(1000));
    try (CaseloadReader r = CaseloadReader.open(p, CaseloadFormat.JSONL, small)) {
      assertThatThrownBy(r::hasNext)
          .isInstanceOf(RasException.class)
          .hasMessageContaining("line 1")
          .hasMessageContaining("more than 16000 bytes without ending");
    }
  }

  @Test
  void escapedCodesHoldingABarABackslashOrBracketsReadBack() throws IOException {
    Assessment a = only(read("id,date,Q1,Q5,Q6\np1,2026-06-01,1\\|A,5\\|A|5\\\\B| 5C ,\\[]\n"));
    assertThat(a.answers().get("Q1")).isEqualTo(Answer.one("1|A"));
    assertThat(a.answers().get("Q5")).isEqualTo(Answer.any("5|A", "5\\B", "5C"));
    assertThat(a.answers().get("Q6")).isEqualTo(Answer.one("[]"));
    assertThat(CaseloadFormat.escape("5|A")).isEqualTo("5\\|A");
    assertThat(CaseloadFormat.escape("5\\B")).isEqualTo("5\\\\B");
    assertThat(CaseloadFormat.escape("[]")).isEqualTo("\\[]");
    assertThat(CaseloadFormat.escape("5C")).isEqualTo("5C");
  }
}
