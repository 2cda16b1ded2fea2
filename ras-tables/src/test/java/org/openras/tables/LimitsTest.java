package org.openras.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.openras.ErrorCode.JSON_LIMIT;
import static org.openras.tables.Docs.MINI;
import static org.openras.tables.Docs.at;
import static org.openras.tables.Docs.failure;
import static org.openras.tables.Docs.onlyProblem;
import static org.openras.tables.Docs.replace;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openras.InvalidAssessmentException;
import org.openras.InvalidTableException;
import org.openras.Location;
import org.openras.Problem;
import org.openras.table.RasTable;

/** Hostile input fails fast with JSON_LIMIT, naming the limit and how to raise it. */
class LimitsTest {
  private static final Duration FAST = Duration.ofSeconds(2);
  private static final String FILE = "hostile.json";
  private final RasJson json = RasJson.standard();

  private InvalidTableException read(String doc) {
    return assertTimeoutPreemptively(
        FAST, () -> failure(InvalidTableException.class, () -> json.readTable(doc, FILE)));
  }

  private InvalidTableException e(String doc) {
    return read(doc);
  }

  private static String pointsOf1B(String number) {
    return replace(MINI, "\"points\": 5 }", "\"points\": " + number + " }");
  }

  @Test
  void hugeExponentIsRejectedUnexpanded() {
    String doc = pointsOf1B("1e999999999");
    Problem p =
        onlyProblem(
            read(doc),
            FILE,
            JSON_LIMIT,
            "/domains/0/questions/0/descriptors/1/points",
            at(doc, "1e999999999"));
    assertThat(p.message()).contains("maxNumberScale").contains("withMaxNumberScale");
  }

  @Test
  void hugeNegativeExponentIsRejectedUnexpanded() {
    String doc = pointsOf1B("1e-999999999");
    onlyProblem(
        read(doc),
        FILE,
        JSON_LIMIT,
        "/domains/0/questions/0/descriptors/1/points",
        at(doc, "1e-999999999"));
    String beyondInt = pointsOf1B("1E+99999999999999999999");
    onlyProblem(
        read(beyondInt),
        FILE,
        JSON_LIMIT,
        "/domains/0/questions/0/descriptors/1/points",
        at(beyondInt, "1E+"));
  }

  @Test
  void tooManyDecimalPlacesIsRejected() {
    // a short literal whose exponent is within the limit but whose scale (101) is not
    String doc = pointsOf1B("0.5e-100");
    Problem p =
        onlyProblem(
            read(doc),
            FILE,
            JSON_LIMIT,
            "/domains/0/questions/0/descriptors/1/points",
            at(doc, "0.5e-100"));
    assertThat(p.message()).contains("scale of 101");
  }

  @Test
  void scaleWithinTheLimitIsReadExactly() {
    RasTable t = json.readTable(pointsOf1B("5.000e2"), FILE);
    assertThat(t.descriptor("1B").orElseThrow().points()).isEqualTo(new BigDecimal("500"));
    RasTable small = json.readTable(pointsOf1B("1.10"), FILE);
    assertThat(small.descriptor("1B").orElseThrow().points()).isEqualTo(new BigDecimal("1.1"));
  }

  @Test
  void longNumberIsRejected() {
    String doc = pointsOf1B("1".repeat(5000));
    Problem p =
        onlyProblem(
            read(doc), FILE, JSON_LIMIT, "/domains/0/questions/0/descriptors/1/points", null);
    assertThat(p.message()).contains("maxNumberLength").contains("100 characters");
    assertThat(e(doc).getMessage()).contains("(line " + at(doc, "111").line() + ", column ");
    assertThat(p.location()).isPresent();
    assertThat(p.location().get().line()).isEqualTo(at(doc, "111").line());
  }

  @Test
  void deepNestingIsRejected() {
    String doc =
        replace(
            MINI,
            "\"id\": \"mini\",",
            "\"id\": \"mini\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + ",");
    InvalidTableException e = read(doc);
    Problem p = e.problems().get(0);
    assertThat(e.problems()).hasSize(1);
    assertThat(p.code()).isEqualTo(JSON_LIMIT);
    assertThat(p.pointer()).isEqualTo("/x" + "/0".repeat(63));
    assertThat(p.location())
        .contains(new Location(at(doc, "[[").line(), at(doc, "[[").column() + 63));
    assertThat(p.message())
        .contains("64")
        .contains("maxNestingDepth")
        .contains("withMaxNestingDepth");
    assertThat(e.getMessage()).contains(FILE).contains("line 3, column");
  }

  @Test
  void deepNestingOfObjectsIsRejectedToo() {
    String doc = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    InvalidTableException e = read(doc);
    assertThat(e.problems()).extracting(Problem::code).containsExactly(JSON_LIMIT);
    assertThat(e.problems().get(0).message()).contains("maxNestingDepth");
  }

  @Test
  void longStringIsRejected() {
    String doc = replace(MINI, "\"Mini\"", "\"" + "x".repeat(200_000) + "\"");
    InvalidTableException e = read(doc);
    Problem p = onlyProblem(e, FILE, JSON_LIMIT, "/name", null);
    assertThat(p.message()).contains("maxStringLength").contains("100000");
    assertThat(p.location().orElseThrow().line()).isEqualTo(4);
  }

  @Test
  void longFieldNameIsRejected() {
    String doc =
        replace(MINI, "\"id\": \"mini\",", "\"" + "k".repeat(200_000) + "\": 1, \"id\": \"mini\",");
    InvalidTableException e = read(doc);
    assertThat(e.problems()).extracting(Problem::code).containsExactly(JSON_LIMIT);
    assertThat(e.problems().get(0).message()).contains("maxStringLength");
  }

  @Test
  void longDocumentIsRejectedBeforeParsing() {
    RasJson small = json.withLimits(JsonLimits.defaults().withMaxDocumentLength(100));
    InvalidTableException e =
        failure(InvalidTableException.class, () -> small.readTable(MINI, FILE));
    Problem p = onlyProblem(e, FILE, JSON_LIMIT, "", null);
    assertThat(p.message()).contains("maxDocumentLength").contains("withMaxDocumentLength");

    // a stream is read no further than the limit
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };
    InvalidTableException s =
        assertTimeoutPreemptively(
            FAST,
            () ->
                failure(
                    InvalidTableException.class,
                    () ->
                        json.withLimits(JsonLimits.defaults().withMaxDocumentLength(1_000_000))
                            .readTable(endless, "endless")));
    assertThat(s.problems()).extracting(Problem::code).containsExactly(JSON_LIMIT);
  }

  @Test
  void raisedLimitsLetLargerInputThrough() {
    String doc = pointsOf1B("1e150");
    read(doc);
    RasJson loose = json.withLimits(JsonLimits.defaults().withMaxNumberScale(200));
    assertThat(loose.readTable(doc, FILE).descriptor("1B").orElseThrow().points())
        .isEqualByComparingTo(new BigDecimal("1e150"));
    assertThat(loose.limits().maxNumberScale()).isEqualTo(200);
    assertThat(json.limits()).isEqualTo(JsonLimits.defaults());
  }

  @Test
  void limitsOfTheSameShapeAreChecked() {
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxNumberScale(1_000_000_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(JsonLimits.defaults()).isEqualTo(new JsonLimits(10_000_000L, 64, 100, 100, 100_000));
  }

  @Test
  void assessmentsHaveTheSameLimits() {
    String doc = replace(Docs.MINI_ASSESSMENT, "\"percent\": 5", "\"percent\": 1e-999999999");
    InvalidAssessmentException e =
        assertTimeoutPreemptively(
            FAST,
            () ->
                failure(
                    InvalidAssessmentException.class,
                    () ->
                        json.readAssessment(
                            new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                            "a.json")));
    onlyProblem(e, "a.json", JSON_LIMIT, "/moderations/0/percent", at(doc, "1e-999999999"));
  }
}
