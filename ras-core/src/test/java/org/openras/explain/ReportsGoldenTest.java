package org.openras.explain;

import org.junit.jupiter.api.Test;
import org.openras.engine.RasEngine;
import org.openras.testing.WorkedExample;

/**
 * The what-if and comparison reports of the worked example in every format, against golden files
 * read by eye once (regenerate with {@code -Dgolden.update=true} and read the diff).
 */
class ReportsGoldenTest {

  @Test
  void whatIfInEveryFormat() {
    WhatIf w = WhatIf.of(RasEngine.of(WorkedExample.table()), WorkedExample.assessment());
    Golden.check("worked-whatif.txt", WhatIfReport.text(w));
    Golden.check("worked-whatif.md", WhatIfReport.markdown(w));
    Golden.check("worked-whatif.html", WhatIfReport.html(w));
  }

  @Test
  void comparisonInEveryFormat() {
    var before = WorkedExample.assessment();
    var after = WorkedExample.assessmentBuilder().id("later").answer("Q1", "1A").build();
    Comparison c = Comparison.of(RasEngine.of(WorkedExample.table()), before, after);
    Golden.check("worked-comparison.txt", ComparisonReport.text(c));
    Golden.check("worked-comparison.md", ComparisonReport.markdown(c));
    Golden.check("worked-comparison.html", ComparisonReport.html(c));
  }
}
