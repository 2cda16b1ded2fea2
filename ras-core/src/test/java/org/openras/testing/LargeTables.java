package org.openras.testing;

import org.openras.generate.TableGenerator;

/** Large generated tables shared by the tests of every module. */
public final class LargeTables {
  private LargeTables() {}

  /**
   * Tables of sixty questions of six descriptors in ten domains (a fifth choose-all), with up to
   * two adjustments, supplements, client groups and localities. Seed 1 is the largest of seeds 1 to
   * 5 for the table checks: about 6.8 MB of analysis memory and 235 million word operations.
   */
  public static TableGenerator sixtyQuestionsOfSixDescriptors() {
    return TableGenerator.defaults()
        .withDomains(10, 10)
        .withQuestionsPerDomain(6, 6)
        .withDescriptorsPerQuestion(6, 6)
        .withAnyShare(0.2)
        .withMaxAdjustments(2)
        .withMaxSupplements(2)
        .withMaxClientGroups(2)
        .withMaxLocalities(2);
  }
}
