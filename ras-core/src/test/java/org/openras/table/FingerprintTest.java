package org.openras.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openras.testing.Tiny.dec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openras.testing.Tiny;
import org.openras.testing.WorkedExample;

/** Spec §2 "Fingerprint": canonical form and SHA-256 fingerprint of a table's content. */
class FingerprintTest {

  @Test
  void sameTableBuiltTwiceIsEqualWithEqualFingerprint() {
    RasTable a = WorkedExample.table();
    RasTable b = WorkedExample.table();
    assertThat(a).isNotSameAs(b).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
    assertThat(a.canonicalForm()).isEqualTo(b.canonicalForm());
  }

  @Test
  void fingerprintIsSha256OfTheCanonicalForm() throws Exception {
    RasTable t = WorkedExample.table();
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest(t.canonicalForm().getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder("sha256:");
    for (byte x : hash) {
      hex.append(String.format("%02x", x));
    }
    assertThat(t.fingerprint().value()).isEqualTo(hex.toString()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void numberSpellingDoesNotChangeTheFingerprint() {
    // 1.10 = 1.1, 5.0 = 5, 1E+2 = 100, 0.00 = 0
    RasTable a =
        Tiny.table()
            .domain(
                Tiny.domain("D1")
                    .weight(dec("1.10"))
                    .maxPoints(dec("1E+2"))
                    .question(Tiny.one("Q1", "0.00", "5.0")))
            .curve(Tiny.linear("4.10"))
            .build();
    RasTable b =
        Tiny.table()
            .domain(
                Tiny.domain("D1")
                    .weight(dec("1.1"))
                    .maxPoints(dec("100"))
                    .question(Tiny.one("Q1", "0", "5")))
            .curve(Tiny.linear("4.1"))
            .build();
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
    assertThat(a).isEqualTo(b);
    assertThat(a.canonicalForm())
        .contains("\"weight\":1.1", "\"maxPoints\":100", "\"points\":5", "\"perPoint\":4.1")
        .doesNotContain("E+", "1.10");
  }

  @Test
  void explicitDefaultsGiveTheSameFingerprint() {
    RasTable implicit = Tiny.table("1", Tiny.one("Q1", "0", "5")).build();
    RasTable explicit =
        Tiny.table()
            .currency("GBP")
            .period(Period.WEEK)
            .weeksPerYear(dec("52"))
            .domain(Tiny.domain("D1").weight(1).question(Tiny.one("Q1", "0", "5").required(true)))
            .curve(Tiny.linear("1"))
            .costFactor("*", BigDecimal.ONE)
            .rounding(dec("0.01"), RoundingMode.HALF_UP)
            .build();
    assertThat(explicit.fingerprint()).isEqualTo(implicit.fingerprint());
  }

  @Test
  void canonicalFormIsSortedCompactJsonWithDefaultsExplicit() {
    RasTable t = Tiny.table("1.10", Tiny.one("Q1", "0", "5.0")).build();
    assertThat(t.canonicalForm())
        .isEqualTo(
            "{\"adjustments\":[],"
                + "\"allocation\":{\"costFactors\":[{\"factor\":1,\"locality\":\"*\"}],"
                + "\"curves\":[{\"bands\":[{\"amount\":0,\"from\":0,\"label\":\"A\",\"perPoint\":1.1}],"
                + "\"clientGroup\":\"*\"}],"
                + "\"rounding\":{\"increment\":0.01,\"mode\":\"HALF_UP\"},\"supplements\":[]},"
                + "\"currency\":\"GBP\","
                + "\"domains\":[{\"code\":\"D1\",\"name\":\"Domain D1\",\"questions\":[{\"code\":\"Q1\","
                + "\"descriptors\":[{\"code\":\"Q1A\",\"points\":0,\"text\":\"Statement Q1A\"},"
                + "{\"code\":\"Q1B\",\"points\":5,\"text\":\"Statement Q1B\"}],"
                + "\"required\":true,\"select\":\"ONE\",\"text\":\"Question Q1?\"}],\"weight\":1}],"
                + "\"effectiveFrom\":\"2026-04-01\",\"format\":\"ras-table/1\",\"id\":\"tiny\","
                + "\"moderation\":{},\"name\":\"Tiny test table\",\"period\":\"WEEK\",\"version\":\"1\","
                + "\"weeksPerYear\":52}");
  }

  @Test
  void workedExampleCanonicalFormHasSortedKeysAndNoWhiteSpace() {
    String c = WorkedExample.table().canonicalForm();
    new SortedJsonChecker(c).check();
    // the checker allows no white space between tokens; texts keep their own spaces
    assertThat(c).doesNotContain("\n").contains("\"I need no support\"");
    assertThat(c).startsWith("{\"adjustments\":[{\"domains\":[\"D1\",\"D2\"]");
  }

  @Test
  void stringsAreEscapedInTheCanonicalForm() {
    RasTable t =
        Tiny.table(
                "1",
                org.openras.table.Question.one("Q1", "Say \"why\"\\\n\ttab\u0001")
                    .descriptor("Q1A", "a", 0))
            .build();
    assertThat(t.canonicalForm()).contains("\"Say \\\"why\\\"\\\\\\n\\ttab\\u0001\"");
    new SortedJsonChecker(t.canonicalForm()).check();
  }

  // --- every change of content changes the fingerprint --------------------------------------

  /** Builds a small but complete table from named parts; every part can be varied. */
  private static RasTable make(Map<String, String> o) {
    RasTable.Builder b =
        RasTable.builder()
            .id(o.get("id"))
            .name(o.get("name"))
            .version(o.get("version"))
            .effectiveFrom(LocalDate.parse(o.get("from")))
            .effectiveTo(LocalDate.parse(o.get("to")))
            .currency(o.get("currency"))
            .period(Period.valueOf(o.get("period")))
            .weeksPerYear(dec(o.get("weeks")))
            .reference(o.get("reference"))
            .domain(
                Domain.builder(o.get("domain"), o.get("domainName"))
                    .weight(dec(o.get("weight")))
                    .maxPoints(dec(o.get("maxPoints")))
                    .reference(o.get("domainRef"))
                    .question(
                        Question.one(o.get("q"), o.get("qText"))
                            .required(Boolean.parseBoolean(o.get("required")))
                            .maxPoints(dec(o.get("qMax")))
                            .select(Select.valueOf(o.get("select")))
                            .reference(o.get("qRef"))
                            .descriptor(o.get("d1"), o.get("d1Text"), dec(o.get("d1Points")))
                            .descriptor(o.get("d2"), o.get("d2Text"), dec(o.get("d2Points")))))
            .domain(
                Domain.builder("D2", "Carer")
                    .question(
                        Question.one("Q9", "Carer?")
                            .descriptor("9A", "none", 0)
                            .descriptor("9B", "some", 0)))
            .adjustment(
                Adjustment.builder(o.get("adj"), "Q9")
                    .name(o.get("adjName"))
                    .percent("9B", dec(o.get("percent")))
                    .domains(o.get("adjDomain").split(","))
                    .reference(o.get("adjRef")))
            .curve(
                Curve.builder(o.get("group"))
                    .reference(o.get("curveRef"))
                    .band(
                        new Band(
                            o.get("label"),
                            BigDecimal.ZERO,
                            dec(o.get("amount")),
                            dec(o.get("perPoint")),
                            java.util.Optional.ofNullable(o.get("bandRef"))))
                    .band("B", dec(o.get("bFrom")), dec("50"), dec("1")))
            .supplement(
                Supplement.builder(o.get("sup"), o.get("q"))
                    .name(o.get("supName"))
                    .amount(o.get("d2"), dec(o.get("supAmount")))
                    .reference(o.get("supRef")))
            .costFactor("*", BigDecimal.ONE)
            .costFactor(o.get("locality"), dec(o.get("factor")))
            .floor(dec(o.get("floor")))
            .ceiling(dec(o.get("ceiling")))
            .rounding(dec(o.get("increment")), RoundingMode.valueOf(o.get("mode")))
            .tolerancePercent(dec(o.get("tolerance")));
    return b.build();
  }

  private static Map<String, String> defaults() {
    Map<String, String> o = new LinkedHashMap<>();
    String[] kv = {
      "id",
      "t",
      "name",
      "Table",
      "version",
      "1",
      "from",
      "2026-04-01",
      "to",
      "2027-04-01",
      "currency",
      "GBP",
      "period",
      "WEEK",
      "weeks",
      "52",
      "reference",
      "Decision 1",
      "domain",
      "D1",
      "domainName",
      "Care",
      "weight",
      "1",
      "maxPoints",
      "40",
      "domainRef",
      "Policy 2",
      "q",
      "Q1",
      "qText",
      "Care?",
      "required",
      "true",
      "qMax",
      "30",
      "select",
      "ONE",
      "qRef",
      "Policy 3",
      "d1",
      "1A",
      "d1Text",
      "No support",
      "d1Points",
      "0",
      "d2",
      "1B",
      "d2Text",
      "Some support",
      "d2Points",
      "6",
      "adj",
      "carer",
      "adjName",
      "Carer help",
      "percent",
      "-10",
      "adjDomain",
      "D2",
      "adjRef",
      "Policy 4",
      "group",
      "*",
      "curveRef",
      "Policy 5",
      "label",
      "A",
      "amount",
      "0",
      "perPoint",
      "4.1",
      "bandRef",
      "Policy 6",
      "bFrom",
      "20",
      "sup",
      "nights",
      "supName",
      "Nights",
      "supAmount",
      "120",
      "supRef",
      "Policy 7",
      "locality",
      "inner",
      "factor",
      "1.08",
      "floor",
      "0",
      "ceiling",
      "950",
      "increment",
      "0.01",
      "mode",
      "HALF_UP",
      "tolerance",
      "10",
    };
    for (int i = 0; i < kv.length; i += 2) {
      o.put(kv[i], kv[i + 1]);
    }
    return o;
  }

  @Test
  void everyChangeOfContentChangesTheFingerprint() {
    Map<String, String> changes = new LinkedHashMap<>();
    String[] kv = {
      "id",
      "t2",
      "name",
      "Table ",
      "version",
      "2",
      "from",
      "2026-04-02",
      "to",
      "2027-04-02",
      "currency",
      "EUR",
      "period",
      "YEAR",
      "weeks",
      "52.143",
      "reference",
      "Decision 2",
      "domain",
      "D0",
      "domainName",
      "care",
      "weight",
      "1.5",
      "maxPoints",
      "41",
      "domainRef",
      "Policy 2b",
      "q",
      "Q2",
      "qText",
      "Care ?",
      "required",
      "false",
      "qMax",
      "31",
      "select",
      "ANY",
      "qRef",
      "Policy 3b",
      "d1",
      "1Z",
      "d1Text",
      "No support.",
      "d1Points",
      "0.5",
      "d2",
      "1C",
      "d2Text",
      "Some",
      "d2Points",
      "7",
      "adj",
      "carer2",
      "adjName",
      "Carer",
      "percent",
      "-11",
      "adjDomain",
      "D2,D1",
      "adjRef",
      "Policy 4b",
      "group",
      "older",
      "curveRef",
      "Policy 5b",
      "label",
      "A1",
      "amount",
      "1",
      "perPoint",
      "4.11",
      "bandRef",
      "Policy 6b",
      "bFrom",
      "21",
      "sup",
      "nights2",
      "supName",
      "Night",
      "supAmount",
      "121",
      "supRef",
      "Policy 7b",
      "locality",
      "outer",
      "factor",
      "1.09",
      "floor",
      "1",
      "ceiling",
      "951",
      "increment",
      "0.05",
      "mode",
      "HALF_EVEN",
      "tolerance",
      "11",
    };
    for (int i = 0; i < kv.length; i += 2) {
      changes.put(kv[i], kv[i + 1]);
    }
    assertThat(changes.keySet()).isEqualTo(defaults().keySet());
    RasTable base = make(defaults());
    Map<String, String> seen = new HashMap<>();
    seen.put(base.fingerprint().value(), "base");
    for (Map.Entry<String, String> c : changes.entrySet()) {
      Map<String, String> o = defaults();
      o.put(c.getKey(), c.getValue());
      RasTable changed = make(o);
      String earlier = seen.put(changed.fingerprint().value(), c.getKey());
      assertThat(earlier).as("changing %s gives a fingerprint of its own", c.getKey()).isNull();
      assertThat(changed).as(c.getKey()).isNotEqualTo(base);
    }
    // dropping an optional field changes it too
    for (String optional :
        List.of(
            "reference",
            "domainRef",
            "qRef",
            "adjRef",
            "curveRef",
            "bandRef",
            "supRef",
            "adjName",
            "supName")) {
      Map<String, String> o = defaults();
      o.put(optional, null);
      assertThat(seen.put(make(o).fingerprint().value(), optional))
          .as("dropping %s", optional)
          .isNull();
    }
  }

  @Test
  void orderOfDescriptorsIsContent() {
    // descriptor order is the order of need: swapping two descriptors is a different table
    RasTable a =
        Tiny.table("1", Question.one("Q1", "Q?").descriptor("1A", "a", 0).descriptor("1B", "b", 5))
            .build();
    RasTable b =
        Tiny.table("1", Question.one("Q1", "Q?").descriptor("1B", "b", 5).descriptor("1A", "a", 0))
            .build();
    assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
  }

  @Test
  void orderOfMapKeysIsNotContent() {
    RasTable a =
        Tiny.table("1", Tiny.one("Q1", "0", "1", "2"))
            .supplement(Supplement.builder("s", "Q1").amount("Q1B", 1).amount("Q1C", 2))
            .build();
    RasTable b =
        Tiny.table("1", Tiny.one("Q1", "0", "1", "2"))
            .supplement(Supplement.builder("s", "Q1").amount("Q1C", 2).amount("Q1B", 1))
            .build();
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
  }

  /** A strict little JSON reader that fails unless every object's keys are strictly sorted. */
  private static final class SortedJsonChecker {
    private final String s;
    private int i;

    SortedJsonChecker(String s) {
      this.s = s;
    }

    void check() {
      value();
      assertThat(i).as("whole text read").isEqualTo(s.length());
    }

    private void value() {
      char c = s.charAt(i);
      if (c == '{') {
        i++;
        String previous = null;
        Set<String> keys = new HashSet<>();
        if (s.charAt(i) == '}') {
          i++;
          return;
        }
        while (true) {
          String key = string();
          assertThat(keys.add(key)).as("key %s once", key).isTrue();
          if (previous != null) {
            assertThat(previous.compareTo(key)).as("%s before %s", previous, key).isNegative();
          }
          previous = key;
          expect(':');
          value();
          if (s.charAt(i) == ',') {
            i++;
          } else {
            expect('}');
            return;
          }
        }
      } else if (c == '[') {
        i++;
        if (s.charAt(i) == ']') {
          i++;
          return;
        }
        while (true) {
          value();
          if (s.charAt(i) == ',') {
            i++;
          } else {
            expect(']');
            return;
          }
        }
      } else if (c == '"') {
        string();
      } else if (s.startsWith("true", i)) {
        i += 4;
      } else if (s.startsWith("false", i)) {
        i += 5;
      } else {
        int start = i;
        while (i < s.length() && "-0123456789.".indexOf(s.charAt(i)) >= 0) {
          i++;
        }
        String number = s.substring(start, i);
        assertThat(number)
            .as("plain number at %d", start)
            .matches("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (s.charAt(i) != '"') {
        if (s.charAt(i) == '\\') {
          i++;
        }
        b.append(s.charAt(i++));
      }
      i++;
      return b.toString();
    }

    private void expect(char c) {
      assertThat(s.charAt(i)).as("at %d", i).isEqualTo(c);
      i++;
    }
  }
}
