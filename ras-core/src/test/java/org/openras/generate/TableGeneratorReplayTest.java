package org.openras.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openras.table.Period;

/**
 * Pins what {@link TableGenerator} makes, seed by seed and setting by setting, so that a change of
 * its code (not of its output) provably changes nothing: councils' suites and the project's
 * property tests replay seeds. The figures were taken from the generator before its settings became
 * one record; a change here is a change of every replayed seed and must be announced.
 */
class TableGeneratorReplayTest {
  private static final TableGenerator DEFAULTS = TableGenerator.defaults();

  /** Fingerprints of {@code defaults().generate(seed)} for seeds 1 to 20. */
  private static final List<String> DEFAULT_FINGERPRINTS =
      List.of(
          "sha256:eb02883f77af2dc726370f3649cc23cac5286af49db3d19b5d4f92287f27842e",
          "sha256:d024a50cc8b44923f9b08c73caf8670528a7f9a7f3100090f621b74d44be9f85",
          "sha256:843613ac0156ac2472ee41dc698d437f7b3374ec8436714d772fe4d702dbe06c",
          "sha256:a23ff14b8e365106e800e6280047f6e8722548af2e2950d02dbeafd7bb60ad21",
          "sha256:c1a919e93c85212fa529de52da96342c90e071c30f0521adc2a892226f3093fb",
          "sha256:d170b715ff8a5d190ef738ffcc8da5afa1778506645f34a5dc1db0ec08794bbd",
          "sha256:7a79503f76777c14dbce8e7f10923772acccbbd5d4dfd29520a85b55b3ad6bcd",
          "sha256:dc070d2afa35272dad7d185e864e0967332d48910c0f7011237fa5f1abbf710e",
          "sha256:8f47a3854fe40849330cb6d7c55d8833a811c2bdc3feb759554172352a3fa04f",
          "sha256:d1469efe7518a1cfa376dad95080627c3d4b692460f14403d806de44c9b95d94",
          "sha256:af30f8afca6c32f39b86dfdb7f73f52747e62d591c8653b6e07f17da9c0413f7",
          "sha256:492cf5eef145fb1f92b36b62ebf6e50a61b0a05ca50c120795c3d6bf53b6de02",
          "sha256:cce4b6a64ae2211c4a6caace73b06a24c8deb2f33021838ec665fe98b2c97ce7",
          "sha256:9ce1d79df519c539c2a501f12cbbd70883adc860dfaaafaf1c238c7894932418",
          "sha256:48a567141d73844513eea85ec301ce6e136f4c954d0e9cbe8a8d698b0c1a92f1",
          "sha256:36b156ad4de2e621d73182ed5a460c1445f4c84451172073bfa0fa68c6731ba1",
          "sha256:1c59f61c8ae09f982e617a5741d87ca6f1e3c4a6dca28ffcf74d60f7bc72c1bf",
          "sha256:29ef05fa0fa76c1a36be7be4e17b2a96d51048be79c659fa052b468fcdc67814",
          "sha256:f86c8f9b429ff2e9daa4c5231590bd8328427af423d39bde4b027c7da66da4ce",
          "sha256:fd0c2f40bce5da8c64fc5f57bafa60251e3b3179ce3543404187be21d5ade3c4");

  /**
   * For each named configuration, a SHA-256 over the fingerprints of the tables of seeds 1 to 20,
   * one a line; between them the configurations move every setting off its default.
   */
  private static final Map<String, String> CONFIGURATION_DIGESTS =
      Map.ofEntries(
          Map.entry("defaults", "e3d1b1e3ea0296b046e4fba8e1441e67e19f26a1a2c6a3bd51f23ca640b648ce"),
          Map.entry("monotone", "635f1d34ffcf792fa821d80be51f3872a0f3d30e2683bbf229fa5e5c8a1c2a70"),
          Map.entry("large", "3bf754016327e1b513c62f581a215c3b9b7018b60589b9213df060a6d9c0b4ab"),
          Map.entry("small", "b70c2ec09df1cf154887fcdd47d8b2dab0ee32cea11af87e41db2acd90e5f2a0"),
          Map.entry("shares", "5c43cb53f3d0fb8dfeb37efd3a68730a84ed0af09b284645e3633a7a10523d4a"),
          Map.entry("noShares", "5cd86179d832e26334ba00ef7bbd23f89a4ae17a42e9c1dda7f11e40e25115a4"),
          Map.entry("rules", "8fda81e45e96ebd2aa41a71f075d65b858fa2f3ab67fa3356d66bd3099c5122b"),
          Map.entry(
              "noFallbacks", "4845d11ab5af904115894556081dd10b6487e2ff165f417d4a3d6f32c7a2faca"),
          Map.entry("limits", "ea8744708b916b555473ee1f6ab7f35be6daea2a1dd410fce0a71cc941fe56e0"),
          Map.entry("noLimits", "10e6b5481c33a3e3e1f1e9f6e3a60bc02545004fdef11ef1149c71f20fbc8a56"),
          Map.entry(
              "yearRounding", "b4603367bfdc0098d6fe15398bc37155640704dc9bf78f13a74dc6c573408ea3"),
          Map.entry(
              "weekModes", "6b41c46c54a18a5b9de6cd2d1b2e59a046d1f2d501bcf261fec06681e5a7ffbc"),
          Map.entry("v11Half", "c5ad664e51037f774e3ffbb45b524b599ca55770493caf9009171b28298c614b"),
          Map.entry("v11All", "29b42cc1f1ca70c091f1cb11f641bde9e41edd1cedcb2f6ab2d14db5b9265006"));

  static Map<String, TableGenerator> configurations() {
    Map<String, TableGenerator> c = new LinkedHashMap<>();
    c.put("defaults", DEFAULTS);
    c.put("monotone", DEFAULTS.withMonotoneCurves(true).withMonotoneDescriptors(true));
    c.put(
        "large",
        DEFAULTS.withDomains(2, 8).withQuestionsPerDomain(2, 6).withDescriptorsPerQuestion(3, 26));
    c.put(
        "small",
        DEFAULTS.withDomains(1, 1).withQuestionsPerDomain(1, 1).withDescriptorsPerQuestion(1, 1));
    c.put("shares", DEFAULTS.withAnyShare(1).withOptionalShare(0.7).withCapProbability(1));
    c.put("noShares", DEFAULTS.withAnyShare(0).withOptionalShare(0).withCapProbability(0));
    c.put(
        "rules",
        DEFAULTS
            .withWeights(false)
            .withMaxAdjustments(6)
            .withMaxSupplements(5)
            .withMaxClientGroups(5)
            .withMaxBands(9)
            .withMaxLocalities(5));
    c.put(
        "noFallbacks",
        DEFAULTS
            .withFallbackCurve(false)
            .withFallbackCostFactor(false)
            .withMaxClientGroups(0)
            .withMaxLocalities(0));
    c.put("limits", DEFAULTS.withFloorProbability(1).withCeilingProbability(1));
    c.put("noLimits", DEFAULTS.withFloorProbability(0).withCeilingProbability(0.25));
    c.put(
        "yearRounding",
        DEFAULTS
            .withPeriods(Period.YEAR)
            .withRoundingIncrements(new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ONE)
            .withRoundingModes(RoundingMode.HALF_EVEN, RoundingMode.CEILING));
    c.put(
        "weekModes",
        DEFAULTS
            .withPeriods(Period.YEAR, Period.WEEK, Period.YEAR)
            .withRoundingModes(RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.FLOOR));
    c.put("v11Half", DEFAULTS.withV11Fields(0.5));
    c.put(
        "v11All",
        DEFAULTS
            .withV11Fields(1)
            .withPeriods(Period.YEAR)
            .withFloorProbability(1)
            .withCeilingProbability(0.5));
    return c;
  }

  static List<String> fingerprints(TableGenerator generator) {
    List<String> out = new ArrayList<>();
    for (long seed = 1; seed <= 20; seed++) {
      out.add(generator.generate(seed).fingerprint().toString());
    }
    return out;
  }

  static String digest(TableGenerator generator) {
    return Hashing.sha256()
        .hashString(String.join("\n", fingerprints(generator)), StandardCharsets.UTF_8)
        .toString();
  }

  @Test
  void defaultTablesAreTheSameSeedBySeed() {
    assertThat(fingerprints(DEFAULTS)).containsExactlyElementsOf(DEFAULT_FINGERPRINTS);
  }

  @Test
  void everyConfigurationGivesTheSameTables() {
    Map<String, String> actual = new LinkedHashMap<>();
    configurations().forEach((name, generator) -> actual.put(name, digest(generator)));
    assertThat(actual).containsExactlyInAnyOrderEntriesOf(CONFIGURATION_DIGESTS);
  }

  @Test
  void configurationsAreDistinct() {
    // a configuration that did not change the output would pin nothing of its settings
    assertThat(CONFIGURATION_DIGESTS.values()).doesNotHaveDuplicates();
  }
}
