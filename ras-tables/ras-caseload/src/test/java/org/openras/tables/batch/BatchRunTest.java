package org.openras.tables.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openras.ErrorCode;
import org.openras.RasException;
import org.openras.assessment.Assessment;
import org.openras.engine.RasEngine;
import org.openras.engine.Result;
import org.openras.generate.AssessmentGenerator;
import org.openras.generate.TableGenerator;
import org.openras.table.RasTable;
import org.openras.tables.RasJson;
import org.openras.testing.WorkedExample;

/** Batch runs: every row accounted for, results in order and exact, files replaced whole. */
class BatchRunTest {
  @TempDir Path dir;

  private final RasEngine engine = RasEngine.of(WorkedExample.table());

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static final String HEADER = "id,date,table,clientGroup,locality,Q1,Q2,Q3,Q5,Q9\n";

  @Test
  void csvCaseloadGivesResultsInOrderAndBadRowsInTheErrorFile() throws IOException {
    Path in =
        write(
            "caseload.csv",
            HEADER
                // the worked example without its moderation: 199.69 a week, 10383.88 a year
                + "p1,2026-06-01,worked-example,learning-disability,inner,1C,2B,3C,5A|5B|5D,9B\n"
                // 2X is no descriptor
                + "p2,2026-06-01,worked-example,older-people,,1A,2X,3A,,\n"
                // not an ISO date
                + "p3,01/06/2026,worked-example,,,1A,2A,3A,,\n"
                // older-people curve: 1D 24 + 2D 20 = 44 capped 40; 3C 10 × 1.5 = 15;
                // 9A 0% → 55 points × 3.80 = 209 + waking nights 120 = 329.00 a week
                + "p4,2026-06-01,worked-example,older-people,,1D,2D,3C,,9A\n");
    Path out = dir.resolve("results.csv");
    BatchSummary s = BatchRun.builder(engine).input(in).output(out).threads(2).build().run();

    assertThat(s.rowsIn()).isEqualTo(4);
    assertThat(s.rowsWritten()).isEqualTo(2);
    assertThat(s.rowsInError()).isEqualTo(2);
    assertThat(Files.readAllLines(out))
        .containsExactly(
            "id,table,version,totalPoints,band,weekly,annual,finalWeekly,finalAnnual,flags",
            "p1,worked-example,2026.1,39.6,B,199.69,10383.88,,,",
            "p4,worked-example,2026.1,55,OP,329.00,17108.00,,,");
    Path errors = s.errors().orElseThrow();
    assertThat(errors.getFileName().toString()).isEqualTo("results.csv.errors.csv");
    List<String> err = Files.readAllLines(errors);
    assertThat(err.get(0)).isEqualTo("row,id,code,message");
    assertThat(err.get(1)).startsWith("2,p2,RAS-A003,").contains("2X");
    assertThat(err.get(2)).startsWith("3,p3,RAS-C002,").contains("01/06/2026");
    assertThat(err).hasSize(3);
    assertThat(s.byClientGroup())
        .extracting(GroupTotals::clientGroup, GroupTotals::people, GroupTotals::weeklyTotal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "learning-disability", 1L, new BigDecimal("199.69")),
            org.assertj.core.groups.Tuple.tuple("older-people", 1L, new BigDecimal("329.00")));
    assertThat(s.toText()).contains("Rows in: 4 = written: 2 + in error: 2");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void jsonLinesInAndOutWithModerationAndABadLine() throws IOException {
    RasJson json = RasJson.standard();
    String line = json.writeAssessment(WorkedExample.assessment()).replaceAll("\\s*\\R\\s*", "");
    Path in =
        write("caseload.jsonl", line + "\n\n{\"format\": \"ras-assessment/1\",\n" + line + "\n");
    Path out = dir.resolve("results.jsonl");
    BatchSummary s = BatchRun.builder(engine).input(in).output(out).build().run();
    assertThat(s.rowsIn()).isEqualTo(3);
    assertThat(s.rowsWritten()).isEqualTo(2);
    assertThat(s.rowsInError()).isEqualTo(1);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"id\":\"case-0042/review-3\",\"table\":\"worked-example\",\"version\":\"2026.1\","
                + "\"totalPoints\":39.6,\"band\":\"B\",\"weekly\":199.69,\"annual\":10383.88,"
                + "\"finalWeekly\":239.69,\"finalAnnual\":12463.88,"
                + "\"flags\":[\"PANEL_APPROVAL_REQUIRED\"]}");
    List<String> err = Files.readAllLines(s.errors().orElseThrow());
    assertThat(err.get(1)).startsWith("2,,RAS-J001,").contains("caseload.jsonl line 3");
  }

  @Test
  void twoFlagsOnOneLineInDeclarationOrderInBothFormats() throws IOException {
    RasJson json = RasJson.standard();
    // the worked example with a floor of 250: its 199.69 a week is raised to 250.00
    // (FLOOR_APPLIED),
    // and its +40 moderation (290.00) is more than 10% of 250.00 (PANEL_APPROVAL_REQUIRED)
    String tableJson =
        json.writeTable(WorkedExample.table())
            .replaceFirst("\"floor\"\\s*:\\s*0", "\"floor\": 250");
    RasEngine floored = RasEngine.of(json.readTable(tableJson, "floored.json"));
    String line = json.writeAssessment(WorkedExample.assessment()).replaceAll("\\s*\\R\\s*", "");
    Path in = write("caseload.jsonl", line + "\n");

    Path csv = dir.resolve("results.csv");
    BatchRun.builder(floored).input(in).output(csv).build().run();
    assertThat(Files.readAllLines(csv))
        .containsExactly(
            "id,table,version,totalPoints,band,weekly,annual,finalWeekly,finalAnnual,flags",
            // Jackson's CSV writer quotes a cell with a '|'
            "case-0042/review-3,worked-example,2026.1,39.6,B,250.00,13000.00,290.00,15080.00,"
                + "\"FLOOR_APPLIED|PANEL_APPROVAL_REQUIRED\"");

    Path jsonl = dir.resolve("results.jsonl");
    BatchRun.builder(floored).input(in).output(jsonl).build().run();
    assertThat(Files.readAllLines(jsonl))
        .containsExactly(
            "{\"id\":\"case-0042/review-3\",\"table\":\"worked-example\",\"version\":\"2026.1\","
                + "\"totalPoints\":39.6,\"band\":\"B\",\"weekly\":250.00,\"annual\":13000.00,"
                + "\"finalWeekly\":290.00,\"finalAnnual\":15080.00,"
                + "\"flags\":[\"FLOOR_APPLIED\",\"PANEL_APPROVAL_REQUIRED\"]}");
  }

  @Test
  void aGeneratedCaseloadOnManyThreadsGivesTheSingleThreadedFiguresInOrder() throws IOException {
    RasTable table = TableGenerator.defaults().withDomains(3, 6).generate(7);
    RasEngine generated = RasEngine.of(table);
    List<Assessment> people =
        AssessmentGenerator.forTable(table).withModerationProbability(0).stream(11, 5000).toList();
    Path in = dir.resolve("generated.csv");
    assertThat(CaseloadWriter.write(table, people.iterator(), in, CaseloadFormat.CSV))
        .isEqualTo(5000);
    Path out = dir.resolve("generated-results.csv");
    BatchSummary s = BatchRun.builder(generated).input(in).output(out).threads(4).build().run();
    assertThat(s.rowsIn()).isEqualTo(5000);
    assertThat(s.rowsInError()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5001);
    for (int i = 0; i < people.size(); i++) {
      Result r = generated.calculate(people.get(i));
      String[] cells = lines.get(i + 1).split(",", -1);
      assertThat(cells[0]).isEqualTo(r.assessmentId());
      assertThat(new BigDecimal(cells[3])).isEqualByComparingTo(r.totalPoints());
      assertThat(cells[5]).isEqualTo(r.indicativeBudget().weekly().toPlainString());
      assertThat(cells[6]).isEqualTo(r.indicativeBudget().annual().toPlainString());
    }
  }

  @Test
  void chunksFormattedOnTheWorkersJoinIntoTheSingleThreadedFiles() throws IOException {
    // 2,600 rows: three chunks, a bad row in each; the same caseload on one thread and on three
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 2600; i++) {
      String group = i % 3 == 0 ? "older-people" : i % 5 == 0 ? "" : "learning-disability";
      String q2 = i % 1000 == 7 ? "2X" : "2" + (char) ('A' + i % 4);
      csv.append(i % 7 == 0 ? "\"p" + i + "\"\"x,y\"" : "p" + i)
          .append(",2026-06-01,worked-example,")
          .append(group)
          .append(",inner,1")
          .append((char) ('A' + i % 4))
          .append(',')
          .append(q2)
          .append(",3A,5A|5C,9B\n");
    }
    Path in = write("chunks.csv", csv.toString());
    for (String ext : List.of("csv", "jsonl")) {
      Path one = dir.resolve("one." + ext);
      Path three = dir.resolve("three." + ext);
      BatchSummary s1 = BatchRun.builder(engine).input(in).output(one).threads(1).build().run();
      BatchSummary s3 = BatchRun.builder(engine).input(in).output(three).threads(3).build().run();
      assertThat(s3.rowsIn()).isEqualTo(2600);
      assertThat(s3.rowsInError()).isEqualTo(3);
      assertThat(s3.rowsWritten()).isEqualTo(2597);
      assertThat(s3.toText()).isEqualTo(s1.toText().replace("one." + ext, "three." + ext));
      assertThat(s3.byClientGroup())
          .extracting(GroupTotals::clientGroup, GroupTotals::people)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("learning-disability", 1385L),
              org.assertj.core.groups.Tuple.tuple("older-people", 865L),
              org.assertj.core.groups.Tuple.tuple("(none)", 347L));
      assertThat(s3.byClientGroup()).isEqualTo(s1.byClientGroup());
      assertThat(Files.readString(three)).isEqualTo(Files.readString(one));
      String errors = Files.readString(s3.errors().orElseThrow());
      assertThat(errors).isEqualTo(Files.readString(s1.errors().orElseThrow()));
      assertThat(errors.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
          .containsExactly("7", "1007", "2007");
      List<String> lines = Files.readAllLines(three);
      assertThat(lines).hasSize(ext.equals("csv") ? 2598 : 2597).doesNotContain("");
      assertThat(Files.readString(three)).endsWith("\n").doesNotEndWith("\n\n");
      // p14"x,y: the 13th computed person
      assertThat(lines.get(ext.equals("csv") ? 13 : 12))
          .startsWith(ext.equals("csv") ? "\"p14\"\"x,y\"," : "{\"id\":\"p14\\\"x,y\",");
    }
  }

  @Test
  void anInterruptedRunLeavesNoFileUnderTheFinalNameAndNoPartFiles() throws IOException {
    RasTable table = TableGenerator.defaults().generate(3);
    Path in = dir.resolve("big.csv");
    CaseloadWriter.write(
        table,
        AssessmentGenerator.forTable(table).withModerationProbability(0).stream(5, 5000).iterator(),
        in,
        CaseloadFormat.CSV);
    Path out = dir.resolve("out.csv");
    BatchRun run =
        BatchRun.builder(RasEngine.of(table))
            .input(in)
            .output(out)
            .progress(
                done -> {
                  if (done > 2000) {
                    throw new IllegalStateException("stopped");
                  }
                })
            .build();
    assertThatThrownBy(run::run).hasMessage("stopped");
    assertThat(out).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void anUnreadableCaseloadIsBadInput() throws IOException {
    assertThatThrownBy(
            () ->
                BatchRun.builder(engine)
                    .input(dir.resolve("missing.csv"))
                    .output(dir.resolve("o.csv"))
                    .build()
                    .run())
        .isInstanceOf(RasException.class)
        .hasMessageContaining("missing.csv")
        .satisfies(e -> assertThat(((RasException) e).has(ErrorCode.JSON_READ)).isTrue());
    Path noId = write("noid.csv", "date,Q1\n2026-06-01,1A\n");
    assertThatThrownBy(
            () -> BatchRun.builder(engine).input(noId).output(dir.resolve("o.csv")).build().run())
        .isInstanceOf(RasException.class)
        .hasMessageContaining("'id'")
        .satisfies(e -> assertThat(((RasException) e).has(ErrorCode.CASELOAD_HEADER)).isTrue());
    assertThat(dir.resolve("o.csv")).doesNotExist();
  }

  @Test
  void csvCannotHoldModerations() {
    assertThatThrownBy(
            () ->
                CaseloadWriter.write(
                    WorkedExample.table(),
                    List.of(WorkedExample.assessment()).iterator(),
                    dir.resolve("m.csv"),
                    CaseloadFormat.CSV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON Lines");
  }

  @Test
  void outputFilesGetOrdinaryPermissionsNotPrivateTemporaryOnes() throws IOException {
    Path in = write("one.csv", HEADER + "p1,2026-06-01,worked-example,,,1A,2A,3A,,\n");
    Path out = dir.resolve("one-results.csv");
    Path plain = Files.createFile(dir.resolve("plain-new-file"));
    BatchRun.builder(engine).input(in).output(out).build().run();
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(out))
          .isEqualTo(Files.getPosixFilePermissions(plain));
    }
    assertThat(Files.readAllLines(out)).hasSize(2);
  }

  @Test
  void formatComesFromTheFileName() {
    assertThat(CaseloadFormat.of(Path.of("a.CSV"))).isEqualTo(CaseloadFormat.CSV);
    assertThat(CaseloadFormat.of(Path.of("a.jsonl"))).isEqualTo(CaseloadFormat.JSONL);
    assertThat(CaseloadFormat.of(Path.of("a.ndjson"))).isEqualTo(CaseloadFormat.JSONL);
    assertThatThrownBy(() -> CaseloadFormat.of(Path.of("a.txt")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private List<Path> leftovers() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(out::add);
    }
    return out;
  }
}
